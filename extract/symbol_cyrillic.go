package extract

import "unicode/utf8"

// A Russian page may type a symbol's series letter on a Cyrillic keyboard:
// "(см. А/PV.707)" with a Cyrillic А (un.org/ru, the Secretary-General's
// remarks of 6 July 2010 to the General Assembly). The letters of the series
// (A/, S/, E/, SC/, CERD/, ...) that a Cyrillic letter looks like are read as
// the Latin letter in the symbol's first part only, before its first slash,
// and the id is written in Latin: A/PV.707. A Cyrillic letter that is no
// look-alike, or one glued to a Cyrillic word ("...а/" of a word), starts no
// symbol: the first part is still looked up among the series.
//
// The table is the Cyrillic letters whose capitals look like the Latin
// capitals of the series (lower case: the text is folded), a fact of the two
// scripts, not a language's words.
var cyrillicLookalike = map[rune]byte{
	'а': 'a', 'в': 'b', 'с': 'c', 'е': 'e', 'н': 'h', 'і': 'i', 'ј': 'j',
	'к': 'k', 'м': 'm', 'о': 'o', 'р': 'p', 'ѕ': 's', 'т': 't', 'х': 'x',
}

// lookalikeStart extends a symbol's first part, s[start:at] (Latin letters,
// digits and dots), back over the Cyrillic look-alikes before start, and
// returns the new start and the part in Latin letters; latin is "" when no
// look-alike was found (the part is s[start:at] as it is).
func lookalikeStart(s string, start, at int) (int, string) {
	k := start
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if _, ok := cyrillicLookalike[r]; !ok {
			break
		}
		k -= n
	}
	if k == start {
		return start, ""
	}
	var b []byte
	for _, r := range s[k:start] {
		b = append(b, cyrillicLookalike[r])
	}
	return k, string(b) + s[start:at]
}
