package extract

import (
	"unicode"
	"unicode/utf8"
)

// lowercasePhraseBefore says whether the text of a line before a date holds
// a Cyrillic word of four letters or more written in lower case: "На
// следующий день, 24 сентября, запланировано ...", "Ровно через неделю, 21
// сентября, ...". A Russian dateline's place is a name ("ООН, 27 января",
// "МОСКВА, 20 сентября", "Нью-Йорк, 5 мая"), so a phrase so written opens a
// sentence, and the date after it is no story's dateline.
//
// The profile of a language whose datelines so read says
// "dateline-capitalized"; its script is the one whose letters count.
func (d *doc) lowercasePhraseBefore(ls, start int) bool {
	script := d.words().datelineCase
	if script == nil {
		return false
	}
	src := d.text[d.t.orig(ls):d.t.orig(start)]
	letters, lower := 0, false
	for len(src) > 0 {
		r, n := utf8.DecodeRune(src)
		src = src[n:]
		if unicode.Is(script, r) && unicode.IsLetter(r) {
			if letters == 0 {
				lower = unicode.IsLower(r)
			}
			letters++
			if lower && letters >= 4 {
				return true
			}
			continue
		}
		letters = 0
	}
	return false
}
