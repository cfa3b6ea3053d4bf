package extract

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"sort"
	"strings"
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
// words are not tokens: the matcher counts the words between two tokens
// (wordsIn), so that a gap is measured in words, never in bytes.
type token struct {
	// The kind and the flags first, side by side, then the two 32-bit
	// indexes in the rest of that word: 48 bytes a token (72 with the
	// indexes as ints and a trigger's family copied in, now read
	// from its meaning; 88 with each bool
	// padded between the ints). The stream is copied in the merge and
	// walked by every pattern.
	kind      tokKind
	organ     bool   // a dated UN organ, or "the Council", outside quotes
	dateline  bool   // a date that is a news story's dateline
	own       bool   // the document's own symbol
	statement bool   // the trigger attendance-statement (negation_statement.go), told once here where the meaning is read anyway
	punct     bool   // a pattern's literal of punctuation only ("(", "）"): adjacency steps over it (pattern_punct_literal.go)
	kid       uint16 // a trigger's m.kid, read by the pattern runner without a load of the meaning
	di        int32  // index in d.dates (tkDate) or d.symbols (tkSymbol)
	next      int32  // index of the first token starting at or after this one's end
	start     int    // normalized offsets
	end       int
	clause    int
	m         *meaning // entity, month or trigger
}

// tokens builds the stream in text order from the hits: each kind of hit
// is in text order already, so the lists are merged, not sorted.
func (d *doc) tokens() []token {
	parts := &d.sc.tokParts
	for i := range parts {
		parts[i] = parts[i][:0]
	}
	breaks, ents, trigs, dates, months, syms := 0, 1, 2, 3, 4, 5
	// Sized once: a large document must not pay for its lists' regrowth.
	parts[breaks] = slices.Grow(parts[breaks], len(d.bounds)+2)
	parts[ents] = slices.Grow(parts[ents], len(d.hits.entities))
	parts[trigs] = slices.Grow(parts[trigs], len(d.hits.triggers))
	parts[dates] = slices.Grow(parts[dates], len(d.dates))
	parts[months] = slices.Grow(parts[months], len(d.hits.months))
	parts[syms] = slices.Grow(parts[syms], len(d.symbols))
	parts[breaks] = append(parts[breaks], token{kind: tkBreak})
	for _, b := range d.bounds {
		if d.noClauseEnd(b) {
			continue
		}
		parts[breaks] = append(parts[breaks], token{kind: tkBreak, start: b, end: b})
	}
	parts[breaks] = append(parts[breaks], token{kind: tkBreak, start: len(d.t.s), end: len(d.t.s)})
	q := quoteCursor{quotes: d.quotes}
	for _, h := range d.hits.entities {
		t := token{kind: tkEntity, start: h.start, end: h.end, m: h.m}
		// isOrgan, with organs[key] read once per rule (meaning.organ)
		t.organ = (h.m.organ || h.m.class == clsOrg && d.auPSC && h.m.key == "AUPSC") && !q.in(h.start)
		parts[ents] = append(parts[ents], t)
	}
	q = quoteCursor{quotes: d.quotes}
	for _, h := range d.hits.triggers {
		if d.addresseeTitle(parts[trigs], h) {
			continue
		}
		t := token{kind: tkTrigger, start: h.start, end: h.end, m: h.m, kid: h.m.kid}
		t.organ = (h.m.key == "council" || h.m.key == "psc" && d.auPSC) && !q.in(h.start)
		t.statement = h.m.key == "attendance-statement"
		t.punct = h.m.punct
		parts[trigs] = append(parts[trigs], t)
	}
	d.datelines = d.datelines[:0]
	for i, dt := range d.dates {
		if dt.d != 0 {
			t := token{kind: tkDate, start: dt.start, end: dt.end, di: int32(i), dateline: d.isDateline(dt)}
			if t.dateline {
				d.datelines = append(d.datelines, i)
			}
			parts[dates] = append(parts[dates], t)
		}
	}
	// A month named without a day: the dates are in text order, so one
	// walk tells which month names stand inside a dated day.
	k := 0
	inName := d.monthInPersons()
	for mi, m := range d.hits.months {
		for k < len(d.dates) && d.dates[k].end <= m.start {
			k++
		}
		if k < len(d.dates) && d.dates[k].d != 0 && d.dates[k].start <= m.start {
			continue
		}
		if d.dayOnlyMonthHit(m.start, m.end) {
			continue // "Сен" alone is a name (date_month_dayonly.go)
		}
		if inName[mi] {
			continue // "Jan Eliasson", "Zhang Jun" (month_in_name.go)
		}
		parts[months] = append(parts[months], token{kind: tkMonth, start: m.start, end: m.end, m: m.m, di: -1})
	}
	for i, s := range d.symbols {
		parts[syms] = append(parts[syms], token{kind: tkSymbol, start: s.start, end: s.end, di: int32(i), own: s.id == d.facts.Doc.Symbol})
	}
	for i := range parts {
		if !slices.IsSortedFunc(parts[i], tokenOrder) {
			slices.SortStableFunc(parts[i], tokenOrder)
		}
	}
	n := 0
	for i := range parts {
		n += len(parts[i])
	}
	out := slices.Grow(d.sc.toks[:0], n)
	// The merge compares the heads' starts, kept in an array (a token is
	// 72 bytes, read in place only when two heads start together), of the
	// parts with tokens left only, in part order (a tie goes to the first);
	// the last part left is copied whole.
	var at, heads [len(d.sc.tokParts)]int
	var live [len(d.sc.tokParts)]int
	nlive := 0
	for i := range parts {
		if len(parts[i]) > 0 {
			live[nlive] = i
			heads[i] = parts[i][0].start
			nlive++
		}
	}
	for nlive > 1 {
		bk, best := 0, live[0]
		for k := 1; k < nlive; k++ {
			i := live[k]
			if heads[i] < heads[best] || heads[i] == heads[best] && tokenBefore(&parts[i][at[i]], &parts[best][at[best]]) {
				bk, best = k, i
			}
		}
		out = append(out, parts[best][at[best]])
		if at[best]++; at[best] < len(parts[best]) {
			heads[best] = parts[best][at[best]].start
		} else {
			nlive--
			copy(live[bk:], live[bk+1:nlive+1])
		}
	}
	if nlive == 1 {
		out = append(out, parts[live[0]][at[live[0]]:]...)
	}
	clause := 0
	d.clauses = append(d.sc.clauses[:0], 0) // the worker's buffer, not one grown for each document
	for i := range out {
		if out[i].kind == tkBreak && i > 0 {
			clause++
			d.clauses = append(d.clauses, out[i].start)
		}
		out[i].clause = clause
	}
	// next: the tokens are sorted by start, and few overlap, so a short
	// walk forward from each.
	for i := range out {
		j, e := i+1, out[i].end
		for j < len(out) && out[j].start < e {
			j++
		}
		out[i].next = int32(j)
	}
	d.sc.toks = out
	d.sc.clauses = d.clauses
	return out
}

