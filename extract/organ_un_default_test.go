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
