package extract

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"

	"github.com/unkg/unkg/rules"
)

// folder folds text for matching: NFKD, combining marks removed (Latin
// accents, Arabic diacritics, hamza on alef/waw/yeh), lower case, Arabic
// letter variants unified, Arabic-Indic digits to ASCII, quotes and dashes
// unified, tatweel and format characters dropped. Whitespace runs become one
// space, removed between Han characters; Russian words lose their inflectional
// ending. The result maps back (normText.orig) to the text it came from.
type folder struct {
	bmp  []string // fold of each BMP rune; "\x00" marks "unchanged"
	kind []uint8  // what each BMP rune is (runePlain, runeWord, ...): one lookup for the questions asked of every rune
	// The morphology hook of Cyrillic words: endings[n] holds the endings of
	// n letters the profiles of Cyrillic languages list, cut longest first,
	// keeping stemMin letters.
	endings []map[string]bool
	stemMin int
	keeps   []string // stems no cut may shorten (stem_keep.go)
	// chars fold one character to another of the same script before
	// anything else (Traditional Chinese 國 to Simplified 国, from OpenCC).
	chars map[rune]rune
	// cyr is, for each rune of U+0400 to U+04FF, the Cyrillic letter it
	// folds to alone (lower case), 0 if it folds otherwise: the letters of
	// a Russian word are written by cyrRun, not one by one by emitRune.
	cyr [0x100]rune
}

// Rune kinds, as bits of folder.kind.
const (
	runePlain   = 1 << iota // non-ASCII, folds to itself, neither Han, Cyrillic, white space nor punctuation: copied as is
	runeWord                // letter or digit, not Han (isWordRune)
	runeLetter              // unicode.IsLetter
	runeHan                 // isHanish
	runeHanJoin             // joinsHan
	runeCopy                // folds to itself and needs no handling outside white space: runePlain and most Han
)

// is says whether r is of kind k.
func (f *folder) is(r rune, k uint8) bool {
	if r >= 0 && r < 0x10000 {
		return f.kind[r]&k != 0
	}
	return runeKind(r)&k != 0
}

// runeKind computes the kind bits of r.
func runeKind(r rune) uint8 {
	var k uint8
	if isWordRune(r) {
		k |= runeWord
	}
	if unicode.IsLetter(r) {
		k |= runeLetter
	}
	if isHanish(r) {
		k |= runeHan
	}
	if joinsHan(r) {
		k |= runeHanJoin
	}
	return k
}

const keep = "\x00"

// newFolder is the folder of the built-in language profiles.
func newFolder() *folder { return builtinFolder() }

// builtinFolder is made once: its tables take 1.3 MB and a few milliseconds.
var builtinFolder = sync.OnceValue(func() *folder {
	set, err := rules.Builtin()
	if err != nil {
		panic(fmt.Sprintf("built-in rules: %v", err)) // the embedded rules are checked by the rules tests
	}
	return newFolderFor(set)
})

// FoldText folds s as extraction folds a document before matching rule names
// (case, accents, Arabic letter variants, Russian endings, white space, and
// Traditional to Simplified Chinese), with the built-in language profiles: the
// one fold query-time name lookup must share with extraction.
func FoldText(s string) string { return builtinFolder().foldString(s) }

func newFolderFor(set *rules.Set) *folder {
	f := &folder{bmp: make([]string, 0x10000), kind: make([]uint8, 0x10000), chars: map[rune]rune{}}
	for _, e := range set.Kind("chars") {
		from, _ := utf8.DecodeRuneInString(e.Key)
		to, _ := utf8.DecodeRuneInString(e.Text)
		f.chars[from] = to
	}
	for _, p := range set.Profiles() {
		if p.Script != "Cyrillic" || len(p.Endings) == 0 {
			continue
		}
		f.stemMin = max(f.stemMin, p.StemMin)
		f.keeps = append(f.keeps, p.StemKeep...)
		for _, e := range p.Endings {
			n := utf8.RuneCountInString(e)
			for len(f.endings) <= n {
				f.endings = append(f.endings, nil)
			}
			if f.endings[n] == nil {
				f.endings[n] = map[string]bool{}
			}
			f.endings[n][e] = true
		}
	}
	defer f.cyrTable()
	for r := rune(0); r < 0x10000; r++ {
		f.bmp[r] = f.foldRune(r)
		f.kind[r] = runeKind(r)
		if r >= utf8.RuneSelf && f.bmp[r] == keep && !isHanish(r) && !(r >= 0x0400 && r <= 0x04FF) &&
			!(r >= 0x0600 && r <= 0x06FF && !unicode.IsLetter(r)) && !(r < 0x250 && unicode.IsPunct(r)) {
			f.kind[r] |= runePlain
		}
		if f.kind[r]&runePlain != 0 || r >= utf8.RuneSelf && f.kind[r]&runeHan != 0 && f.bmp[r] == keep {
			f.kind[r] |= runeCopy
		}
	}
	return f
}

