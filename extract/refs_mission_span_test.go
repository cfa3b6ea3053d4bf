package extract

import (
	"os"
	"testing"
)

// A briefing on a Council mission (France's statement of 6 June 2011 on the
// mission to Africa of 19-26 May, kept in testdata/dev2) reports the joint
// meeting with the AU PSC of 21 May, held during the mission: described, not
// recalled as background, so the AU Commissioner who "also took part in the
// meeting" attends that meeting, not the briefing.
func TestMeetingInsideVisitSpanIsReported(t *testing.T) {
	b, err := os.ReadFile("../testdata/dev2/en_257_stmt_20110606_fra_mission_africa.txt")
	if err != nil {
		t.Fatal(err)
	}
	f := extractString(t, string(b))
	doc := f.Doc.ID
	if refs := relationsOf(f, PredReferences); refs[doc+" meeting:UNSC:2011-05-21"] {
		t.Errorf("the mission's meeting of 21 May is recalled: %v", refs)
	}
	if ds := relationsOf(f, PredDescribes); !ds[doc+" meeting:UNSC:2011-05-21"] || !ds[doc+" meeting:UNSC:2011-06-06"] {
		t.Errorf("described: %v (want 21 May and the briefing of 6 June)", ds)
	}
	if at := relationsOf(f, PredAttended); !at["org:AU meeting:UNSC:2011-05-21"] || at["org:AU meeting:UNSC:2011-06-06"] {
		t.Errorf("attended: %v (want the AU at the meeting of 21 May only)", at)
	}
}
