package extract

import (
	"strings"
	"unicode"
)

// A page whose header prints no date may close with its publication line: a
// word or two before the date and the clock time after it ("Опубликовано 7
// ноября 2023 в 02:30", eadaily.com; "Published 7 November 2023, 02:30"). That
// date is the document's, as a teaser's bare date beneath it is (date_footer.go).
// A place before the date ("Нью-Йорк, 7 ноября 2023", a signature's) is set off
// by a comma and does not count; nor does a line with other text after the time.

// publishedFooter says whether the full date dt, the document's last, stands
// on the last line as such a publication line.
func (d *doc) publishedFooter(dt date) bool {
	s := d.t.s
	ls, _ := d.line(dt.start)
	before := strings.Fields(s[ls:dt.start])
	if len(before) == 0 || len(before) > 3 {
		return false
	}
	for _, w := range before {
		for _, r := range strings.TrimSuffix(w, ":") {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	after := strings.Fields(strings.NewReplacer(",", " ").Replace(s[dt.end:]))
	if len(after) > 2 || strings.ContainsRune(strings.TrimSpace(s[dt.end:]), '\n') {
		return false
	}
	if len(after) == 0 {
		return true
	}
	if len(after) == 2 {
		if n := len([]rune(after[0])); n > 3 || !letterWord(after[0]) {
			return false
		}
		after = after[1:]
	}
	return clockTime(after[0])
}

// letterWord says whether w holds letters only, of any script.
func letterWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// clockTime reads "02:30", "2:30", "14h30", "14.30" (clock.go).
func clockTime(w string) bool {
	e, ok := clockAt(w, 0, ":h.")
	return ok && e == len(w)
}
