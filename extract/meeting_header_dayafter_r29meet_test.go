package extract

import "testing"

// The page's date line beside a headline's meeting word is the page's, not a
// second meeting, when the story prints the meeting's day the day before.
// Text: hanoitimes.vn, "Vietnam chairs open debate at UN Security Council"
// (posted "Jan 10, 2020 / 16:18"), under the store's date line that opens the
// headline's line as the pages corpus keeps it.
func TestPageDateDayAfterMeeting(t *testing.T) {
	body := "Vietnam chairs open debate at UN Security Council\n\n" +
		"The debate focuses on maintaining international peace and security upholding the UN Charter.\n\n" +
		"Vietnamese Deputy Prime Minister and Minister of Foreign Affairs Pham Binh Minh chaired an open debate at the UN headquarters in New York on January 9, 2020 as Vietnam holds the presidency of the United Nations Security Council (UNSC) this month, the Ministry of Foreign Affairs (MOFA) has informed. \n\n" +
		" Vietnam's Deputy Prime Minister and Minister of Foreign Affairs Pham Binh Minh chairs the debate on Jan 9. Photo: News.cn\n"
	meetings := func(text string) map[string]bool {
		f := extractString(t, text)
		m := map[string]bool{}
		for _, e := range f.Entities {
			if e.Type == TypeMeeting {
				m[e.ID] = true
			}
		}
		return m
	}
	got := meetings(" date 2020-01-10 " + body)
	if got["meeting:UNSC:2020-01-10"] {
		t.Errorf("the page's date line made a meeting: %v", got)
	}
	if !got["meeting:UNSC:2020-01-09"] {
		t.Errorf("no meeting:UNSC:2020-01-09: %v", got)
	}
	// Two days after it the page's date is left to the other rules (a report
	// posted two days on may still date a meeting of its own day).
	got = meetings(" date 2020-01-11 " + body)
	if !got["meeting:UNSC:2020-01-09"] || !got["meeting:UNSC:2020-01-11"] {
		t.Errorf("two days after: %v", got)
	}
}
