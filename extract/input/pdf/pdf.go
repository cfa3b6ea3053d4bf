// Package pdf reads the text layer of a PDF with Poppler's pdftotext
// (-bbox-layout: every word with its box, in Poppler's reading order, which
// puts right-to-left lines in logical order) and lays the words out again as
// text without the page furniture of UN documents: the running header of
// pages after the first (title and symbol), page numbers, job numbers and bar
// codes, footnote markers and footnote rules.
//
// Poppler was chosen over PDFium (go-pdfium) by measurement: see
// BenchmarkEngines and the package README note in extract/input.
package pdf

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/unicode/runenames"

	"github.com/unkg/unkg/extract/input"
)

// Program is the text-layer engine run for each PDF.
const Program = "pdftotext"

// Timeout bounds one PDF's extraction: a hostile file cannot hold a worker.
var Timeout = 2 * time.Minute

// Decode extracts the text of a PDF. A PDF without a single word is
// input.ErrNoText; a password-protected one input.ErrEncrypted; one Poppler
// cannot read input.ErrDamaged, with Poppler's reason.
func Decode(data []byte) (*input.Decoded, error) {
	ctx, cancel := context.WithTimeout(context.Background(), Timeout)
	defer cancel()
	out, err := Run(ctx, data, "-bbox-layout")
	if err != nil {
		return nil, err
	}
	doc, err := parse(out)
	if err != nil {
		return nil, fmt.Errorf("%w: reading %s output: %v", input.ErrDamaged, Program, err)
	}
	return Layout(doc)
}

// Run runs pdftotext on data (standard input to standard output) with the
// given options and returns its output.
func Run(ctx context.Context, data []byte, opts ...string) ([]byte, error) {
	path, err := exec.LookPath(Program)
	if err != nil {
		return nil, fmt.Errorf("%w: %s not found (install Debian's poppler-utils)", input.ErrEngine, Program)
	}
	args := append(append([]string{"-q", "-enc", "UTF-8"}, opts...), "-", "-")
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Stdin = bytes.NewReader(data)
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	// -q hides the messages: run without it again only to tell the cause.
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%w: %s ran past %s", input.ErrDamaged, Program, Timeout)
		}
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			return nil, fmt.Errorf("%w: run %s: %v", input.ErrEngine, Program, err)
		}
		return nil, cause(ctx, path, data, exit.ExitCode())
	}
	return stdout.Bytes(), nil
}

// cause runs pdftotext once more, with its messages, to say why it failed.
func cause(ctx context.Context, path string, data []byte, code int) error {
	var stderr bytes.Buffer
	c := exec.CommandContext(ctx, path, "-l", "1", "-", "-")
	c.Stdin, c.Stdout, c.Stderr = bytes.NewReader(data), io.Discard, &stderr
	_ = c.Run()
	msg := strings.TrimSpace(stderr.String())
	if strings.Contains(msg, "password") {
		return input.ErrEncrypted
	}
	lines := strings.Split(msg, "\n")
	last := strings.TrimSpace(lines[len(lines)-1])
	if last == "" {
		last = "exit code " + strconv.Itoa(code)
	}
	return fmt.Errorf("%w: %s: %s", input.ErrDamaged, Program, last)
}

// A Doc is the words of a PDF as pdftotext -bbox-layout gives them.
type Doc struct {
	Pages []Page
}

// Page is one page: its size and its blocks in reading order.
type Page struct {
	Width, Height float64
	Blocks        []Block
}

// Block is a paragraph-like group of lines.
type Block struct{ Lines []Line }

// Line is a run of words on one baseline.
type Line struct{ Words []Word }

// Word is one word and its box (points, origin at the top left).
type Word struct {
	XMin, YMin, XMax, YMax float64
	Text                   string
}

func (w Word) height() float64 { return w.YMax - w.YMin }

func (l Line) yMin() float64 {
	y := l.Words[0].YMin
	for _, w := range l.Words {
		y = min(y, w.YMin)
	}
	return y
}

func (l Line) yMax() float64 {
	y := l.Words[0].YMax
	for _, w := range l.Words {
		y = max(y, w.YMax)
	}
	return y
}

func (l Line) text() string {
	var b strings.Builder
	for i, w := range l.Words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.Text)
	}
	return b.String()
}

