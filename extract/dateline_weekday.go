package extract

import "strings"

// weekdayBeforeDate says whether the text of a line before a date ends in a
// weekday and its comma, with no comma before the weekday: "On Friday, 23
// February, the Security Council will hold ...", "Во вторник, 23 сентября,
// состоится заседание". The weekday names the date (weekday_apposition.go);
// a dateline's place comes first and ends in a comma of its own ("NEW YORK,
// Tuesday, 20 July"), so a date so placed is no story's dateline.
func (d *doc) weekdayBeforeDate(ls, start int) bool {
	for _, h := range d.hits.triggers {
		if h.start >= start {
			break
		}
		if h.start < ls || !strings.HasPrefix(h.m.key, "weekday:") {
			continue
		}
		if strings.Trim(d.t.s[h.end:start], " ,") == "" && strings.Count(d.t.s[h.end:start], ",") == 1 && !strings.Contains(d.t.s[ls:h.start], ",") {
			return true
		}
	}
	return false
}
