package extract

import (
	"os"
	"testing"
)

// A range of several days around the dated meetings of the text is the
// mission's span, not a meeting: the briefing on the Council's mission to the
// AU of 5-9 September 2017, whose joint meetings the text dates on 7 and 8
// September (Ethiopian embassy page, kept in testdata/dev2).
func TestSpanAroundMeetingsIsNoMeeting(t *testing.T) {
	b, err := os.ReadFile("../testdata/dev2/en_104_news_20170913_ethioembassy_mission.txt")
	if err != nil {
		t.Fatal(err)
	}
	ms := entityIDs(extractString(t, string(b)), TypeMeeting)
	if ms["meeting:UNSC:2017-09-05"] || !ms["meeting:UNSC:2017-09-07"] || !ms["meeting:UNSC:2017-09-08"] {
		t.Errorf("meetings: %v (want 7 and 8 September, not the 5-9 September span)", ms)
	}
}
