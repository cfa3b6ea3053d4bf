package extract

import (
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends the JSON of f to b: byte for byte what encoding/json
// writes for Facts with HTML escaping off (json.Encoder.SetEscapeHTML(false)),
// without the reflection, which cost a tenth of a whole extraction.
// TestAppendJSONMatchesEncodingJSON holds it to that.
func (f *Facts) AppendJSON(b []byte) []byte {
	b = f.Doc.appendFactsHead(b)
	b = append(b, `,"entities":`...)
	if f.Entities == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range f.Entities {
			if i > 0 {
				b = append(b, ',')
			}
			b = f.Entities[i].appendJSON(b, nil)
		}
		b = append(b, ']')
	}
	b = append(b, `,"relations":`...)
	if f.Relations == nil {
		return append(b, "null}"...)
	}
	return append(appendRelations(b, f.Relations), '}')
}

// appendJSON writes the facts of a document from its working state, as
// AppendJSON writes what buildFacts makes of it.
func (d *doc) appendJSON(b []byte) []byte {
	b = d.facts.Doc.appendFactsHead(b)
	b = append(b, `,"entities":[`...)
	first := true
	for _, id := range d.order {
		if id == d.facts.Doc.ID || unnamedOrg(d.entities[id]) {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = d.entities[id].appendJSON(b, d)
	}
	b = append(b, `],"relations":`...)
	return append(appendRelations(b, d.rels), '}')
}

func appendRelations(b []byte, rels []Relation) []byte {
	b = append(b, '[')
	for i := range rels {
		if i > 0 {
			b = append(b, ',')
		}
		b = rels[i].appendJSON(b)
	}
	return append(b, ']')
}

// appendFactsHead opens the facts of d: {"doc":{...}, the object left open
// for the entities and relations.
func (d *Doc) appendFactsHead(b []byte) []byte {
	b = append(b, `{"doc":{"id":`...)
	b = appendString(b, d.ID)
	b = append(b, `,"path":`...)
	b = appendString(b, d.Path)
	b = append(b, `,"lang":`...)
	b = appendString(b, d.Lang)
	b = append(b, `,"type":`...)
	b = appendString(b, d.Type)
	b = append(b, `,"date":`...)
	b = appendString(b, d.Date)
	b = append(b, `,"symbol":`...)
	b = appendString(b, d.Symbol)
	b = append(b, `,"original_lang":`...)
	b = appendString(b, d.OriginalLang)
	b = append(b, `,"subjects":`...)
	b = appendStrings(b, d.Subjects)
	b = append(b, `,"title":`...)
	b = appendString(b, d.Title)
	b = append(b, `,"sha256":`...)
	b = appendString(b, d.SHA256)
	b = append(b, `,"size":`...)
	b = strconv.AppendInt(b, int64(d.Size), 10)
	return append(b, '}')
}

// appendJSON writes e. With the working state of its document (d not nil),
// a mention without text is written with the input text of its span, as
// buildFacts fills it in.
func (e *Entity) appendJSON(b []byte, d *doc) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, e.ID)
	b = append(b, `,"type":`...)
	b = appendString(b, e.Type)
	b = append(b, `,"name":`...)
	b = appendString(b, e.Name)
	b = appendOptional(b, `,"organ":`, e.Organ)
	b = appendOptional(b, `,"date":`, e.Date)
	b = appendOptional(b, `,"end_date":`, e.EndDate)
	b = appendOptional(b, `,"topic":`, e.Topic)
	b = appendOptional(b, `,"number":`, e.Number)
	b = appendOptional(b, `,"role":`, e.Role)
	b = appendOptional(b, `,"country":`, e.Country)
	b = append(b, `,"mentions":`...)
	if e.Mentions == nil {
		return append(b, "null}"...)
	}
	b = append(b, '[')
	for i, m := range e.Mentions {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"text":`...)
		if d != nil && m.Text == "" {
			b = appendString(b, d.inputBytes(m.Start, m.End))
		} else {
			b = appendString(b, m.Text)
		}
		b = append(b, `,"start":`...)
		b = strconv.AppendInt(b, int64(m.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(m.End), 10)
		b = appendPage(b, m.Page)
		b = append(b, `,"rule":`...)
		b = appendString(b, m.Rule)
		b = append(b, '}')
	}
	return append(b, "]}"...)
}

// appendPage appends the page of a span, which omitempty leaves out when 0.
func appendPage(b []byte, page int) []byte {
	if page == 0 {
		return b
	}
	return strconv.AppendInt(append(b, `,"page":`...), int64(page), 10)
}

// appendOptional appends a field that omitempty leaves out when empty.
func appendOptional(b []byte, key, v string) []byte {
	if v == "" {
		return b
	}
	return appendString(append(b, key...), v)
}

func (r *Relation) appendJSON(b []byte) []byte {
	b = append(b, `{"subject":`...)
	b = appendString(b, r.Subject)
	b = append(b, `,"predicate":`...)
	b = appendString(b, r.Predicate)
	b = append(b, `,"object":`...)
	b = appendString(b, r.Object)
	b = appendOptional(b, `,"role":`, r.Role)
	b = append(b, `,"evidence":{"start":`...)
	b = strconv.AppendInt(b, int64(r.Evidence.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(r.Evidence.End), 10)
	b = appendPage(b, r.Evidence.Page)
	b = append(b, `,"rule":`...)
	b = appendString(b, r.Evidence.Rule)
	b = appendOptional(b, `,"rule_at":`, r.Evidence.RuleAt)
	b = appendOptional(b, `,"text":`, r.Evidence.Text)
	return append(b, "}}"...)
}

func appendStrings(b []byte, list []string) []byte {
	if list == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	return append(b, ']')
}

const hexDigits = "0123456789abcdef"

// appendString quotes s as encoding/json does without HTML escaping: control
// characters, '"' and '\\' escaped, U+2028 and U+2029 as \u escapes, invalid
// UTF-8 as U+FFFD.
func appendString[S ~string | ~[]byte](b []byte, s S) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight bytes at a time while they need no escape (ids, rules,
		// English text); past eight that do, one character at a time.
		if i+8 <= len(s) {
			if plainASCII8(load8(s, i)) {
				i += 8
				continue
			}
		} else if len(s) >= 8 && plainASCII8(load8(s, len(s)-8)) {
			break // the last eight bytes, read again where they overlap, need no escape
		}
		for end := min(i+8, len(s)); i < end; {
			c := s[i]
			if c < utf8.RuneSelf {
				if jsonSafe[c] {
					i++
					continue
				}
				b = append(b, s[start:i]...)
				b = appendEscape(b, c)
				i++
				start = i
				continue
			}
			// Valid two-byte forms and three-byte forms other than E2 (which
			// leads U+2028 and U+2029) checked inline; the rest decoded.
			if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
				i += 2
				continue
			}
			if c >= 0xE1 && c < 0xED && c != 0xE2 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
				i += 3
				continue
			}
			var head [utf8.UTFMax]byte
			r, size := utf8.DecodeRune(head[:copy(head[:], s[i:])])
			switch {
			case r == utf8.RuneError && size == 1:
				b = append(b, s[start:i]...)
				b = append(b, `\ufffd`...)
				start = i + size
			case r == '\u2028' || r == '\u2029':
				b = append(b, s[start:i]...)
				b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
				start = i + size
			}
			i += size
		}
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// load8 packs s[i:i+8] little-endian.
func load8[S ~string | ~[]byte](s S, i int) uint64 {
	s = s[i : i+8] // one bounds check for the eight loads
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// plainASCII8 says whether the eight bytes packed in v are all ASCII that
// appendString copies as they are: no control character, '"' or '\\'.
// (The tests are the exact word-at-a-time ones of "Bit Twiddling Hacks":
// a byte below n, a zero byte after xor with the byte looked for.)
func plainASCII8(v uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below := (v - ones*0x20) &^ v
	quote := v ^ ones*'"'
	slash := v ^ ones*'\\'
	return (v|below|(quote-ones)&^quote|(slash-ones)&^slash)&highs == 0
}

// jsonSafe says which ASCII bytes appendString copies as they are: all but
// control characters, '"' and '\\'.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendEscape appends the escape of an ASCII byte.
func appendEscape(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
}
