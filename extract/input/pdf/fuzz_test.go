package pdf

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzLayout: no output of pdftotext -bbox-layout, however broken, makes
// the parser or the layout panic; pages start in order inside the text;
// valid UTF-8 in gives valid UTF-8 out. The seeds are Poppler's output for
// the test PDFs (when pdftotext is here) and a hand-made page: running
// Poppler on every input would spend the time starting programs.
// CI: go test ./extract/input/pdf -run '^$' -fuzz FuzzLayout -fuzztime 15s -fuzzminimizetime 2s
func FuzzLayout(f *testing.F) {
	if _, err := exec.LookPath(Program); err == nil {
		pdfs, _ := filepath.Glob("../../../testdata/pdf/*.pdf")
		for _, p := range pdfs {
			data, err := os.ReadFile(p)
			if err != nil {
				continue
			}
			out, err := Run(context.Background(), data, "-bbox-layout", "-l", "1")
			if err == nil {
				f.Add(out)
			}
		}
	}
	f.Add([]byte(`<doc><page width="612" height="792"><flow><block><line>` +
		`<word xMin="500" yMin="40" xMax="550" yMax="60">ةدحتملا</word><word xMin="450" yMin="40" xMax="499" yMax="60">ممألا</word></line>` +
		`<line><word xMin="60" yMin="740" xMax="120" yMax="750">18-16895 (E)</word></line></block></flow></page></doc>`))
	f.Fuzz(func(t *testing.T, out []byte) {
		doc, err := parse(out)
		if err != nil {
			return
		}
		d, err := Layout(doc)
		if err != nil {
			return
		}
		prev := 0
		for _, p := range d.Pages {
			if p < prev || p > len(d.Text) {
				t.Fatalf("page starts %v in %d bytes", d.Pages, len(d.Text))
			}
			prev = p
		}
		if utf8.Valid(out) && !utf8.Valid(d.Text) {
			t.Fatalf("invalid UTF-8 out of valid: %q", d.Text)
		}
	})
}
