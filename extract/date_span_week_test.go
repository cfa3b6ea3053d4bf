package extract

import (
	"os"
	"testing"
)

// The high-level week's range stays the Assembly's meeting though the text
// dates days inside it (a Council meeting on the 24th, the Assembly on the
// 25th, a conference on the 22nd): TASS, 19 September 2025, kept in
// testdata/dev2. A range in a sentence that names no week around another
// dated day is still a span (TestSpanFromOwnDateIsMeeting, date_span_test.go).
func TestWeekRangeIsNoSpan(t *testing.T) {
	b, err := os.ReadFile("../testdata/dev2/ru_966_news_20250919_tass_costa_unsc_unga.txt")
	if err != nil {
		t.Fatal(err)
	}
	ms := entityIDs(extractString(t, string(b)), TypeMeeting)
	if !ms["meeting:UNGA:2025-09-21"] {
		t.Errorf("meetings: %v (want the high-level week from 21 September)", ms)
	}
}
