package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// folder folds text for matching: NFKD, combining marks removed (Latin
// accents, Arabic diacritics, hamza on alef/waw/yeh), lower case, Arabic
// letter variants unified, Arabic-Indic digits to ASCII, quotes and dashes
// unified, tatweel and format characters dropped. Whitespace runs become one
// space, removed between Han characters; Russian words lose their inflectional
// ending. The result maps back, byte by byte, to the text it came from.
type folder struct {
	bmp   []string // fold of each BMP rune; "\x00" marks "unchanged"
	plain []bool   // the rune folds to itself and is neither Han, Cyrillic nor white space
}

const keep = "\x00"

func newFolder() *folder {
	f := &folder{bmp: make([]string, 0x10000), plain: make([]bool, 0x10000)}
	for r := rune(0); r < 0x10000; r++ {
		f.bmp[r] = foldRune(r)
		f.plain[r] = r >= utf8.RuneSelf && f.bmp[r] == keep && !isHanish(r) && !(r >= 0x0400 && r <= 0x04FF) &&
			!(r >= 0x0600 && r <= 0x06FF && !unicode.IsLetter(r)) && !(r < 0x250 && unicode.IsPunct(r))
	}
	return f
}

// special maps runes that NFKD leaves alone but matching must unify.
var special = map[rune]string{
	'й': "й", 'Й': "й", // kept whole: Russian endings -ый, -ий, -ой are read with it
	'ى': "ي", 'ی': "ي", 'ة': "ه", 'ک': "ك", 'ٱ': "ا", 'ـ': "",
	'\u2018': "'", '\u2019': "'", '\u201B': "'", '\u02BC': "'", '`': "'", '´': "'",
	'\u201C': "\"", '\u201D': "\"", '\u201E': "\"", '«': "\"", '»': "\"", '\u2033': "\"",
	'\u2010': "-", '\u2011': "-", '\u2012': "-", '\u2013': "-", '\u2014': "-", '\u2015': "-", '\u2212': "-",
	'、': ",", '。': ".", '・': "·", '，': ",", '；': ";", '：': ":", '؛': ";", '،': ",", '؟': "?",
	'〇': "〇",
}

func foldRune(r rune) string {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return string(r + 'a' - 'A')
		}
		return keep
	}
	if s, ok := special[r]; ok {
		return s
	}
	if r >= 0x0660 && r <= 0x0669 {
		return string('0' + r - 0x0660)
	}
	if r >= 0x06F0 && r <= 0x06F9 {
		return string('0' + r - 0x06F0)
	}
	if unicode.IsSpace(r) {
		return " "
	}
	if unicode.Is(unicode.Cf, r) {
		return ""
	}
	var b strings.Builder
	for _, d := range norm.NFKD.String(string(r)) {
		if unicode.Is(unicode.Mn, d) {
			continue
		}
		if s, ok := special[d]; ok {
			b.WriteString(s)
			continue
		}
		if unicode.IsSpace(d) {
			b.WriteByte(' ')
			continue
		}
		b.WriteRune(unicode.ToLower(d))
	}
	out := b.String()
	if out == string(r) {
		return keep
	}
	return out
}

func (f *folder) fold(r rune) string {
	if r < 0x10000 {
		return f.bmp[r]
	}
	return foldRune(r)
}

// normText is folded text with the offset of each byte in the text it came from.
type normText struct {
	s     string
	buf   []byte  // the bytes of s, kept for reuse by normalizeInto
	src   []int32 // src[i]: offset in the source text of the rune that made byte i; len(s)+1 entries
	lines []int   // offsets in s where the source had a line break
	marks []int   // offsets in s of . ! ? ; and " (sentence ends and quotes, for later stages)
	// Letters by script, for telling the language.
	latin, arabic, han, cyrillic int
}

func isHanish(r rune) bool {
	if r < 0x2E80 {
		return r == '·'
	}
	return (r >= 0x4E00 && r <= 0x9FFF) || (r >= 0x3000 && r <= 0x303F) || unicode.Is(unicode.Han, r)
}

func joinsHan(r rune) bool {
	return isHanish(r) || ('0' <= r && r <= '9') || unicode.IsPunct(r)
}

// normalizer is the state of one normalize run.
type normalizer struct {
	f       *folder
	out     []byte
	off     []int32
	lines   []int
	marks   []int
	pending bool // white space seen and not yet written
	newline bool // ... and it held a line break
	spaceAt int  // source offset of the pending white space
	last    rune // last rune written, -1 at the start
	cyr     int  // where the Cyrillic word being written starts in out, -1 if none

	latin, arabic, han, cyrillic int
}

// normalize folds src. Matching happens on the result, reporting on src.
func (f *folder) normalize(src []byte) *normText {
	return f.normalizeInto(src, nil)
}

