package extract

import "testing"

// A release on the Secretary-General's meeting with regional organizations
// names no Council: the earlier working-level meeting it dates is the UN's too.
func TestUNMeetingsDocumentDefaultsToUN(t *testing.T) {
	f := extractDev2(t, "en_43_press_20030728_sg2083.txt")
	got := map[string]bool{}
	for _, r := range f.Relations {
		if r.Predicate == PredDescribes || r.Predicate == PredReferences {
			got[r.Object] = true
		}
	}
	for _, want := range []string{"meeting:UN:2003-07-29", "meeting:UN:2002-04-30"} {
		if !got[want] {
			t.Errorf("no meeting %s in %v", want, got)
		}
	}
	if len(got) != 2 {
		t.Errorf("meetings %v, want 2", got)
	}
}

// A Secretary-General's message to a UN–regional-organization General Meeting
// that names the Security Council once, in passing, after it: the meeting its
// date line dates is the UN's (organ_un_default.go). The Council named first, or
// more often, keeps it.
func TestUNMeetingNamedFirstIsTheDefaultOrgan(t *testing.T) {
	meetings := func(text string) map[string]bool {
		got := map[string]bool{}
		for _, r := range extractString(t, text).Relations {
			if r.Predicate == PredDescribes || r.Predicate == PredReferences {
				got[r.Object] = true
			}
		}
		return got
	}
	msg := "Geneva\n\n3 May 2012\n\nSecretary-General's message to the UN-OIC General Meeting on Cooperation\n\n" +
		"It is a pleasure to send greetings to all the participants in this meeting. " +
		"We saw it in Libya, when the Security Council took the crucial decisions.\n"
	if got := meetings(msg); !got["meeting:UN:2012-05-03"] || len(got) != 1 {
		t.Errorf("message to the General Meeting: meetings %v, want meeting:UN:2012-05-03", got)
	}
	council := "Geneva\n\n3 May 2012\n\nSecretary-General's remarks to the Security Council\n\n" +
		"It is a pleasure to address this meeting. The Security Council and the General Meeting on Cooperation " +
		"between the UN and the OIC share a purpose, and the Security Council will act.\n"
	if got := meetings(council); !got["meeting:UNSC:2012-05-03"] || len(got) != 1 {
		t.Errorf("remarks to the Council: meetings %v, want meeting:UNSC:2012-05-03", got)
	}
}
