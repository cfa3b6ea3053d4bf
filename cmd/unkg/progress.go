package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
)

// progress redraws a one-line status on stderr while a long command runs, when
// stderr is a terminal ("bar"), or prints nothing ("none"); "lines" is left to
// the command (a line per event).
type progress struct {
	e     env
	mode  string
	line  func(secs float64) string // the status, without the bar
	done  func() (done, total int64)
	start time.Time

	mu   sync.Mutex
	stop chan struct{}
	exit chan struct{}
}

// progressMode resolves a --progress flag value: auto is a bar on a terminal, else none.
func progressMode(e env, flag string) (string, error) {
	switch flag {
	case "auto":
		if f, ok := e.stderr.(*os.File); ok {
			if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
				return "bar", nil
			}
		}
		return "none", nil
	case "bar", "lines", "none":
		return flag, nil
	}
	return "", fmt.Errorf("--progress %q: want auto, bar, lines or none", flag)
}

func newProgress(e env, mode string, done func() (int64, int64), line func(secs float64) string) *progress {
	return &progress{e: e, mode: mode, done: done, line: line, start: time.Now()}
}

// run starts redrawing the bar every 200 ms (mode bar only).
func (p *progress) run() {
	if p.mode != "bar" {
		return
	}
	p.stop, p.exit = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(p.exit)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				p.mu.Lock()
				fmt.Fprint(p.e.stderr, "\r\033[K")
				p.mu.Unlock()
				return
			case <-t.C:
				p.draw()
			}
		}
	}()
}

// end stops the bar and clears its line.
func (p *progress) end() {
	if p.stop != nil {
		close(p.stop)
		<-p.exit
		p.stop = nil
	}
}

// printf writes a message line to stderr, clearing the bar first.
func (p *progress) printf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.mode == "bar" {
		fmt.Fprint(p.e.stderr, "\r\033[K")
	}
	fmt.Fprintf(p.e.stderr, format, args...)
}

func (p *progress) draw() {
	done, total := p.done()
	const width = 30
	fill := 0
	if total > 0 {
		fill = int(min(done, total) * width / total)
	}
	bar := strings.Repeat("=", fill) + strings.Repeat(" ", width-fill)
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.e.stderr, "\r\033[K[%s] %d/%d files  %s", bar, done, total, p.line(time.Since(p.start).Seconds()))
}

// elapsed is the time since the progress display was made, rounded for a summary line.
func (p *progress) elapsed() string {
	return time.Since(p.start).Round(time.Millisecond).String()
}
