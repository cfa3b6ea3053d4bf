package extract

import "testing"

// The page's date line beside a headline's meeting word is the page's, not a
// second meeting, when the story prints the meeting's day the day before.
// Text: en.baohaiduong.vn, "Vietnam hails UNSC's debate on maritime security"
// (posted "WEDNESDAY, 01/09/2021 16:26:04"), under the store's date line that
// opens the headline's line as the pages corpus keeps it.
func TestPageDateDayAfterMeeting(t *testing.T) {
	body := "Vietnam hails UNSC’s debate on maritime security\n\n" +
		"Ambassador Dang Dinh Quy has highlighted the importance of the United Nations Security Council holding debate and issuing a document on maritime security for the first time.\n\n" +
		"The United Nations Security Council's meeting on Afghanistan on August 16. Photo: AFP/VNA\n\n" +
		"Ambassador Dang Dinh Quy, Vietnam’s Permanent Representative to the United Nations, has highlighted the importance of the UN Security Council holding debate and issuing a document on maritime security for the first time, which he said created a foundation for promoting the topic at the UNSC and UN in the coming time and contributed to the settlement of maritime security issues that drew concern from the international community.\n\n" +
		"He made the statement at a meeting on August 31 chaired by T S Tirumurti, India’s Permanent Representative to the UN, the UNSC's president in August, about the activities of the Security Council in the past month.\n"
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
	got := meetings(" date 2021-09-01 " + body)
	if got["meeting:UNSC:2021-09-01"] {
		t.Errorf("the page's date line made a meeting: %v", got)
	}
	if !got["meeting:UNSC:2021-08-31"] || !got["meeting:UNSC:2021-08-16"] {
		t.Errorf("the story's meetings: %v", got)
	}
	// Two days after it the page's date is left to the other rules (a report
	// posted two days on may still date a meeting of its own day).
	got = meetings(" date 2021-09-02 " + body)
	if !got["meeting:UNSC:2021-08-31"] || !got["meeting:UNSC:2021-09-02"] {
		t.Errorf("two days after: %v", got)
	}
}
