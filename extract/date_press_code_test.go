package extract

import "testing"

// The date code that opens the lead of the UN's late-1990s press releases,
// beside eight-digit numbers that are no date.
func TestPressCodeDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"fr", "Communiqué de Presse\nCS/1055\n19990521 Le Conseil de sécurité a adopté", []string{"1999-05-21"}},
		{"fr", "CS/967\n19980909 Réuni sous la présidence de M. Hans Dahlgren (Suède)", []string{"1998-09-09"}},
		{"fr", "un montant de\n12345678 dollars", nil},
		{"fr", "CS/1055\n19991321 Le Conseil", nil},
		{"fr", "soit 19990521 Le Conseil", nil},
		{"fr", "CS/1055\n19990521 2000 personnes", nil},
	})
}

// The opening of CS/1055 (press.un.org/fr/1999/19990521.cs1055.html) prints
// no date but its code: the release's date dates the afternoon's meeting, not
// the deadline of 25 May 1999 further on.
func TestPressCodeDocDate(t *testing.T) {
	text := "LE CONSEIL AUTORISE L'IRAQ A EXPORTER DU PETROLE A HAUTEUR DE 5,2 MILLIARDS DE DOLLARS POUR UNE NOUVELLE PERIODE DE 180 JOURS\n" +
		"Communiqué de Presse\nCS/1055\n" +
		"LE CONSEIL AUTORISE L'IRAQ A EXPORTER DU PETROLE A HAUTEUR DE 5,2 MILLIARDS DE DOLLARS POUR UNE NOUVELLE PERIODE DE 180 JOURS\n" +
		"19990521 Le Conseil de sécurité a adopté cet après-midi à l'unanimité la résolution 1242 (1999) par laquelle il maintient en vigueur l'autorisation donnée aux Etats, par la résolution 986 de 1995, d'importer d'Iraq du pétrole et des produits pétroliers ainsi que d'effectuer des transactions financières et autres transactions essentielles s'y rapportant directement. " +
		"Le Conseil décide également de maintenir le montant du volume d'importations, fixé par la résolution 1153 de 1998, soit 5 milliards 256 millions de dollars des Etats- Unis, pour une nouvelle période de 180 jours à compter du 25 mai 1999 à 0 heure 1.\n"
	f := extractString(t, text)
	if f.Doc.Date != "1999-05-21" {
		t.Errorf("date %q, want 1999-05-21", f.Doc.Date)
	}
	if d := relationsOf(f, PredDescribes); !d[f.Doc.ID+" meeting:UNSC:1999-05-21"] {
		t.Errorf("describes %v, want meeting:UNSC:1999-05-21", d)
	}
}

// ECOSOC/285's opening (press.un.org/fr/1996/19960620.ecosoc.285.html): the
// title's session span comes first, the code is the release's date.
func TestPressCodeOutranksTitleSpan(t *testing.T) {
	text := "ECOSOC/285\n\nLE CONSEIL ECONOMIQUE ET SOCIAL TIENDRA SA SESSION ANNUELLE AU SIEGE DE L'ONU, A NEW YORK, DU 24 JUIN AU 26 JUILLET 1996\n\n" +
		"Communiqué de Presse\nECOSOC/285\n\n\n" +
		"LE CONSEIL ECONOMIQUE ET SOCIAL TIENDRA SA SESSION ANNUELLE AU SIEGE DE L'ONU, A NEW YORK, DU 24 JUIN AU 26 JUILLET 1996\n\n" +
		"19960620 COMMUNIQUE DE BASE ECOSOC/285\n\n" +
		"La prochaine session de fond du Conseil économique et social constituera une étape \"charnière\", dans le processus de revitalisation du Conseil, estime son Président, M. Jean-Marie Kacou Gervais (Côte d'Ivoire).\n"
	if f := extractString(t, text); f.Doc.Date != "1996-06-20" {
		t.Errorf("date %q, want 1996-06-20", f.Doc.Date)
	}
}
