package extract

import (
	"unicode/utf8"

	"github.com/unkg/unkg/rules"
)

// A printed page breaks its lines wherever the width runs out, so a line may
// end on a word no sentence ends with: "adopted at its 521st meeting held
// on\n30 June 2015", "que contó con la presencia del\nSGNU", "Réuni sous la
// présidence de\nM. Agam Hasmy". A line that ends, with no mark after it, on
// a wrap word of the document's language (trigger kind wrap-word: articles,
// prepositions, conjunctions) only wraps its sentence, whatever the next line
// opens with: a capital, a digit. softWrap alone asks for a lower-case letter.

// newWrapWords gathers the wrap words of set, folded, with the languages
// each belongs to. They are read as words, not searched for (match.go).
func newWrapWords(set *rules.Set, f *folder, m *matcher) *wordTable {
	words := map[uint64]uint8{}
	for _, e := range set.Kind("trigger") {
		if e.Key != "wrap-word" {
			continue
		}
		if k, ok := wordKey(f.foldString(e.Text)); ok {
			words[k] |= m.langBit(e.Lang)
		}
	}
	return newWordTable(words)
}

// lineEndsOnWrapWord says whether the word that ends at offset e of the
// normalized text is a wrap word of the document's language.
func (d *doc) lineEndsOnWrapWord(e int) bool {
	s := d.t.s
	bit := d.x.m.langBit(d.lang)
	if bit == 0 || e <= 0 || e > len(s) {
		return false
	}
	i := e
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !isWrapWordRune(r) {
			break
		}
		i -= size
	}
	if i == e || (i > 0 && isWordByte(s[i-1])) {
		return false
	}
	k, ok := wordKey(s[i:e])
	return ok && d.x.wraps.get(k)&bit != 0
}

// isWrapWordRune says whether r may be part of a wrap word: a letter of a
// cased script (the words of scripts without case are not looked up).
func isWrapWordRune(r rune) bool {
	return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || (r >= 0xC0 && r < 0x530 && r != 0xD7 && r != 0xF7)
}
