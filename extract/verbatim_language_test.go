package extract

import "testing"

// A verbatim record names the language a speaker spoke in ("(interpretation
// from Spanish)", "(parle en espagnol)"): that names no Member State, while
// the speaker's country beside it does.
func TestSpokenLanguageNamesNoState(t *testing.T) {
	cases := []struct {
		text      string
		want, not string
	}{
		// https://en.wikisource.org/wiki/Page:United_Nations_Security_Council_Meeting_Record_2933.pdf/37
		{"S/PV.2933\n\nThe President: I thank the representative of Cuba for his kind words addressed to me.\n\nMr. Peñalosa (Colombia) (interpretation from Spanish): Since the earliest days of the creation of the United Nations, States have expressed their concern.", "country:COL", "country:ESP"},
		{"The President (spoke in Spanish): I thank the representative of Cuba.", "country:CUB", "country:ESP"},
		// https://press.un.org/fr/2006/sgsm10633.doc.htm
		{"SG/SM/10633\n\nLe Secrétaire général (interprétation de l’anglais): Comme vous le savez, je viens d’effectuer un voyage au Moyen-Orient. Je suis allé au Liban.", "country:LBN", "country:GBR"},
		{"Le Président (parle en espagnol) : Je remercie le représentant de la France.", "country:FRA", "country:ESP"},
	}
	for _, c := range cases {
		ids := entityIDs(extractString(t, c.text), TypeCountry)
		if !ids[c.want] || ids[c.not] {
			t.Errorf("%q: countries %v, want %s and not %s", c.text, ids, c.want, c.not)
		}
	}
}
