package extract

import (
	"sort"
	"strings"
)

// shiftedDayIn says whether a pattern dates a meeting in [ss, se) by a day
// word that moves off the document's date ("عقد مجلس الأمن الدولي امس",
// "met yesterday", "غدا الاثنين"): that sentence has a date of its own, so
// the header's date line is not its meeting's (headerDateIsMeeting).
func (d *doc) shiftedDayIn(ss, se int) bool {
	for _, dm := range d.dayMeetings {
		if dm.shift == 0 || d.patNotDay[dm.tok] {
			continue
		}
		if s := d.toks[dm.tok].start; s >= ss && s < se {
			return true
		}
	}
	return false
}

// dateLineRedated says whether the date line of a document's header (date k,
// alone on its line) is re-dated by the first sentence after it that names a
// meeting: a day word there ("عقد مجلس الأمن الدولي اجتماعا طارئا يوم الأحد"
// under "الإثنين ١٥ أبريل ٢٠٢٤") names another day, so no pattern makes the
// date line a meeting (a headline's meeting word above it included). A stored
// page's stamp is re-dated by a date of the sentence as well ("date 2015-09-02
// يعقد مجلس الأمن الدولي جلسة ... في الثلاثين من شهر شتنبر الجاري"), where
// the pattern that made the stamp a meeting reached past its own clause.
func (d *doc) dateLineRedated(k int) bool {
	dt := d.dates[k]
	if k != d.docDateIdx || !d.headerDateLine(dt) {
		return false
	}
	h, ok := d.meetingNamedAfter(dt) // meetings.go
	if !ok {
		return false
	}
	ss, se := d.sentence(h.start)
	if d.pageStamp(dt) {
		for j, o := range d.dates {
			if j != k && o.d != 0 && o.start >= ss && o.start < se {
				return true // the stamp's sentence dates its meeting itself
			}
		}
	}
	for _, dm := range d.dayMeetings {
		tk := d.toks[dm.tok]
		if tk.start < ss || tk.start >= se || tk.kind != tkTrigger || d.patNotDay[dm.tok] {
			continue
		}
		if tk.m.family == "weekday" && d.weekdayNamesDate(tk.start, tk.end) {
			continue
		}
		if !relativeDay(d.todayAt(tk.start), tk, dm.shift).sameISO(dt) {
			return true
		}
	}
	return false
}

// headerDateLine says whether dt is a header's date line: alone on its line
// but for a weekday or a word before it ("الإثنين ١٥ أبريل ٢٠٢٤", then the
// time), or the page stamp that opens a stored page ("date 2017-12-19 عقد
// مجلس الأمن الدولي، أمس الاثنين، ...").
func (d *doc) headerDateLine(dt date) bool {
	if d.pageStamp(dt) {
		return true
	}
	k := sort.SearchInts(d.t.lines, dt.start+1)
	ls := 0
	if k > 0 {
		ls = d.t.lines[k-1]
	}
	lead := d.t.s[ls:dt.start]
	return len(lead) <= 32 && !strings.ContainsAny(lead, ".:;") && d.lineEndsAfter(dt.end, 12)
}

// pageStamp says whether dt is the stamp that opens a stored page: "date"
// and the ISO date, before the page's first words.
func (d *doc) pageStamp(dt date) bool {
	return strings.TrimSpace(d.t.s[:dt.start]) == "date"
}
