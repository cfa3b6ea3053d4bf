package extract

import "testing"

// "Le Conseil" opening "Le Conseil économique et social" does not make the
// day beside it a Security Council meeting.
func TestCouncilPhraseInsideECOSOC(t *testing.T) {
	// https://press.un.org/fr/2001/ecosocg5984.doc.htm (ECOSOC/G/5984, 27 July 2001)
	const text = "ECOSOC/G/5984\n\nLE CONSEIL ÉCONOMIQUE ET SOCIAL A ADOPTÉ PLUS DE CENT-VINGT TEXTES AU COURS DE SA RÉUNION DE QUATRE SEMAINES À GENÈVE\n\n27/07/2001\nCommuniqué de presse\nECOSOC/G/5984\n\n\nCommuniqué final\n\n\nLE CONSEIL ÉCONOMIQUE ET SOCIAL A ADOPTÉ PLUS DE CENT-VINGT TEXTES\n\nAU COURS DE SA RÉUNION DE QUATRE SEMAINES À GENÈVE\n\n\nDurant cette session, l'ECOSOC s'est concentré sur l'accès aux technologies\n\net sur l'appui aux efforts de l'Afrique pour parvenir au développement durable\n\n\nGenève, 27 juillet -- Le Conseil économique et social a suspendu hier sa session de fond de 2001.  Durant les quatre semaines de travail au Palais des Nations de Genève, du 2 au 27 juillet, l'ECOSOC s'est concentré sur l'appui aux efforts des pays africains pour parvenir au développement durable; sur le rôle des Nations Unies dans la promotion du développement s'agissant en particulier de l'accès aux connaissances et aux technologies; ainsi que sur le renforcement de la coordination de l'assistance humanitaire d'urgence des Nations Unies.\n"
	ids := entityIDs(extractString(t, text), TypeMeeting)
	if ids["meeting:UNSC:2001-07-27"] || !ids["meeting:ECOSOC:2001-07-26"] {
		t.Errorf("meetings %v, want no Security Council meeting and ECOSOC's of 26 July 2001", ids)
	}
}
