package extract

import "testing"

// The bare title set between a name and another organization's name, commas
// between, is that organization's officer; in a list of speakers, where a
// capitalized title follows the organization, it stays the Secretary-General's.
func TestAppositionSecretaryGeneral(t *testing.T) {
	orgs := func(text string) map[string]bool {
		got := map[string]bool{}
		for _, e := range extractString(t, text).Entities {
			if e.Type == TypeOrganization {
				got[e.ID] = true
			}
		}
		return got
	}
	for _, c := range []struct {
		text       string
		sg, other  bool
		otherOrgID string
	}{
		{"Statement by H.E. Iyad Madani, Secretary General, Organization of Islamic Cooperation, at the Human Rights Council.\n", false, true, "org:OIC"},
		{"Déclaration de M. Iyad Madani, Secrétaire général, Organisation de la coopération islamique, devant le Conseil des droits de l'homme.\n", false, true, "org:OIC"},
		{"The meeting heard António Guterres, Secretary-General, African Union Commission Chairperson Moussa Faki and others.\n", true, true, "org:AU"},
		{"The Secretary-General, League of Arab States and the OIC were invited.\n", true, true, "org:LAS"},
	} {
		got := orgs(c.text)
		if got["org:UNSG"] != c.sg || got[c.otherOrgID] != c.other {
			t.Errorf("%q: organizations %v, want UNSG %v and %s %v", c.text, got, c.sg, c.otherOrgID, c.other)
		}
	}
}
