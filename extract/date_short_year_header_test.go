package extract

import "testing"

// A release's header may date it with a two-digit year, dd/mm/yy: alone on
// its line under the title, or between a dispatch's place and its agency's
// tag. The date dates the document and its "ce matin" meeting.
func TestShortYearHeaderDate(t *testing.T) {
	cases := []struct{ text, date, meeting string }{
		// https://www.un.org/press/fr/2005/ECOSOC6178.doc.htm
		{"ECOSOC/6178\n\nL’ECOSOC DÉBATTRA DE LA CRÉATION D’UN ENVIRONNEMENT FAVORABLE AU PLEIN EMPLOI ET AU TRAVAIL DÉCENT LORS DE SON DÉBAT DE HAUT NIVEAU DE 2006\n\n21/10/05\nConseil économique et socialECOSOC/6178\nDepartment of Public Information • News and Media Division • New York\n\nL’ECOSOC DÉBATTRA DE LA CRÉATION D’UN ENVIRONNEMENT FAVORABLE AU PLEIN EMPLOI ET AU TRAVAIL DÉCENT LORS DE SON DÉBAT DE HAUT NIVEAU DE 2006\n\n\nLe Conseil économique et social (ECOSOC) a repris ce matin sa session de fond de 2005 et a, à l’occasion de cette réunion, décidé par consensus que le thème du segment de haut niveau de sa session de fond de 2006 s’intitulerait « Création à l’échelon national et international d’un environnement favorable à un plein emploi productif et un travail décent pour tous, et étude de son impact sur le développement durable ».\n",
			"2005-10-21", "meeting:ECOSOC:2005-10-21"},
		// https://press.un.org/fr/2003/ag1402.doc.htm
		{"AG/1402\n\nL’ASSEMBLEE GENERALE CLOT LES TRAVAUX DE SA 57EME SESSION EN CONDAMNANT L’ATTENTAT CONTRE LE BUREAU DE L’ONU A BAGDAD\n\n15/09/03\nCommuniqué de presse\nAG/1402\n\n\nAssemblée générale\n\n94e séance plénière – après-midi\n\n\nL’ASSEMBLEE GENERALE CLOT LES TRAVAUX DE SA 57EME SESSION EN CONDAMNANT L’ATTENTAT CONTRE LE BUREAU DE L’ONU A BAGDAD\n\n\nL’Assemblée générale a clos cet après-midi sa cinquante-septième session en condamnant énergiquement l’attentat odieux commis de propos délibéré contre le Bureau de l’Organisation des Nations Unies à Bagdad le 19 août 2003, qui a coûté la vie à 15 fonctionnaires de l’Organisation ainsi qu’à 7 autres personnes et fait plus de 100 blessés.\n",
			"2003-09-15", "meeting:UNGA:2003-09-15"},
		// https://archive.spsrasd.info/es/node/108817 (28 October 2004 is a Thursday: "el jueves")
		{"El Consejo de Seguridad reafirma su voluntad de llegar a \"una solución justa\" que \"permita la autodeterminación del pueblo saharaui\"\n\nNueva York (Naciones Unidas) 28/10/04 (SPS) El Consejo de Seguridad de las Naciones Unidas adoptó el jueves por unanimidad una nueva resolución sobre el Sáhara Occidental (resolución 1570/2004) en la que recuerda \"todas las resoluciones precedentes\" sobre este asunto, reafirmando su voluntad de llegar a \"una solución justa\" que \"permita la autodeterminación del pueblo saharaui\".\n",
			"2004-10-28", "meeting:UNSC:2004-10-28"},
	}
	for _, c := range cases {
		f := extractString(t, c.text)
		if f.Doc.Date != c.date {
			t.Errorf("%.30q: date %q, want %s", c.text, f.Doc.Date, c.date)
		}
		if m := entityIDs(f, "Meeting"); !m[c.meeting] {
			t.Errorf("%.30q: meetings %v, want %s", c.text, m, c.meeting)
		}
	}
}
