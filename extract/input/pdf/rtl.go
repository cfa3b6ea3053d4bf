package pdf

import (
	"golang.org/x/text/unicode/runenames"

	"strings"
	"unicode"
)

// rtlLine says whether most strong letters of a line are right-to-left.
func rtlLine(toks []string) bool {
	r, l := 0, 0
	for _, t := range toks {
		for _, c := range t {
			switch {
			case isRTL(c):
				r++
			case unicode.IsLetter(c):
				l++
			}
		}
	}
	return r > l
}

func isRTL(c rune) bool {
	return unicode.In(c, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana)
}

// visualWords says whether the Arabic words of a line are stored in visual
// order (last letter first), by the letters that only end a word (ة, ى) and
// the article ال that only starts one: seen at the wrong end, the words are
// reversed.
func visualWords(toks []string) bool {
	visual, logical := 0, 0
	for _, t := range toks {
		rs := []rune(strings.Map(arabicOnly, t))
		if len(rs) < 2 {
			continue
		}
		first, last := rs[0], rs[len(rs)-1]
		if first == 'ة' || first == 'ى' || (last == 'ا' && rs[len(rs)-2] == 'ل') {
			visual++
		}
		if last == 'ة' || last == 'ى' || (first == 'ا' && rs[1] == 'ل') {
			logical++
		}
		if isForm(first) || isForm(last) {
			f, l := formOf(first), formOf(last)
			if f == "final" || l == "initial" {
				visual++
			}
			if f == "initial" || l == "final" {
				logical++
			}
		}
	}
	return visual > logical
}

func arabicOnly(r rune) rune {
	if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
		return r
	}
	return -1
}

// rtlOrder puts the tokens of a right-to-left line, given left to right,
// in reading order: right to left, except that a run of left-to-right tokens
// (numbers, Latin words and what stands between them) keeps its order. With
// visual, each right-to-left token's letters are turned too, keeping its
// digits and Latin letters in their order and mirroring brackets.
func rtlOrder(toks []string, visual bool) []string {
	ltr := func(t string) bool {
		for _, c := range t {
			if isRTL(c) {
				return false
			}
		}
		for _, c := range t {
			if unicode.IsLetter(c) || unicode.IsDigit(c) {
				return true
			}
		}
		return false
	}
	out := make([]string, 0, len(toks))
	for i := len(toks) - 1; i >= 0; {
		if !ltr(toks[i]) {
			t := toks[i]
			if visual {
				t = turn(t)
			}
			out = append(out, t)
			i--
			continue
		}
		j := i
		for j > 0 && ltr(toks[j-1]) {
			j--
		}
		out = append(out, toks[j:i+1]...)
		i = j - 1
	}
	return out
}

// turn reverses a word stored in visual order: its letters reversed, runs
// of digits and Latin letters kept as they read, brackets mirrored.
func turn(t string) string {
	rs := []rune(t)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	relig(rs)
	weak := func(c rune) bool { return c < 0x590 && (unicode.IsDigit(c) || unicode.IsLetter(c)) }
	for i := 0; i < len(rs); {
		if !weak(rs[i]) {
			if m, ok := mirror[rs[i]]; ok {
				rs[i] = m
			}
			i++
			continue
		}
		j := i
		for j < len(rs) && (weak(rs[j]) || (j+1 < len(rs) && strings.ContainsRune("./,:-", rs[j]) && weak(rs[j+1]))) {
			j++
		}
		for a, b := i, j-1; a < b; a, b = a+1, b-1 {
			rs[a], rs[b] = rs[b], rs[a]
		}
		i = j
	}
	return string(rs)
}

var mirror = map[rune]rune{'(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '«': '»', '»': '«', '<': '>', '>': '<'}

// formOf is the positional form of a presentation-form rune ("final",
// "initial", "medial", "isolated"), read from its Unicode name.
func formOf(r rune) string {
	n := runenames.Name(r)
	for _, f := range []string{"FINAL", "INITIAL", "MEDIAL", "ISOLATED"} {
		if strings.HasSuffix(n, f+" FORM") {
			return strings.ToLower(f)
		}
	}
	return ""
}

// alefs are the letters that join lam in the lam-alef ligature.
const alefs = "اأإآ"

// relig puts back a lam-alef ligature that turning a visual word reversed.
// A PDF whose ToUnicode map gives the ligature glyph as its two letters
// (Chromium's) stores them in logical order inside a word stored visually,
// so turning the word puts alef before lam. Logical and turned pairs look
// alike; the ones fixed are those that leave letters no Arabic word has:
// alef after alef ("االتحاد" for "الاتحاد"), lam alef lam ("لألمم" for
// "للأمم"), and the word "ال" alone. A lam-alef after another letter
// ("السالم" for "السلام") cannot be told from a real alef-lam and stays.
func relig(rs []rune) {
	if len(rs) == 2 && strings.ContainsRune(alefs, rs[0]) && rs[1] == 'ل' {
		rs[0], rs[1] = rs[1], rs[0]
		return
	}
	for i := 1; i+1 < len(rs); i++ {
		if strings.ContainsRune(alefs, rs[i]) && rs[i+1] == 'ل' && (strings.ContainsRune(alefs, rs[i-1]) || rs[i-1] == 'ل') {
			rs[i], rs[i+1] = rs[i+1], rs[i]
		}
	}
}