// parse reads the XHTML of -bbox-layout: page, flow, block, line, word.
func parse(out []byte) (*Doc, error) {
	dec := xml.NewDecoder(bytes.NewReader(out))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	doc := &Doc{}
	var page *Page
	var block *Block
	var line *Line
	var word *Word
	var text strings.Builder
	attr := func(e xml.StartElement, name string) float64 {
		for _, a := range e.Attr {
			if a.Name.Local == name {
				v, _ := strconv.ParseFloat(a.Value, 64)
				return v
			}
		}
		return 0
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return doc, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "page":
				doc.Pages = append(doc.Pages, Page{Width: attr(t, "width"), Height: attr(t, "height")})
				page = &doc.Pages[len(doc.Pages)-1]
			case "block":
				if page != nil {
					page.Blocks = append(page.Blocks, Block{})
					block = &page.Blocks[len(page.Blocks)-1]
				}
			case "line":
				if block != nil {
					block.Lines = append(block.Lines, Line{})
					line = &block.Lines[len(block.Lines)-1]
				}
			case "word":
				if line != nil {
					word = &Word{XMin: attr(t, "xMin"), YMin: attr(t, "yMin"), XMax: attr(t, "xMax"), YMax: attr(t, "yMax")}
					text.Reset()
				}
			}
		case xml.CharData:
			if word != nil {
				text.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "word":
				if word != nil && line != nil {
					word.Text = text.String()
					if word.Text != "" {
						line.Words = append(line.Words, *word)
					}
				}
				word = nil
			case "line":
				if line != nil && len(line.Words) == 0 {
					block.Lines = block.Lines[:len(block.Lines)-1]
				}
				line = nil
			case "block":
				block = nil
			case "page":
				page = nil
			}
		}
	}
}

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

// gapJoin is the horizontal gap, as a fraction of the word height, under
// which two words are one split by the typesetter ("Confere nce", "Amer
// ica"): measured on the ODS resolutions, split words stand under 0.14 of
// the height apart, words at least 0.15.
const gapJoin = 0.14

// Layout lays out the words of doc as text: blocks apart by a blank line,
// the lines of a block by a line end, a line ending in a hyphen joined to
// the next, furniture and footnote markers left out, presentation forms
// folded to letters.
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
		for _, bl := range pg.Blocks {
			wrote := false
			for _, l := range bl.Lines {
				if furniture(l, pi+1, pg, body) {
					continue
				}
				var prev *Word
				for i := range l.Words {
					w := &l.Words[i]
					if marker(*w, body) {
						continue
					}
					t := letters(w.Text)
					switch {
					case prev != nil && gap(*prev, *w) >= gapJoin*max(prev.height(), w.height()):
						b.WriteByte(' ')
					case prev == nil && wrote:
						if !hyphenEnd(b.Bytes()) {
							b.WriteByte('\n')
						}
					case prev == nil && b.Len() > 0 && pages[len(pages)-1] != b.Len():
						b.WriteString("\n\n")
					}
					b.WriteString(t)
					prev, wrote = w, true
					words++
				}
			}
		}
	}
	if words == 0 {
		return nil, input.ErrNoText
	}
	return &input.Decoded{Text: b.Bytes(), Pages: pages}, nil
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
// lam-alef ligatures to letters (NFKC), after restoring the logical order
// of a word a PDF stored in visual order: such a word starts with a final
// form and ends with an initial one.
func letters(w string) string {
	if !hasForms(w) {
		return w
	}
	if visual(w) {
		rs := []rune(w)
		for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
			rs[i], rs[j] = rs[j], rs[i]
		}
		w = string(rs)
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

// visual says whether an Arabic word in presentation forms reads backwards:
// its first letter is a final form and its last an initial one.
func visual(w string) bool {
	rs := []rune(w)
	if len(rs) < 2 {
		return false
	}
	return formOf(rs[0]) == "final" && formOf(rs[len(rs)-1]) == "initial"
}

// formOf is the positional form of a presentation-form rune ("final",
// "initial", "medial", "isolated"), read from its Unicode name.
func formOf(r rune) string {
	if !isForm(r) {
		return ""
	}
	n := runenames.Name(r)
	for _, f := range []string{"FINAL", "INITIAL", "MEDIAL", "ISOLATED"} {
		if strings.HasSuffix(n, f+" FORM") {
			return strings.ToLower(f)
		}
	}
	return ""
}

// pageBreak is what joins two pages: a line end where a sentence runs on to
// the next page, a blank line after a finished one.
func pageBreak(text []byte) string {
	r, _ := utf8.DecodeLastRune(bytes.TrimRight(text, " \n"))
	if strings.ContainsRune(".;:!?。；：！？", r) {
		return "\n\n"
	}
	return "\n"
}