// cyrTable fills f.cyr from the folds and kinds of the runes.
func (f *folder) cyrTable() {
	for r := rune(0x0400); r <= 0x04FF; r++ {
		fr := r
		if s := f.bmp[r]; s != keep {
			var n int
			if fr, n = utf8.DecodeRuneInString(s); n != len(s) {
				continue
			}
		}
		if f.kind[r]&runeLetter != 0 && fr >= 0x0400 && fr <= 0x04FF && f.kind[fr]&runeLetter != 0 {
			f.cyr[r-0x0400] = fr
		}
	}
}

// cyrRun writes, from src[i] on, the Cyrillic letters that fold to one
// Cyrillic letter each, as emitRune would one by one (the word opened, the
// letters counted, the bytes mapped to theirs), and returns where they end.
// The caller makes sure no white space is pending.
func (n *normalizer) cyrRun(src []byte, i int) int {
	start := i
	out := n.out
	for i+1 < len(src) {
		c, d := src[i], src[i+1]
		if c < 0xD0 || c > 0xD3 || d&0xC0 != 0x80 {
			break
		}
		fr := n.f.cyr[int(c&0x03)<<6|int(d&0x3F)]
		if fr == 0 {
			break
		}
		if i == start {
			if n.cyr < 0 {
				n.cyr = len(out)
			}
			n.copied(i) // a letter for a letter of two bytes: the bytes map one to one
			out = n.out
		}
		out = append(out, byte(0xC0|fr>>6), byte(0x80|fr&0x3F))
		n.last = fr
		i += 2
	}
	n.out = out
	n.cyrillic += (i - start) / 2
	return i
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

func (f *folder) foldRune(r rune) string {
	if to, ok := f.chars[r]; ok {
		r = to
		if s := foldRune(r); s != keep {
			return s
		}
		return string(r)
	}
	return foldRune(r)
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
	return f.foldRune(r)
}

// normText is folded text with the way back to the text it came from.
type normText struct {
	s     string
	buf   []byte    // the bytes of s, kept for reuse by normalizeInto
	off   offsetMap // normalized offsets to source offsets
	lines []int     // offsets in s where the source had a line break
	marks []int     // offsets in s of . ! ? ; and " (sentence ends and quotes, for later stages)
	// Letters by script, for telling the language.
	latin, arabic, han, cyrillic int
	controls                     int  // C0 control characters other than white space
	invalid                      bool // the input was not valid UTF-8
}

// offsetMap maps normalized offsets back to source offsets. It is sparse:
// most of a text is copied byte for byte (lower-case letters, Arabic, Han), so
// a segment starts only where that stops (a folded letter of another length,
// white space collapsed, a mark dropped, a Russian ending cut). Lookups are a
// few hundred per document; writing an offset for every byte cost more.
type offsetMap struct {
	norm []int32 // where each segment starts in the normalized text, ascending
	// src is the source offset of each segment's first byte. A segment
	// marked whole (the top bit) maps all its bytes to that one offset: the
	// rune it was folded from.
	src    []int32
	srcLen int
	// block[b] is the segment holding normalized offset b<<blockShift: a
	// lookup searches only the segments of one block.
	block []int32
}

const blockShift = 6

// index fills block, once the text of n bytes is written.
func (m *offsetMap) index(n int) {
	m.block = m.block[:0]
	k := 0
	for at := 0; at < n; at += 1 << blockShift {
		for k+1 < len(m.norm) && int(m.norm[k+1]) <= at {
			k++
		}
		m.block = append(m.block, int32(k))
	}
}

const wholeRune = -1 << 31

// orig is the source offset of the rune that made normalized byte i;
// len(s) maps to the end of the source.
func (t *normText) orig(i int) int {
	if i >= len(t.s) {
		return t.off.srcLen
	}
	m := &t.off
	// The last segment starting at or before i lies between the segments
	// holding the starts of i's block and of the next.
	b := i >> blockShift
	lo, hi := int(m.block[b]), len(m.norm)
	if b+1 < len(m.block) {
		hi = int(m.block[b+1]) + 1
	}
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if int(m.norm[mid]) <= i {
			lo = mid
		} else {
			hi = mid
		}
	}
	start, src := int(m.norm[lo]), m.src[lo]
	if src < 0 {
		return int(src &^ wholeRune)
	}
	// A copied segment has the source's rune boundaries: back up to the rune's first byte.
	for i > start && t.s[i]&0xC0 == 0x80 {
		i--
	}
	return int(src) + i - start
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
	src     []byte
	out     []byte
	off     offsetMap
	lines   []int
	marks   []int
	pending bool // white space seen and not yet written
	newline bool // ... and it held a line break
	spaceAt int  // source offset of the pending white space
	last    rune // last rune written, -1 at the start
	cyr     int  // where the Cyrillic word being written starts in out, -1 if none

	latin, arabic, han, cyrillic int
	controls                     int  // C0 control characters other than white space
	invalid                      bool // the input is not valid UTF-8
}