// noClauseEnd says whether the sentence end before offset b ends no
// clause: one dot of a row of dots (". . . ." between a member's name and
// its country), or a '!' or '?' with a word right after it ("![]()" of a
// page converted to text).
func (d *doc) noClauseEnd(b int) bool {
	s := d.t.s
	if b == 0 || b >= len(s) {
		return false
	}
	if c := s[b-1]; (c == '!' || c == '?') && s[b] != ' ' && !d.lineBreakIn(b-1, b) {
		return true
	}
	if d.softWrap(b) {
		return true
	}
	if s[b-1] != '.' {
		return false
	}
	j := b
	for j < len(s) && s[j] == ' ' {
		j++
	}
	i := b - 2
	for i >= 0 && s[i] == ' ' {
		i--
	}
	return (j < len(s) && s[j] == '.') || (i >= 0 && s[i] == '.')
}

// softWrap says whether the line break at b only wraps a sentence: the
// line before ends in a word or a comma and the next begins with a
// lower-case letter ("Recalling its meeting held on\n16 April 2008 ..." is
// one clause however the lines wrap). Scripts without case keep the break.
func (d *doc) softWrap(b int) bool {
	s := d.t.s
	k := sort.SearchInts(d.t.lines, b)
	if k == len(d.t.lines) || d.t.lines[k] != b {
		return false // a sentence mark's bound, not a line's
	}
	i := b - 1
	for i >= 0 && s[i] == ' ' {
		i--
	}
	if i < 0 || strings.IndexByte(".;:!?)\"", s[i]) >= 0 {
		return false
	}
	if k > 0 && d.t.lines[k-1] >= b-1 {
		return false // a blank line
	}
	if d.lineEndsOnWrapWord(i + 1) {
		return true // "held on\n30 June 2015": extract/wrap_function_word.go
	}
	src := d.t.orig(b)
	if src >= len(d.text) {
		return false
	}
	r, _ := utf8.DecodeRune(d.text[src:])
	return unicode.IsLower(r)
}

// clauseSpan is the span of token clause c, in normalized offsets.
func (d *doc) clauseSpan(c int) (int, int) {
	end := len(d.t.s)
	if c+1 < len(d.clauses) {
		end = d.clauses[c+1]
	}
	return d.clauses[c], end
}

// tokenBefore says whether a comes before b in tokenOrder.
func tokenBefore(a, b *token) bool {
	if a.start != b.start {
		return a.start < b.start
	}
	if (a.kind == tkBreak) != (b.kind == tkBreak) {
		return a.kind == tkBreak
	}
	return a.end > b.end
}

