package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows how a long command goes, on stderr: a bar that fits the
// terminal ("bar", drawn by schollz/progressbar: count, elapsed time and
// ETA, then the command's status with its rates, cut to the width), a status line with a
// timestamp every few seconds ("log", for a stderr that is a file or a pipe),
// or nothing ("none"). "lines" is left to the command (a line per event).
type progress struct {
	e     env
	mode  string
	line  func(secs float64) string // the command's status, without counts
	done  func() (done, total int64)
	start time.Time

	mu       sync.Mutex
	bar      *progressbar.ProgressBar
	barWidth int
	stop     chan struct{}
	exit     chan struct{}
}

// logEvery is the interval of status lines in "log" mode.
var logEvery = 5 * time.Second

// termCols is the width of w when it is a terminal, else 0.
var termCols = func(w io.Writer) int {
	if f, ok := w.(*os.File); ok {
		if cols, _, err := term.GetSize(int(f.Fd())); err == nil {
			return cols
		}
	}
	return 0
}

// progressMode resolves a --progress flag value: auto is a bar on a
// terminal, else a status line every few seconds.
func progressMode(e env, flag string) (string, error) {
	switch flag {
	case "auto":
		if f, ok := e.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			return "bar", nil
		}
		return "log", nil
	case "bar", "log", "lines", "none":
		return flag, nil
	}
	return "", fmt.Errorf("--progress %q: want auto, bar, log, lines or none", flag)
}

func newProgress(e env, mode string, done func() (int64, int64), line func(secs float64) string) *progress {
	return &progress{e: e, mode: mode, done: done, line: line, start: time.Now()}
}

// run starts the display (bar: redrawn every 200 ms; log: a line every logEvery).
func (p *progress) run() {
	every := 200 * time.Millisecond
	switch p.mode {
	case "bar":
		_, total := p.done()
		cols := termCols(p.e.stderr)
		if cols <= 0 {
			cols = 80
		}
		// The bar takes half of what the counts leave, between 5 and 30 columns.
		p.barWidth = min(30, max(5, (cols-barLine(0, total, 3600))/2))
		p.bar = progressbar.NewOptions64(max(total, 1),
			progressbar.OptionSetWriter(p.e.stderr),
			progressbar.OptionSetWidth(p.barWidth),
			progressbar.OptionShowCount(),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionShowDescriptionAtLineEnd(),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	case "log":
		every = logEvery
	default:
		return
	}
	p.stop, p.exit = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(p.exit)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-t.C:
				p.draw()
			}
		}
	}()
}

// end stops the display and clears the bar.
func (p *progress) end() {
	if p.stop != nil {
		close(p.stop)
		<-p.exit
		p.stop = nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Clear()
		p.bar.Exit()
		p.bar = nil
	}
}

// printf writes a message line to stderr, clearing the bar first (it is
// drawn again at the next tick).
func (p *progress) printf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Clear()
	}
	fmt.Fprintf(p.e.stderr, format, args...)
}

func (p *progress) draw() {
	done, total := p.done()
	secs := time.Since(p.start).Seconds()
	status := p.line(secs)
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.mode == "log" {
		fmt.Fprintf(p.e.stderr, "%s %d/%d files, elapsed %s, ETA %s; %s\n", time.Now().UTC().Format(time.RFC3339),
			done, total, time.Since(p.start).Round(time.Second), eta(done, total, secs), status)
		return
	}
	if p.bar == nil {
		return
	}
	if total > 0 && total != p.bar.GetMax64() {
		p.bar.ChangeMax64(total)
	}
	cols := termCols(p.e.stderr)
	if cols <= 0 {
		cols = 80
	}
	room := cols - 1 - barLine(p.barWidth, total, secs)
	if room < 12 {
		status = "" // too little room to say anything useful
	}
	p.bar.Describe(cutWidth(status, room))
	p.bar.Set64(min(done, total))
}

// barLine bounds the width of the bar's line without the status, after
// secs: " 100% |BAR| (DONE/TOTAL) [ELAPSED:ETA] ". The ETA is taken as
// long as the elapsed time, and a little longer.
func barLine(barWidth int, total int64, secs float64) int {
	d := len(fmt.Sprint(total))
	el := len((time.Duration(secs) * time.Second).String())
	return len(" 100% |") + barWidth + len("| (") + 2*d + 1 + len(") [") + 2*el + 4 + len("] ")
}

// eta is the time left at the rate so far.
func eta(done, total int64, secs float64) string {
	if done <= 0 || total <= done {
		return "-"
	}
	return (time.Duration(secs/float64(done)*float64(total-done)) * time.Second).String()
}

// cutWidth cuts s to at most n characters, ending with … when cut.
func cutWidth(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// elapsed is the time since the progress display was made, rounded for a summary line.
func (p *progress) elapsed() string {
	return time.Since(p.start).Round(time.Millisecond).String()
}
