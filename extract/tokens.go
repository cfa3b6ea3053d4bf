package extract

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// tokKind is what a token of the pattern stream is.
type tokKind uint8

const (
	tkBreak tokKind = iota // a clause break; one opens and one closes the document
	tkEntity
	tkDate
	tkMonth
	tkSymbol
	tkTrigger // a trigger phrase or a pattern's literal ("lit:" + phrase)
)

var tokKindNames = [...]string{"break", "entity", "date", "month", "symbol", "trigger"}

// token is one element of the stream the relation patterns run over. Plain
// words are not tokens: w0 and w1 count the words before the token's start
// and end, so that a gap is measured in words, never in bytes.
type token struct {
	kind       tokKind
	start, end int // normalized offsets
	w0, w1     int
	clause     int
	h          hit // entity, month or trigger
	di         int // index in d.dates (tkDate) or d.symbols (tkSymbol)
	organ      string
	next       int // index of the first token starting at or after this one's end
}

// tokens builds the stream in text order in one pass over the hits, plus one
// pass over the text to count words.
func (d *doc) tokens() []token {
	out := d.sc.toks[:0]
	out = append(out, token{kind: tkBreak})
	for _, b := range d.bounds {
		out = append(out, token{kind: tkBreak, start: b, end: b})
	}
	for _, h := range d.hits.entities {
		t := token{kind: tkEntity, start: h.start, end: h.end, h: h}
		if h.m.class == clsOrg && organs[h.m.key] && !d.inQuotes(h.start) {
			t.organ = h.m.key
		}
		out = append(out, t)
	}
	for _, h := range d.hits.triggers {
		if h.m.key == "meeting-number" && !d.numberBeside(h) {
			continue // "th meeting" without its number is no meeting number
		}
		t := token{kind: tkTrigger, start: h.start, end: h.end, h: h}
		if h.m.key == "council" && !d.inQuotes(h.start) {
			t.organ = "UNSC"
		}
		out = append(out, t)
	}
	for i, dt := range d.dates {
		if dt.d == 0 {
			out = append(out, token{kind: tkMonth, start: dt.start, end: dt.end, di: i})
			continue
		}
		out = append(out, token{kind: tkDate, start: dt.start, end: dt.end, di: i})
	}
	for i, s := range d.symbols {
		out = append(out, token{kind: tkSymbol, start: s.start, end: s.end, di: i})
	}
	out = append(out, token{kind: tkBreak, start: len(d.t.s), end: len(d.t.s)})
	slices.SortStableFunc(out[1:], func(a, b token) int {
		if a.start != b.start {
			return a.start - b.start
		}
		if (a.kind == tkBreak) != (b.kind == tkBreak) {
			if a.kind == tkBreak {
				return -1
			}
			return 1
		}
		return b.end - a.end
	})
	d.countWords(out)
	clause := 0
	for i := range out {
		if out[i].kind == tkBreak && i > 0 {
			clause++
		}
		out[i].clause = clause
	}
	// next: the tokens are sorted by start, so a binary search per token.
	for i := range out {
		e := out[i].end
		if out[i].kind == tkBreak {
			out[i].next = i + 1
			continue
		}
		j, _ := slices.BinarySearchFunc(out[i+1:], e, func(t token, e int) int {
			if t.start < e {
				return -1
			}
			return 1
		})
		out[i].next = i + 1 + j
	}
	d.sc.toks = out
	return out
}

// countWords sets w0 and w1 of every token in one pass over the text. A word
// is a run of letters or digits; each Han character is a word.
func (d *doc) countWords(toks []token) {
	pos := d.sc.wordPos[:0]
	for _, t := range toks {
		pos = append(pos, t.start, t.end)
	}
	slices.Sort(pos)
	pos = slices.Compact(pos)
	counts := d.sc.wordCount[:0]
	s := d.t.s
	words, inWord, k := 0, false, 0
	for i := 0; i < len(s) && k < len(pos); {
		for k < len(pos) && pos[k] <= i {
			counts = append(counts, words)
			k++
		}
		c := s[i]
		size := 1
		var word, han bool
		if c < utf8.RuneSelf {
			word = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			han = isHanish(r)
			word = han || unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if word && (!inWord || han) {
			words++
		}
		inWord = word && !han
		i += size
	}
	for k < len(pos) {
		counts = append(counts, words)
		k++
	}
	for i := range toks {
		a, _ := slices.BinarySearch(pos, toks[i].start)
		b, _ := slices.BinarySearch(pos, toks[i].end)
		toks[i].w0, toks[i].w1 = counts[a], counts[b]
	}
	d.sc.wordPos, d.sc.wordCount = pos, counts
}

// keys are the index keys of a token: the patterns whose first element can
// match it are looked up by these.
func (t *token) keys(buf []string) []string {
	buf = buf[:0]
	switch t.kind {
	case tkBreak:
		buf = append(buf, "break")
	case tkEntity:
		buf = append(buf, "entity:"+classNames[t.h.m.class], "entity:actor")
	case tkDate:
		buf = append(buf, "date")
	case tkMonth:
		buf = append(buf, "month")
	case tkSymbol:
		buf = append(buf, "symbol")
	case tkTrigger:
		buf = append(buf, "trigger:"+t.h.m.key)
	}
	if t.organ != "" {
		buf = append(buf, "organ")
	}
	return buf
}

var classNames = map[class]string{clsOrg: "org", clsCountry: "country", clsPerson: "person"}
