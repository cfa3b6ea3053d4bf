package extract

import "testing"

// The Deputy Secretary-General's title, captured by an attendance pattern,
// makes org:UNSG attend, though it is no mention of the Secretary-General
// (org:UNSG is no entity of a document that names only the deputy); another
// organization's deputy does not attend, and a deputy only named does nothing.
func TestDeputySecretaryGeneralAttends(t *testing.T) {
	cases := []struct {
		text   string
		attend bool // org:UNSG attended the meeting
		entity bool // org:UNSG is an entity of the document
	}{
		// https://press.un.org/en/africa (the release's date line added)
		{"21 January 2025\n\nFollowing are UN Deputy Secretary-General Amina Mohammed’s remarks to the Security Council open debate on “Maintenance of International Peace and Security: Countering Terrorism in Africa”, in New York today:", true, false},
		// https://www.securitycouncilreport.org/egypt/ (What's in Blue, 15 August 2013)
		{"15 August 2013\n\nBriefing on the Situation in Egypt\n\nWhat’s in Blue\n\nCouncil members are expected to meet in consultations at 5:30 pm on the situation in Egypt, with Deputy Secretary-General Jan Eliasson expected to brief.", true, false},
		// Another organization's deputy, named before the title or after "of".
		{"13 June 2019\n\nThe Security Council met today. NATO Deputy Secretary-General Mircea Geoană also briefed the Council.", false, false},
		{"13 June 2019\n\nThe Security Council met today. The Deputy Secretary-General of the League of Arab States, Hossam Zaki, also briefed the Council.", false, false},
		// A deputy only named: no attendance, no mention.
		{"On 3 May 2019 the Security Council met on Somalia. The Deputy Secretary-General visited Mogadishu last month.", false, false},
	}
	for _, c := range cases {
		f := extractString(t, c.text)
		attended := false
		for k := range relationsOf(f, PredAttended) {
			if len(k) > 9 && k[:9] == "org:UNSG " {
				attended = true
			}
		}
		if attended != c.attend {
			t.Errorf("%q: org:UNSG attended = %v, want %v (%v)", c.text, attended, c.attend, relationsOf(f, PredAttended))
		}
		if got := entityIDs(f, TypeOrganization)["org:UNSG"]; got != c.entity {
			t.Errorf("%q: org:UNSG entity = %v, want %v", c.text, got, c.entity)
		}
	}
}