// asciiCopy is what copyRun writes for each ASCII byte it copies (upper-case
// letters folded), 0 for the bytes it leaves to the per-rune path: white
// space, control characters and the marks . ! ? ; " that later stages look for.
var asciiCopy = func() (t [utf8.RuneSelf]byte) {
	for c := byte(0x21); c < utf8.RuneSelf; c++ {
		t[c] = c
		if 'A' <= c && c <= 'Z' {
			t[c] = c + 'a' - 'A'
		}
	}
	t[0x7F] = 0
	for _, c := range []byte(".!?;\"") {
		t[c] = 0
	}
	return t
}()

// asciiRun is, for each byte, what copyFast's run of ASCII writes for it
// (asciiCopy) with 1<<8 added for a Latin letter (a lower-case one as
// written), 0 for a byte that ends the run (one asciiCopy leaves, or no
// ASCII): one load a byte, no bounds check, tells all three.
var asciiRun = func() (t [256]uint16) {
	for c, b := range asciiCopy {
		t[c] = uint16(b)
		if 'a' <= b && b <= 'z' {
			t[c] |= 1 << 8
		}
	}
	return t
}()

// copyRun copies, from src[i] on, the run of text that folds to itself and
// needs no word or space handling (ASCII letters, digits and most
// punctuation, most Arabic, Latin and Han letters), the bulk of a document,
// and returns where the run ends. The caller makes sure no white space is
// pending and no Cyrillic word is open.
func (n *normalizer) copyRun(src []byte, i int) int {
	n.copied(i)
	// The run copies byte for byte: it fits in what is left of src.
	if rest := len(src) - i; cap(n.out)-len(n.out) < rest {
		n.out = slices.Grow(n.out, rest)
	}
	kind := (*[0x10000]uint8)(n.f.kind)
	for i < len(src) {
		k := len(n.out)
		var j int
		var check bool
		j, n.last, n.latin, n.arabic, n.han, check = copyFast(kind, src[i:], n.out[k:k+len(src)-i], n.last, n.latin, n.arabic, n.han)
		n.out = n.out[:k+j]
		i += j
		if !check || !n.spaceCopies(src, i) {
			break
		}
		n.out = append(n.out, ' ') // within the capacity grown above
		n.last = ' '
		i++
	}
	return i
}

