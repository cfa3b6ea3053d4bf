package pdf

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// BenchmarkEngines reads the four ODS resolutions (22 pages) with each way
// of running Poppler tried, and prints pages/s and MB of text/s:
//
//	go test ./extract/input/pdf -run '^$' -bench Engines -benchtime 3x
//
// bbox-layout is what Decode runs (pdftotext -bbox-layout, then Layout);
// raw and layout are pdftotext's own text output, for comparison. PDFium
// (go-pdfium's WebAssembly build) was measured outside the project: see the
// figures in extract/input/README.md.
func BenchmarkEngines(b *testing.B) {
	if _, err := exec.LookPath(Program); err != nil {
		b.Skip(Program + " not installed")
	}
	paths, _ := filepath.Glob("../../../testdata/pdf/A_RES_*.pdf")
	var pdfs [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pdfs = append(pdfs, data)
	}
	for _, engine := range []struct {
		name string
		run  func([]byte) (text []byte, pages int, err error)
	}{
		{"bbox-layout", func(d []byte) ([]byte, int, error) {
			dec, err := Decode(d)
			if err != nil {
				return nil, 0, err
			}
			return dec.Text, len(dec.Pages), nil
		}},
		{"raw", func(d []byte) ([]byte, int, error) { return text(d) }},
		{"layout", func(d []byte) ([]byte, int, error) { return text(d, "-layout") }},
	} {
		b.Run(engine.name, func(b *testing.B) {
			pages, size := 0, 0
			for b.Loop() {
				for _, d := range pdfs {
					t, n, err := engine.run(d)
					if err != nil {
						b.Fatal(err)
					}
					pages += n
					size += len(t)
				}
			}
			secs := b.Elapsed().Seconds()
			b.ReportMetric(float64(pages)/secs, "pages/s")
			b.ReportMetric(float64(size)/1e6/secs, "MB-text/s")
		})
	}
}

// text runs pdftotext's own text output; pages are counted by form feeds.
func text(data []byte, opts ...string) ([]byte, int, error) {
	out, err := Run(context.Background(), data, opts...)
	if err != nil {
		return nil, 0, err
	}
	return out, bytes.Count(out, []byte("\f")), nil
}
