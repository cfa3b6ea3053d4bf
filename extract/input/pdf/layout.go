package pdf

import (
	"bytes"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/unkg/unkg/extract/input"
)

// Furniture of UN documents, a line each: job numbers "18-16895 (E)", bar
// codes "*1816895*", print dates "241018", page numbers "2/10", the
// footnote rule.
var (
	jobNumber  = regexp.MustCompile(`^\d{2}-\d{5}(\s*\([A-Z]\))?$`)
	barCode    = regexp.MustCompile(`^\*\d{5,}\*$`)
	printDate  = regexp.MustCompile(`^\d{6}$`)
	pageNumber = regexp.MustCompile(`^\d{1,4}(\s*/\s*\d{1,4})?$`)
	rule       = regexp.MustCompile(`^[_\-–—]{5,}$`)
)

// Zones of a page where running headers and footers stand, as fractions of
// its height: ODS documents print them within the top 8 % and bottom 7 %.
const (
	headerZone = 0.09
	footerZone = 0.92
)

// furniture says whether line l on page p (1-based) is page furniture. body
// is the page's usual word height: headers and footers are set smaller.
func furniture(l Line, p int, pg *Page, body float64) bool {
	t := strings.TrimSpace(l.text())
	if jobNumber.MatchString(t) || barCode.MatchString(t) || rule.MatchString(t) {
		return true
	}
	small := l.yMax()-l.yMin() < 0.9*body
	if p > 1 && l.yMax() < headerZone*pg.Height && small {
		return true // running header: title and symbol
	}
	if l.yMin() > footerZone*pg.Height && (small || pageNumber.MatchString(t) || printDate.MatchString(t)) {
		return true
	}
	return false
}

// marker says whether w is a footnote marker: a short number (or *, †)
// set much smaller than the text around it.
func marker(w Word, body float64) bool {
	if w.height() >= 0.7*body || utf8.RuneCountInString(w.Text) > 3 {
		return false
	}
	for _, r := range w.Text {
		if !unicode.IsDigit(r) && !strings.ContainsRune("*†‡§", r) {
			return false
		}
	}
	return true
}

// bodyHeight is the median word height of a page.
func bodyHeight(pg *Page) float64 {
	var hs []float64
	for _, b := range pg.Blocks {
		for _, l := range b.Lines {
			for _, w := range l.Words {
				hs = append(hs, w.height())
			}
		}
	}
	if len(hs) == 0 {
		return 0
	}
	sort.Float64s(hs)
	return hs[len(hs)/2]
}

// gapJoin is the share of a page's usual word gap (relative to the word
// height) under which two words are one split by the typesetter ("Confere
// nce", "Amer ica"). Measured on the ODS resolutions: spaces stand 0.2 to
// 0.6 of the height apart (median about 0.3), split words under 0.14; in
// Chromium's PDFs, whose boxes are taller, spaces stand 0.085 apart.
const gapJoin = 0.5

// maxJoin caps the join gap: on a page set in one size, half the usual gap
// can pass the gap of a space in a heading set larger ("General Assembly",
// 0.156 of its height).
const maxJoin = 0.14

// Layout lays out the words of doc as text: a block (paragraph) a line, as
// the corpus's text files hold them, for a line end ends a sentence; a line
// ending in a hyphen joined to the next without a space; furniture and footnote markers left out, right-to-left lines in
// reading order, presentation forms folded to letters.
func Layout(doc *Doc) (*input.Decoded, error) {
	var b bytes.Buffer
	pages := make([]int, 0, len(doc.Pages))
	words := 0
	for pi := range doc.Pages {
		pg := &doc.Pages[pi]
		if b.Len() > 0 {
			b.WriteString(pageBreak(b.Bytes()))
		}
		pages = append(pages, b.Len())
		body := bodyHeight(pg)
		mergeOrphans(pg)
		join := min(gapJoin*usualGap(pg), maxJoin)
		left, right := column(pg)
		for _, bl := range pg.Blocks {
			wrote := false
			var last []Word // the previous line's words
			for _, l := range bl.Lines {
				if len(l.Words) == 0 || furniture(l, pi+1, pg, body) {
					continue
				}
				kept := l.Words[:0:0]
				for _, w := range l.Words {
					if !marker(w, body) {
						kept = append(kept, w)
					}
				}
				if len(kept) == 0 {
					continue
				}
				rtl := rtlLine(texts(kept))
				lt := lineText(kept, join)
				switch {
				case wrote && hyphenEnd(b.Bytes()):
				case wrote && wrapped(last, kept, left, right, rtl, join*body):
					if !cjkJoin(b.Bytes(), lt) {
						b.WriteByte(' ')
					}
				case wrote:
					b.WriteByte('\n')
				case b.Len() > 0 && pages[len(pages)-1] != b.Len():
					b.WriteByte('\n')
				}
				b.WriteString(lt)
				wrote, last = true, kept
				words += len(kept)
			}
		}
	}
	if words == 0 {
		return nil, input.ErrNoText
	}
	return &input.Decoded{Text: b.Bytes(), Pages: pages}, nil
}

// column is the left and right edge of the page's text: the 10th and 90th
// percentiles of the edges of its lines of three words or more.
func column(pg *Page) (float64, float64) {
	var ls, rs []float64
	for _, bl := range pg.Blocks {
		for _, l := range bl.Lines {
			if len(l.Words) >= 3 {
				ls = append(ls, l.Words[0].XMin)
				rs = append(rs, l.Words[len(l.Words)-1].XMax)
			}
		}
	}
	if len(ls) == 0 {
		return 0, pg.Width
	}
	sort.Float64s(ls)
	sort.Float64s(rs)
	return ls[len(ls)/10], rs[len(rs)*9/10]
}

