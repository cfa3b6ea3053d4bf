package main

import (
	"io"
	"strings"

	"github.com/mattn/go-runewidth"
)

// table lays out rows in columns two spaces apart, by display width (a Han
// character is two columns). With a width, the widest columns are narrowed
// until the line fits and their cells cut with "…"; notes (lines under a
// row, such as evidence) are cut to the width too.
type table struct {
	header []string
	rows   [][]string
	notes  map[int][]string // by row index
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

// note adds a line under the last row.
func (t *table) note(line string) {
	if t.notes == nil {
		t.notes = map[int][]string{}
	}
	i := len(t.rows) - 1
	t.notes[i] = append(t.notes[i], line)
}

// minColumn is the narrowest a column is cut to.
const minColumn = 8

// freeText are the columns of names and lists, cut before the others.
var freeText = map[string]bool{"SOURCES": true, "NAME": true, "TITLE": true, "PATH": true, "RESULT": true}

func (t *table) write(w io.Writer, width int) error {
	widths := make([]int, len(t.header))
	for _, r := range append([][]string{t.header}, t.rows...) {
		for i, c := range r {
			if i < len(widths) {
				widths[i] = max(widths[i], runewidth.StringWidth(c))
			}
		}
	}
	// Free text (names, titles, sources) gives way first, ids and dates last.
	for _, pass := range []func(i int) bool{func(i int) bool { return freeText[t.header[i]] }, func(int) bool { return true }} {
		for width > 0 && sum(widths)+2*(len(widths)-1) > width {
			wi := -1
			for i := range widths {
				if pass(i) && widths[i] > minColumn && (wi < 0 || widths[i] > widths[wi]) {
					wi = i
				}
			}
			if wi < 0 {
				break
			}
			widths[wi]--
		}
	}
	var b strings.Builder
	line := func(cells []string) {
		b.Reset()
		for i, c := range cells {
			if i >= len(widths) {
				break
			}
			if runewidth.StringWidth(c) > widths[i] {
				c = runewidth.Truncate(c, widths[i], "…")
			}
			b.WriteString(c)
			if i < len(cells)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-runewidth.StringWidth(c)+2))
			}
		}
		b.WriteByte('\n')
	}
	line(t.header)
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	for i, r := range t.rows {
		line(r)
		for _, n := range t.notes[i] {
			if width > 0 && runewidth.StringWidth(n) > width {
				n = runewidth.Truncate(n, width, "…")
			}
			b.WriteString(n)
			b.WriteByte('\n')
		}
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
	}
	return nil
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}
