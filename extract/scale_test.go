package extract

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/unkg/unkg/rules"
)

// A document eight times larger costs at most nine times as much: nothing
// in extraction scans all earlier items per item (issue 13, item 3). The
// documents are the development corpus and seeds, concatenated to 8 MB and
// to 64 MB; the time is the process's CPU time, steadier than the clock on
// a shared machine.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 72 MB")
	}
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
	small := make([]byte, 0, 8<<20+len(unit))
	for len(small) < 8<<20 {
		small = append(small, unit...)
	}
	large := make([]byte, 0, 8*len(small))
	for range 8 {
		large = append(large, small...)
	}
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(set, Options{})
	if err != nil {
		t.Fatal(err)
	}
	cost := func(data []byte) time.Duration {
		before := cpuTime(t)
		if _, err := x.AppendDocumentJSON(nil, "big.txt", data); err != nil {
			t.Fatal(err)
		}
		return cpuTime(t) - before
	}
	// Each size once to grow the scratch buffers to it (the growth is the
	// allocator's, not extraction's), then the best of two runs: the least
	// disturbed by other work on the machine.
	best := func(data []byte) time.Duration {
		cost(data)
		return min(cost(data), cost(data))
	}
	s, l := best(small), best(large)
	ratio := float64(l) / float64(s)
	t.Logf("8 MB: %v, 64 MB: %v CPU, ratio %.1f", s, l, ratio)
	if ratio > 9 {
		t.Errorf("64 MB costs %.1f times 8 MB (at most 9)", ratio)
	}
}

func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