// wrapped says whether the typesetter broke the line prev because the next
// word did not fit (the paragraph goes on: joined with a space), rather
// than because the text has a line end there (a heading, an address line:
// kept). The next line's first word in reading order (rightmost in a
// right-to-left line) would have fit in the room left at the end of prev.
func wrapped(prev, next []Word, left, right float64, rtl bool, space float64) bool {
	if len(prev) == 0 || len(next) == 0 {
		return true
	}
	room := right - prev[len(prev)-1].XMax
	first := next[0]
	if rtl {
		room = prev[0].XMin - left
		first = next[len(next)-1]
	}
	return first.XMax-first.XMin+space > room
}

func texts(ws []Word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Text
	}
	return out
}

// usualGap is the median gap between words on a line of the page, as a
// share of their height; 0.28 (the ODS figure) on a page without gaps.
func usualGap(pg *Page) float64 {
	var gs []float64
	for _, bl := range pg.Blocks {
		for _, l := range bl.Lines {
			for i := 1; i < len(l.Words); i++ {
				a, w := l.Words[i-1], l.Words[i]
				if h := max(a.height(), w.height()); h > 0 {
					gs = append(gs, gap(a, w)/h)
				}
			}
		}
	}
	if len(gs) < 5 {
		return 0.28
	}
	sort.Float64s(gs)
	return gs[len(gs)/2]
}

// mergeOrphans puts the lines of one or two words that Poppler split off
// their line (a quote or slash set in a fallback font, whose box differs)
// back into the line of more words whose vertical centre is nearest theirs,
// when it overlaps them.
func mergeOrphans(pg *Page) {
	type ref struct{ b, l int }
	var hosts []ref
	for bi := range pg.Blocks {
		for li, l := range pg.Blocks[bi].Lines {
			if len(l.Words) > 2 {
				hosts = append(hosts, ref{bi, li})
			}
		}
	}
	centre := func(l Line) float64 { return (l.yMin() + l.yMax()) / 2 }
	for bi := range pg.Blocks {
		for li := range pg.Blocks[bi].Lines {
			o := &pg.Blocks[bi].Lines[li]
			if len(o.Words) == 0 || len(o.Words) > 2 || hasLetters(*o) {
				continue
			}
			c := centre(*o)
			best, dist := -1, 0.0
			for k, h := range hosts {
				hl := pg.Blocks[h.b].Lines[h.l]
				if c < hl.yMin() || c > hl.yMax() {
					continue
				}
				if d := abs(centre(hl) - c); best < 0 || d < dist {
					best, dist = k, d
				}
			}
			if best < 0 {
				continue
			}
			h := &pg.Blocks[hosts[best].b].Lines[hosts[best].l]
			h.Words = append(h.Words, o.Words...)
			sort.SliceStable(h.Words, func(i, j int) bool { return h.Words[i].XMin < h.Words[j].XMin })
			o.Words = nil
		}
	}
}

func abs(f float64) float64 { return max(f, -f) }

func hasLetters(l Line) bool {
	for _, w := range l.Words {
		for _, r := range w.Text {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return true
			}
		}
	}
	return false
}

// lineText is the text of a line's words (in the order of their boxes, left
// to right): words less than join apart (relative to their height) are one;
// a line of mostly right-to-left letters reads right to left, its words
// turned the right way when the PDF stores them in visual order.
func lineText(ws []Word, join float64) string {
	var toks []string
	var cur strings.Builder
	for i, w := range ws {
		if i > 0 && gap(ws[i-1], w) >= join*max(ws[i-1].height(), w.height()) {
			toks = append(toks, cur.String())
			cur.Reset()
		}
		cur.WriteString(w.Text)
	}
	toks = append(toks, cur.String())
	if rtlLine(toks) {
		toks = rtlOrder(toks, visualWords(toks))
	}
	for i, t := range toks {
		toks[i] = letters(t)
	}
	return strings.Join(toks, " ")
}

// gap is the space between two boxes on a line, whichever way it reads.
func gap(a, b Word) float64 {
	return max(b.XMin-a.XMax, a.XMin-b.XMax)
}

// hyphenEnd says whether text ends in a letter and a hyphen: a compound
// broken at the line end, joined again with its hyphen.
func hyphenEnd(text []byte) bool {
	n := len(text)
	if n < 2 || text[n-1] != '-' {
		return false
	}
	r, _ := utf8.DecodeLastRune(text[:n-1])
	return unicode.IsLetter(r)
}

// letters folds Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) and the
// lam-alef ligatures to letters (NFKC).
func letters(w string) string {
	if !hasForms(w) {
		return w
	}
	var b strings.Builder
	for _, r := range w {
		if isForm(r) {
			b.WriteString(norm.NFKC.String(string(r)))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isForm(r rune) bool {
	return (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF)
}

func hasForms(w string) bool {
	for _, r := range w {
		if isForm(r) {
			return true
		}
	}
	return false
}

// pageBreak is what joins two pages: a space where a sentence runs on to
// the next page, a line end after a finished one.
func pageBreak(text []byte) string {
	r, _ := utf8.DecodeLastRune(bytes.TrimRight(text, " \n"))
	if strings.ContainsRune(".;:!?。；：！？", r) {
		return "\n"
	}
	return " "
}

// cjkJoin says whether a line wrapped between two Chinese or Japanese
// characters, which join without a space.
func cjkJoin(before []byte, after string) bool {
	a, _ := utf8.DecodeLastRune(before)
	c, _ := utf8.DecodeRuneInString(after)
	return cjk(a) && cjk(c)
}

func cjk(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}