// tokenOrder: by start; at one offset a clause break first, then the longer token.
func tokenOrder(a, b token) int {
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
}

// quoteCursor answers "inside a quoted span?" for offsets asked in text order,
// in one walk over the quotes.
type quoteCursor struct {
	quotes [][2]int
	k      int
}

func (q *quoteCursor) in(i int) bool {
	for q.k < len(q.quotes) && q.quotes[q.k][1] <= i {
		q.k++
	}
	return q.k < len(q.quotes) && q.quotes[q.k][0] < i
}

// wordsIn counts the words of the normalized text in [from, to), up to
// limit+1 (enough to say a gap of at most limit words is exceeded). A word
// is a run of letters or digits; each Han character is a word of its own.
// Counted where the matcher asks, never over the whole text.
func (d *doc) wordsIn(from, to, limit int) int {
	s := d.t.s
	n := 0
	var in uint8 // 1 inside a word: a word character adds 1 &^ in
	i := from
	for i < to && n <= limit {
		c := s[i]
		// Eight ASCII bytes at a time: a word starts at each word byte
		// after a byte that is none.
		if c < utf8.RuneSelf && i+8 <= to {
			if v := binary.LittleEndian.Uint64([]byte(s[i : i+8])); v&highBits == 0 {
				w := byteRange(v, '0', '9') | byteRange(v|0x2020202020202020, 'a', 'z')
				n += bits.OnesCount64(w &^ (w<<8 | uint64(in)<<7))
				in = uint8(w >> 63)
				i += 8
				continue
			}
		}
		if c < utf8.RuneSelf {
			w := asciiWord[c]
			n += int(w &^ in)
			in = w
			i++
			continue
		}
		// A two-byte rune (Arabic, Cyrillic, accented Latin) read in place:
		// only five of them are punctuation, the rest letters.
		// Those five lead with 0xC2 or 0xD8: any other lead is a letter's.
		if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			if c == 0xC2 || c == 0xD8 {
				switch rune(c&0x1F)<<6 | rune(s[i+1]&0x3F) {
				case 0x060C, 0x061B, 0x061F, 0xAB, 0xBB:
					in = 0
					i += 2
					continue
				}
			}
			n += int(1 &^ in)
			in = 1
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= 0x3400 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF:
			n++
			in = 0
		case r >= 0x2000 && r <= 0x206F || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFF0F || r == 0x060C || r == 0x061B || r == 0x061F || r == 0xAB || r == 0xBB:
			in = 0 // punctuation
		default:
			n += int(1 &^ in)
			in = 1
		}
		i += size
	}
	d.work += i - from
	return min(n, limit+1) // eight bytes may have counted past limit+1
}

const highBits = 0x8080808080808080 // the high bit of each byte of a word

// byteRange has the high bit set of each byte of v that lies in [lo, hi],
// for v of seven-bit bytes (no sum carries out of a byte).
func byteRange(v, lo, hi uint64) uint64 {
	const ones = 0x0101010101010101
	return (v + ones*(0x80-lo)) &^ (v + ones*(0x7F-hi)) & highBits
}

// asciiWord is wordByte for the ASCII bytes as 0 or 1, one load and no
// branch in wordsIn's loop.
var asciiWord = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		if wordByte(byte(c)) {
			t[c] = 1
		}
	}
	return t
}()

// wordByte: an ASCII letter or digit, or a byte of a non-ASCII rune.
func wordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf
}

// keys are the index keys of a token: the patterns whose first element can
// match it are looked up by these.
func (t *token) keys(buf []string) []string {
	buf = buf[:0]
	switch t.kind {
	case tkBreak:
		buf = append(buf, "break")
	case tkEntity:
		buf = append(buf, entityKeys[t.m.class], "entity:actor")
	case tkDate:
		buf = append(buf, "date") // {date} takes a dateline too
		if t.dateline {
			buf = append(buf, "dateline")
		}
	case tkMonth:
		buf = append(buf, "month")
	case tkSymbol:
		buf = append(buf, "symbol")
	case tkTrigger:
		buf = append(buf, t.m.key) // looked up in byTrigger
	}
	if t.organ {
		buf = append(buf, "organ")
	}
	return buf
}

// className is the name a pattern's {entity:NAME} gives class c (a switch,
// not a map lookup, in the matcher's hot loop).
func className(c class) string {
	switch c {
	case clsOrg:
		return "org"
	case clsCountry:
		return "country"
	case clsPerson:
		return "person"
	}
	return ""
}

var entityKeys = map[class]string{clsOrg: "entity:org", clsCountry: "entity:country", clsPerson: "entity:person"}