// copyFast is copyRun's loop: it copies s to dst (as long) and returns the
// bytes copied, the last rune and the letter counts. A space whose fate
// needs more than its tables (a last rune beyond the BMP, a next rune of
// another form) stops it with check set, at the space. It makes no call,
// so its state stays in registers.
func copyFast(kind *[0x10000]uint8, s, dst []byte, last rune, latin, arabic, han int) (int, rune, int, int, int, bool) {
	if len(s) == 0 {
		return 0, last, latin, arabic, han, false
	}
	_ = dst[len(s)-1]
	j := 0
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if asciiCopy[c] == 0 {
				if c != ' ' || j+1 == len(s) || last < 0 {
					break
				}
				if mayBeHan(last) {
					if last >= 0x10000 {
						return j, last, latin, arabic, han, true
					}
					if kind[last]&runeHan != 0 {
						break
					}
				}
				// One space between words that do not join as Han text does.
				if next := s[j+1]; next < utf8.RuneSelf {
					if asciiCopy[next] == 0 {
						break
					}
				} else if next >= 0xC2 && next < 0xE0 && j+2 < len(s) && s[j+2]&0xC0 == 0x80 {
					if r := rune(next&0x1F)<<6 | rune(s[j+2]&0x3F); kind[r]&(runeCopy|runeHan) != runeCopy {
						break
					}
				} else {
					return j, last, latin, arabic, han, true
				}
				// at most once in a row: what follows is copied
				dst[j] = ' '
				last = ' '
				j++
				continue
			}
			// The run of ASCII bytes from here, in a loop of few live
			// values: the letters counted from the same load. Eight bytes
			// of letters, digits and spaces, each space between two of the
			// others, are copied at once (what the byte loop and the space
			// branch above write for them: a letter folded to lower case by
			// the 0x20 bit, which a digit and a space have already, a
			// space after a letter or digit, which is no Han rune, before
			// one asciiCopy copies); past eight that are not, one byte at
			// a time. (TestCopyFast checks it against the byte loop.)
			k := j
		run:
			for k < len(s) {
				if k+8 <= len(s) {
					// (written out: a call would cost what it saves)
					const ones, high = 0x0101010101010101, 0x8080808080808080
					v := binary.LittleEndian.Uint64(s[k : k+8])
					x := v | ones*0x20
					letter := (x + ones*(0x80-'a')) &^ (x + ones*(0x7F-'z')) & high
					digit := (v + ones*(0x80-'0')) &^ (v + ones*(0x7F-'9')) & high
					space := (v + ones*(0x80-' ')) &^ (v + ones*(0x7F-' ')) & high
					if v&high == 0 && letter|digit|space == high && space&(0x80|0x80<<56) == 0 && space&(space>>8) == 0 {
						binary.LittleEndian.PutUint64(dst[k:k+8], x)
						latin += bits.OnesCount64(letter)
						k += 8
						continue
					}
					for end := k + 8; k < end; k++ {
						v := asciiRun[s[k]]
						if v == 0 {
							break run
						}
						dst[k] = byte(v)
						latin += int(v >> 8)
					}
					continue
				}
				v := asciiRun[s[k]]
				if v == 0 {
					break
				}
				dst[k] = byte(v)
				latin += int(v >> 8)
				k++
			}
			last = rune(dst[k-1])
			j = k
			continue
		}
		// Two- and three-byte forms written out; anything else is left to
		// the per-rune path.
		if c >= 0xC2 && c < 0xE0 && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
			r := rune(c&0x1F)<<6 | rune(s[j+1]&0x3F)
			if kind[r]&runeCopy == 0 {
				break
			}
			if r >= 0x0600 && r <= 0x06FF {
				arabic++
			}
			dst[j], dst[j+1] = c, s[j+1]
			last = r
			j += 2
			continue
		}
		if c >= 0xE1 && c < 0xED && j+2 < len(s) && s[j+1]&0xC0 == 0x80 && s[j+2]&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(s[j+1]&0x3F)<<6 | rune(s[j+2]&0x3F)
			if kind[r]&runeCopy == 0 {
				break
			}
			if r >= 0x4E00 && r <= 0x9FFF {
				han++
			}
			dst[j], dst[j+1], dst[j+2] = c, s[j+1], s[j+2]
			last = r
			j += 3
			continue
		}
		break
	}
	return j, last, latin, arabic, han, false
}

