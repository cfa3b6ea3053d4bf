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
	bmp []string // fold of each BMP rune; "\x00" marks "unchanged"
}

const keep = "\x00"

func newFolder() *folder {
	f := &folder{bmp: make([]string, 0x10000)}
	for r := rune(0); r < 0x10000; r++ {
		f.bmp[r] = foldRune(r)
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

// normalize folds src. Matching happens on the result, reporting on src.
func (f *folder) normalize(src []byte) *normText {
	out := make([]byte, 0, len(src)+16)
	off := make([]int32, 0, len(src)+17)
	var lines, marks []int
	var latin, arabic, han, cyr int
	var (
		pendingSpace      = false
		sawNewline        = false
		spaceAt           = 0
		last         rune = -1 // last rune written
		cyrStart          = -1 // where the Cyrillic word being written starts in out
	)
	endWord := func() {
		if cyrStart >= 0 {
			n := stemRussian(out[cyrStart:])
			out = out[:cyrStart+n]
			off = off[:cyrStart+n]
			cyrStart = -1
		}
	}
	emitRune := func(r rune, at int) {
		if pendingSpace {
			if last >= 0 && !(isHanish(last) && joinsHan(r)) && !(joinsHan(last) && isHanish(r)) {
				out = append(out, ' ')
				off = append(off, int32(spaceAt))
			}
			if sawNewline {
				lines = append(lines, len(out))
			}
			pendingSpace, sawNewline = false, false
		}
		if r >= 0x0400 && r <= 0x04FF && unicode.IsLetter(r) {
			if cyrStart < 0 {
				cyrStart = len(out)
			}
		} else if cyrStart >= 0 {
			endWord()
		}
		switch {
		case r >= 0x0600 && r <= 0x06FF:
			arabic++
		case r >= 0x0400 && r <= 0x04FF:
			cyr++
		case r >= 0x4E00 && r <= 0x9FFF:
			han++
		case r < 0x250:
			latin++
			if r == '.' || r == '!' || r == '?' || r == ';' || r == '"' {
				marks = append(marks, len(out))
			}
		}
		n := len(out)
		out = utf8.AppendRune(out, r)
		for k := n; k < len(out); k++ {
			off = append(off, int32(at))
		}
		last = r
	}
	emit := func(s string, at int) {
		for _, r := range s {
			if r != ' ' {
				emitRune(r, at)
			}
		}
	}
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				endWord()
				if !pendingSpace {
					spaceAt = i
				}
				pendingSpace = true
			case c == '\n':
				endWord()
				if !pendingSpace {
					spaceAt = i
				}
				pendingSpace, sawNewline = true, true
			default:
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				if pendingSpace || cyrStart >= 0 || c == '.' || c == '!' || c == '?' || c == ';' || c == '"' {
					emitRune(rune(c), i)
				} else {
					if 'a' <= c && c <= 'z' {
						latin++
					}
					out = append(out, c)
					off = append(off, int32(i))
					last = rune(c)
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		s := f.fold(r)
		switch s {
		case keep:
			emitRune(r, i)
		case " ":
			endWord()
			if !pendingSpace {
				spaceAt = i
			}
			pendingSpace = true
			if r == '\u2028' || r == '\u2029' || r == 0x85 {
				sawNewline = true
			}
		default:
			emit(s, i)
		}
		i += size
	}
	endWord()
	off = append(off, int32(len(src)))
	// out is never written again: the string shares its bytes instead of copying them.
	return &normText{s: unsafe.String(unsafe.SliceData(out), len(out)), src: off, lines: lines, marks: marks,
		latin: latin, arabic: arabic, han: han, cyrillic: cyr}
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
