package main

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"
)

// syncBuffer is a bytes.Buffer the display's goroutine and the test share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var reANSI = regexp.MustCompile("\x1b\\[[0-9;]*[A-Za-z]")

// On a 70-column terminal every drawing of the bar fits in 70 columns, with
// the count, rate, elapsed time and ETA, and the status cut with "…".
func TestProgressBarFitsTheTerminal(t *testing.T) {
	old := termCols
	termCols = func(io.Writer) int { return 70 }
	defer func() { termCols = old }()
	var buf syncBuffer
	var done atomic.Int64
	p := newProgress(env{stderr: &buf}, "bar", func() (int64, int64) { return done.Load(), 5000 }, func(float64) string {
		return "4586 docs stored  12.5 MB/s  48000 quads/s  3 errors and a long tail of words to cut"
	})
	p.run()
	for i := int64(1); i <= 10; i++ {
		done.Store(i * 450)
		time.Sleep(120 * time.Millisecond)
		p.draw()
	}
	p.end()
	out := reANSI.ReplaceAllString(buf.String(), "")
	drawn := 0
	for _, seg := range strings.FieldsFunc(out, func(r rune) bool { return r == '\r' || r == '\n' }) {
		seg = strings.TrimRight(seg, " ")
		if seg == "" {
			continue
		}
		drawn++
		if w := utf8.RuneCountInString(seg); w > 70 {
			t.Errorf("a drawing %d wide: %q", w, seg)
		}
	}
	if drawn < 5 || !strings.Contains(out, "/5000") || !strings.Contains(out, "…") {
		t.Errorf("%d drawings, want a count of 5000, a rate and a cut status:\n%s", drawn, out)
	}
	if !regexp.MustCompile(`\[\d+s:\d+s\]`).MatchString(out) {
		t.Errorf("no elapsed:ETA in the bar:\n%s", out)
	}
}

// When stderr is not a terminal, auto is a status line every few seconds,
// with a timestamp and the counts.
func TestProgressLogLines(t *testing.T) {
	var buf syncBuffer
	mode, err := progressMode(env{stderr: &buf}, "auto")
	if err != nil || mode != "log" {
		t.Fatalf("auto on a buffer: %q %v, want log", mode, err)
	}
	old := logEvery
	logEvery = 30 * time.Millisecond
	defer func() { logEvery = old }()
	var done atomic.Int64
	p := newProgress(env{stderr: &buf}, mode, func() (int64, int64) { return done.Add(1), 100 }, func(float64) string { return "7 docs stored" })
	p.run()
	time.Sleep(200 * time.Millisecond)
	p.end()
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	re := regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \d+/100 files, elapsed \S+, ETA \S+; 7 docs stored$`)
	if len(lines) < 2 {
		t.Fatalf("want several lines, got %q", buf.String())
	}
	for _, l := range lines {
		if !re.MatchString(l) {
			t.Errorf("line %q", l)
		}
	}
}