// spaceCopies says whether copyRun copies the space at src[i], the full
// test of what copyFast leaves to it.
func (n *normalizer) spaceCopies(src []byte, i int) bool {
	if i+1 >= len(src) || src[i] != ' ' || n.last < 0 || mayBeHan(n.last) && n.f.is(n.last, runeHan) {
		return false
	}
	if next := src[i+1]; next < utf8.RuneSelf {
		return asciiCopy[next] != 0
	}
	return n.copiesAfterSpace(src[i+1:])
}

// mayBeHan is a quick test before the table: the Han-like runes isHanish
// counts are all from U+2E80 on, but for the middle dot.
func mayBeHan(r rune) bool { return r >= 0x2E80 || r == '·' }

// copiesAfterSpace says whether copyRun copies the start of next, which
// follows a single space, and it is not Han.
func (n *normalizer) copiesAfterSpace(next []byte) bool {
	if c := next[0]; c < utf8.RuneSelf {
		return asciiCopy[c] != 0
	}
	r, _ := decodeRune(next, 0)
	return r < 0x10000 && n.f.kind[r]&(runeCopy|runeHan) == runeCopy && r != utf8.RuneError
}

// normalize folds src. Matching happens on the result, reporting on src.
func (f *folder) normalize(src []byte) *normText {
	return f.normalizeInto(src, nil)
}

// normalizeInto is normalize writing into the buffers of buf (from an
// earlier result no longer used), so that a stream of documents does not
// allocate them anew each time.
func (f *folder) normalizeInto(src []byte, buf *normText) *normText {
	n := &normalizer{f: f, src: src, last: -1, cyr: -1}
	switch {
	case buf != nil:
		// The lists are reused whatever the text's size; the text's
		// buffer when it is large enough, else a new one with room to
		// spare (up to 1 MB), so that documents of mixed sizes do not make
		// a new one (and new lists, grown from nothing) one in two.
		n.lines, n.marks = buf.lines[:0], buf.marks[:0]
		n.off = offsetMap{norm: buf.off.norm[:0], src: buf.off.src[:0], block: buf.off.block[:0]}
		if cap(buf.buf) >= len(src)+16 {
			n.out = buf.buf[:0]
		} else {
			n.out = make([]byte, 0, max(len(src)+16, min(2*cap(buf.buf), 1<<20)))
		}
	default:
		n.out = make([]byte, 0, len(src)+16)
	}
	n.off.srcLen = len(src)
	for i := 0; i < len(src); {
		if !n.pending && n.cyr < 0 {
			if i = n.copyRun(src, i); i == len(src) {
				break
			}
		}
		c := src[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				n.space(i, false)
			case c == '\n':
				n.space(i, true)
			default:
				if c < 0x20 {
					n.controls++
				}
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				if n.pending || n.cyr >= 0 || c == '.' || c == '!' || c == '?' || c == ';' || c == '"' {
					n.emitRune(rune(c), i, 1)
				} else {
					if 'a' <= c && c <= 'z' {
						n.latin++
					}
					n.copied(i)
					n.out = append(n.out, c)
					n.last = rune(c)
				}
			}
			i++
			continue
		}
		if c >= 0xD0 && c <= 0xD3 && !n.pending {
			if j := n.cyrRun(src, i); j > i {
				i = j
				continue
			}
		}
		r, size := decodeRune(src, i)
		if r == utf8.RuneError && size == 1 {
			n.invalid = true
		}
		if r < 0x10000 && f.kind[r]&runePlain != 0 && !n.pending && n.cyr < 0 {
			// Folds to itself and needs no space or word handling: copy it.
			switch {
			case r >= 0x0600 && r <= 0x06FF:
				n.arabic++
			case r >= 0x4E00 && r <= 0x9FFF:
				n.han++
			}
			n.copied(i)
			n.out = append(n.out, src[i:i+size]...)
			n.last = r
			i += size
			continue
		}
		switch s := f.fold(r); s {
		case keep:
			n.emitRune(r, i, size)
		case " ":
			n.space(i, r == '\u2028' || r == '\u2029' || r == 0x85)
		default:
			if fr, n1 := utf8.DecodeRuneInString(s); n1 == len(s) && n1 == size {
				// One rune for one of the same length (國 to 国): the bytes map one to one.
				n.emitRune(fr, i, size)
				break
			}
			for _, fr := range s {
				if fr != ' ' {
					n.emitRune(fr, i, 0)
				}
			}
		}
		i += size
	}
	n.endWord()
	n.off.index(len(n.out))
	// out is never written again: the string shares its bytes instead of copying them.
	return &normText{s: unsafe.String(unsafe.SliceData(n.out), len(n.out)), buf: n.out, off: n.off, lines: n.lines, marks: n.marks,
		latin: n.latin, arabic: n.arabic, han: n.han, cyrillic: n.cyrillic, controls: n.controls, invalid: n.invalid}
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
		k := n.cyr + n.f.stem(n.out[n.cyr:])
		n.out = n.out[:k]
		for m := &n.off; len(m.norm) > 0 && int(m.norm[len(m.norm)-1]) >= k; {
			m.norm, m.src = m.norm[:len(m.norm)-1], m.src[:len(m.src)-1]
		}
		n.cyr = -1
	}
}

