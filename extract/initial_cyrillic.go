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
	return d.upperInSource(w)
}

// upperInSource says whether the letter at normalized offset i is a capital
// as the document prints it (the fold lowers the normalized text).
func (d *doc) upperInSource(i int) bool {
	o := d.t.orig(i)
	if o < 0 || o >= len(d.text) {
		return false
	}
	r, _ := utf8.DecodeRune(d.text[o:])
	return unicode.IsUpper(r)
}