// normalizeInto is normalize writing into the buffers of buf (from an
// earlier result no longer used), so that a stream of documents does not
// allocate them anew each time.
func (f *folder) normalizeInto(src []byte, buf *normText) *normText {
	n := &normalizer{f: f, last: -1, cyr: -1}
	if buf != nil && cap(buf.buf) >= len(src)+16 && cap(buf.src) >= len(src)+17 {
		n.out, n.off, n.lines, n.marks = buf.buf[:0], buf.src[:0], buf.lines[:0], buf.marks[:0]
	} else {
		n.out, n.off = make([]byte, 0, len(src)+16), make([]int32, 0, len(src)+17)
	}
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				n.space(i, false)
			case c == '\n':
				n.space(i, true)
			default:
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				if n.pending || n.cyr >= 0 || c == '.' || c == '!' || c == '?' || c == ';' || c == '"' {
					n.emitRune(rune(c), i)
				} else {
					if 'a' <= c && c <= 'z' {
						n.latin++
					}
					n.out = append(n.out, c)
					n.off = append(n.off, int32(i))
					n.last = rune(c)
				}
			}
			i++
			continue
		}
		r, size := decodeRune(src, i)
		if r < 0x10000 && f.plain[r] && !n.pending && n.cyr < 0 {
			// Folds to itself and needs no space or word handling: copy it.
			switch {
			case r >= 0x0600 && r <= 0x06FF:
				n.arabic++
			case r >= 0x4E00 && r <= 0x9FFF:
				n.han++
			}
			n.out = append(n.out, src[i:i+size]...)
			for k := 0; k < size; k++ {
				n.off = append(n.off, int32(i))
			}
			n.last = r
			i += size
			continue
		}
		switch s := f.fold(r); s {
		case keep:
			n.emitRune(r, i)
		case " ":
			n.space(i, r == '\u2028' || r == '\u2029' || r == 0x85)
		default:
			for _, fr := range s {
				if fr != ' ' {
					n.emitRune(fr, i)
				}
			}
		}
		i += size
	}
	n.endWord()
	n.off = append(n.off, int32(len(src)))
	// out is never written again: the string shares its bytes instead of copying them.
	return &normText{s: unsafe.String(unsafe.SliceData(n.out), len(n.out)), buf: n.out, src: n.off, lines: n.lines, marks: n.marks,
		latin: n.latin, arabic: n.arabic, han: n.han, cyrillic: n.cyrillic}
}

// decodeRune decodes the multi-byte rune at src[i], the common two- and
// three-byte forms inline.
func decodeRune(src []byte, i int) (rune, int) {
	c := src[i]
	if c >= 0xC2 && c < 0xE0 && i+1 < len(src) && src[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(src[i+1]&0x3F), 2
	}
	if c >= 0xE1 && c < 0xED && c != 0xE0 && i+2 < len(src) && src[i+1]&0xC0 == 0x80 && src[i+2]&0xC0 == 0x80 {
		return rune(c&0x0F)<<12 | rune(src[i+1]&0x3F)<<6 | rune(src[i+2]&0x3F), 3
	}
	return utf8.DecodeRune(src[i:])
}

func (n *normalizer) space(at int, newline bool) {
	n.endWord()
	if !n.pending {
		n.spaceAt = at
	}
	n.pending = true
	n.newline = n.newline || newline
}

func (n *normalizer) endWord() {
	if n.cyr >= 0 {
		k := n.cyr + stemRussian(n.out[n.cyr:])
		n.out = n.out[:k]
		n.off = n.off[:k]
		n.cyr = -1
	}
}

func (n *normalizer) emitRune(r rune, at int) {
	if n.pending {
		if n.last >= 0 && !(isHanish(n.last) && joinsHan(r)) && !(joinsHan(n.last) && isHanish(r)) {
			n.out = append(n.out, ' ')
			n.off = append(n.off, int32(n.spaceAt))
		}
		if n.newline {
			n.lines = append(n.lines, len(n.out))
		}
		n.pending, n.newline = false, false
	}
	if r >= 0x0400 && r <= 0x04FF && unicode.IsLetter(r) {
		if n.cyr < 0 {
			n.cyr = len(n.out)
		}
	} else if n.cyr >= 0 {
		n.endWord()
	}
	switch {
	case r >= 0x0600 && r <= 0x06FF:
		n.arabic++
	case r >= 0x0400 && r <= 0x04FF:
		n.cyrillic++
	case r >= 0x4E00 && r <= 0x9FFF:
		n.han++
	case r < 0x250:
		n.latin++
		if r == '.' || r == '!' || r == '?' || r == ';' || r == '"' {
			n.marks = append(n.marks, len(n.out))
		}
	}
	k := len(n.out)
	n.out = utf8.AppendRune(n.out, r)
	for ; k < len(n.out); k++ {
		n.off = append(n.off, int32(at))
	}
	n.last = r
}

// russianEndings are stripped from the end of every Cyrillic word, longest
// first, so that case forms meet: Африканского союза and Африканский союз
// both become африканск союз.
var russianEndings = func() [][]byte {
	list := strings.Fields(`ями ами ого его ому ему ыми ими иях ием ией
		ый ий ой ая яя ое ее ые ие ую юю ым им ом ем ей ам ям ах ях ов ев ых их ия ии ию ья ье ью ьи
		а я о е ы и у ю ь й`)
	out := make([][]byte, len(list))
	for i, s := range list {
		out[i] = []byte(s)
	}
	return out
}()

// stemRussian returns the length of word (lower-case Cyrillic letters) without
// its ending; at least three letters stay. Suffix stripping cannot meet every
// pair (Китай gives кита, Китая gives кит): the rules list such forms.
func stemRussian(word []byte) int {
	runes := utf8.RuneCount(word)
	for _, e := range russianEndings {
		n := utf8.RuneCount(e)
		if len(word) > len(e) && string(word[len(word)-len(e):]) == string(e) && runes-n >= 3 {
			return len(word) - len(e)
		}
	}
	return len(word)
}

// foldString folds a rule phrase the way normalize folds text.
func (f *folder) foldString(s string) string {
	return f.normalize([]byte(s)).s
}