// emitRune writes r, folded from the source rune at at. size is that rune's
// length when r replaces it alone, 0 when it is one of several runes folded
// from it.
func (n *normalizer) emitRune(r rune, at, size int) {
	if n.pending {
		f := n.f
		if n.last >= 0 && !(f.is(n.last, runeHan) && f.is(r, runeHanJoin)) && !(f.is(n.last, runeHanJoin) && f.is(r, runeHan)) {
			if n.src[n.spaceAt] < utf8.RuneSelf {
				n.copied(n.spaceAt)
			} else {
				n.whole(n.spaceAt)
			}
			n.out = append(n.out, ' ')
		}
		if n.newline {
			n.lines = append(n.lines, len(n.out))
		}
		n.pending, n.newline = false, false
	}
	if r >= 0x0400 && r <= 0x04FF && n.f.kind[r]&runeLetter != 0 {
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
	if size == utf8.RuneLen(r) {
		n.copied(at)
	} else {
		n.whole(at)
	}
	n.out = utf8.AppendRune(n.out, r)
	n.last = r
}

// copied says that the bytes written next copy the source from at on, byte
// for byte with the same rune boundaries, continuing the last segment if it
// does just that.
func (n *normalizer) copied(at int) {
	m := &n.off
	if k := len(m.norm) - 1; k >= 0 && m.src[k] >= 0 && int(m.src[k])+len(n.out)-int(m.norm[k]) == at {
		return
	}
	n.segment(int32(at))
}

// whole says that the bytes written next all come from the source rune at at.
func (n *normalizer) whole(at int) {
	m := &n.off
	if k := len(m.norm) - 1; k >= 0 && m.src[k] == int32(at)|wholeRune {
		return
	}
	n.segment(int32(at) | wholeRune)
}

func (n *normalizer) segment(src int32) {
	m := &n.off
	if k := len(m.norm) - 1; k >= 0 && int(m.norm[k]) == len(n.out) {
		m.src[k] = src // nothing was written in the last segment
		return
	}
	m.norm = append(m.norm, int32(len(n.out)))
	m.src = append(m.src, src)
}

// stem returns the length of word (lower-case Cyrillic letters, two bytes
// each in UTF-8) without its ending; at least stemMin letters stay. Suffix
// stripping cannot meet every pair (Китай gives кита, Китая gives кит): the
// rules list such forms.
func (f *folder) stem(word []byte) int {
	letters := len(word) / 2
	for n := len(f.endings) - 1; n >= 1; n-- {
		if letters-n < f.stemMin {
			continue
		}
		if f.endings[n][string(word[len(word)-2*n:])] && f.cutAllowed(word, len(word)-2*n) {
			return len(word) - 2*n
		}
	}
	return len(word)
}

// foldAll folds each of ws.
func (f *folder) foldAll(ws []string) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		// A Traditional spelling folds to its Simplified one: keep one.
		if w = f.foldString(w); !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// foldString folds a rule phrase the way normalize folds text.
func (f *folder) foldString(s string) string {
	return f.normalize([]byte(s)).s
}
