package extract

import (
	"slices"
	"strings"
)

// Posting stamps and publication lines close with the time of day: "00:01 h",
// "11:49 a. m.", "05:58 م", "в 02:30". One reader of the time and one of the
// clock words after it serve them all (stamp_line.go, date_footer.go,
// date_footer_published.go).

// clockAt reads a time of day at s[i:]: an hour of one or two digits (at most
// 23), one of seps, and two digits of minutes. It returns where it ends.
func clockAt(s string, i int, seps string) (int, bool) {
	h, he, ok := numberAfter(s, i, 2)
	if !ok || h > 23 || he >= len(s) || strings.IndexByte(seps, s[he]) < 0 {
		return 0, false
	}
	_, me, ok := numberAfter(s, he+1, 2)
	if !ok || me-he-1 != 2 {
		return 0, false
	}
	return me, true
}

// clockTail says whether what follows a time is blank or one of the
// language's clock words, written without its spaces ("a. m." is "a.m.").
func (d *doc) clockTail(tail string) bool {
	tail = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(tail), " ", ""))
	return tail == "" || slices.Contains(d.words().clockWords, tail)
}
