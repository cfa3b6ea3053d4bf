// Package pdf reads the text layer of a PDF with Poppler's pdftotext
// (-bbox-layout: every word with its box, left to right, right-to-left lines
// too) and lays the words out again as text (layout.go) without the page
// furniture of UN documents: the running header of pages after the first
// (title and symbol), page numbers, job numbers and bar codes, footnote
// markers and footnote rules; right-to-left lines are put in reading order
// (rtl.go).
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
	"strconv"
	"strings"
	"time"

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
				block, line, word = nil, nil, nil // each points into the one above: none may outlive it
			case "block":
				if page != nil {
					page.Blocks = append(page.Blocks, Block{})
					block = &page.Blocks[len(page.Blocks)-1]
				}
				line, word = nil, nil
			case "line":
				if block != nil {
					block.Lines = append(block.Lines, Line{})
					line = &block.Lines[len(block.Lines)-1]
				}
				word = nil
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
				if line != nil && block != nil && len(line.Words) == 0 {
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
