package extract

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// corpusOf is the development corpus and seeds, concatenated until the
// text holds n bytes: one long document of real UN text.
func corpusOf(t testing.TB, n int) []byte {
	t.Helper()
	var unit []byte
	for _, glob := range []string{"../testdata/corpus/*.txt", "../testdata/seeds/*.txt"} {
		paths, _ := filepath.Glob(glob)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			unit = append(append(unit, b...), "\n\n"...)
		}
	}
	if len(unit) == 0 {
		t.Fatal("no corpus")
	}
	out := make([]byte, 0, n+len(unit))
	for len(out) < n {
		out = append(out, unit...)
	}
	return out
}

// The pattern engine's work grows linearly with a document: eight times the
// text costs at most nine times the steps (tokens, pattern attempts,
// matcher steps, bytes counted for gaps), counted, not timed. Issue 13,
// item 3: no stage may scan all earlier items per item.
func TestPatternWorkIsLinear(t *testing.T) {
	x := builtinWith(t, nil, "")
	work := func(data []byte) int {
		d, err := x.extract("big.txt", data)
		if err != nil {
			t.Fatal(err)
		}
		defer d.release()
		return d.work
	}
	small := corpusOf(t, 1<<20)
	large := make([]byte, 0, 8*len(small))
	for range 8 {
		large = append(large, small...)
	}
	s, l := work(small), work(large)
	ratio := float64(l) / float64(s)
	t.Logf("1 MB: %d steps, 8 MB: %d steps, ratio %.2f", s, l, ratio)
	if s == 0 || ratio > 9 {
		t.Errorf("8 times the text costs %.2f times the steps (at most 9)", ratio)
	}
}

// BenchmarkScale times the whole extraction of a 64 MB document against an
// 8 MB one and reports the ratio (target: at most 9):
//
//	go test ./extract -run '^$' -bench Scale -benchtime 1x
func BenchmarkScale(b *testing.B) {
	x := builtinWith(b, nil, "")
	small := corpusOf(b, 8<<20)
	large := make([]byte, 0, 8*len(small))
	for range 8 {
		large = append(large, small...)
	}
	timeOf := func(data []byte) time.Duration {
		start := time.Now()
		if _, err := x.AppendDocumentJSON(nil, "big.txt", data); err != nil {
			b.Fatal(err)
		}
		return time.Since(start)
	}
	// Each size once to grow the scratch buffers (the allocator's cost),
	// then the best of two.
	best := func(data []byte) time.Duration {
		timeOf(data)
		return min(timeOf(data), timeOf(data))
	}
	b.ResetTimer()
	for range b.N {
		s, l := best(small), best(large)
		b.ReportMetric(s.Seconds(), "s/8MB")
		b.ReportMetric(l.Seconds(), "s/64MB")
		b.ReportMetric(float64(l)/float64(s), "ratio")
	}
}
