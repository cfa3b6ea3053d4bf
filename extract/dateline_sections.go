package extract

import "strings"

// A list page of press releases ("Couverture des réunions", "Meetings
// Coverage") strings several releases together, each under a line holding
// only its date, and in French often a line holding only its symbol:
//
//	20 février 2019
//	CS/13707
//
// Each such date line is a dateline of the text below it: "ce matin" there is
// that release's day, not the first release's; and no symbol on the page is
// the page's own (each heads one release), so all are cited.

// minSections is how many date lines of different days make a page a list:
// one is an ordinary release header, and a header may print its date twice.
const minSections = 2

// findSections sets d.sectionStarts to the normalized offsets of the dates
// that head a release of a list page, or to nothing. It runs after the dates
// and symbols are found and before the metadata reads the own symbol.
func (d *doc) findSections() {
	d.sectionStarts = d.sectionStarts[:0]
	var first date
	days := 0
	for _, dt := range d.dates {
		if !dt.full() || dt.endDay != 0 || !d.wholeLine(dt.start, dt.end) {
			continue
		}
		if days == 0 || !dt.sameISO(first) {
			days++
		}
		if days == 1 {
			first = dt
		}
		d.sectionStarts = append(d.sectionStarts, dt.start)
	}
	if days < minSections {
		d.sectionStarts = d.sectionStarts[:0]
	}
}

// sectionHead says whether the date at normalized offset start heads a
// release of a list page.
func (d *doc) sectionHead(start int) bool {
	for _, s := range d.sectionStarts {
		if s == start {
			return true
		}
	}
	return false
}

// sectionSymbol says whether a symbol stands on the line right after a date
// line of a list page: it heads one release and is not the page's own.
func (d *doc) sectionSymbol(id string) bool {
	if len(d.sectionStarts) == 0 || id == "" {
		return false
	}
	for _, sy := range d.symbols {
		if sy.id != id || !d.wholeLine(sy.start, sy.end) {
			continue
		}
		for _, s := range d.sectionStarts {
			if d.nextLineStart(s) == sy.start {
				return true
			}
		}
	}
	return false
}

// wholeLine says whether [a, b) is all of its line but spaces.
func (d *doc) wholeLine(a, b int) bool {
	ls, le := d.line(a)
	return b <= le && strings.TrimSpace(d.t.s[ls:a]) == "" && strings.TrimSpace(d.t.s[b:le]) == ""
}

// nextLineStart is the offset where the first line after offset i starts
// (blank lines are gone from the normalized text), else the end of the text.
func (d *doc) nextLineStart(i int) int {
	for _, l := range d.t.lines {
		if l > i {
			return l
		}
	}
	return len(d.t.s)
}
