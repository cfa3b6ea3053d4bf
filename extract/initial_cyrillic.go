package extract

import (
	"unicode"
	"unicode/utf8"
)

// Russian records and statements write a person's initials before the
// surname: "Председатель: г-н В. А. ЗОРИН (Союз Советских Социалистических
// Республик)". One capital Cyrillic letter before a dot is an initial (or a
// section letter, "А. Введение"), not a sentence's end, as "Mr. V. A. Zorin" is
// in Latin script (sentences in extract.go).

// cyrillicInitial says whether the normalized text [w, i) is one letter that
// the document prints as a capital Cyrillic letter.
func (d *doc) cyrillicInitial(w, i int) bool {
	s := d.t.s
	r, size := utf8.DecodeRuneInString(s[w:i])
	if size != i-w || !unicode.Is(unicode.Cyrillic, r) {
		return false
	}
	src := d.t.orig(w)
	if src >= len(d.text) {
		return false
	}
	o, _ := utf8.DecodeRune(d.text[src:])
	return unicode.IsUpper(o)
}
