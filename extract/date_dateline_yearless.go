package extract

import (
	"strconv"
	"strings"
)

// A news agency's dateline often prints the day without the year
// ("Naciones Unidas, 2 ene (RHC)", Prensa Latina's "Naciones Unidas, 21 nov
// (PL)", Xinhua's "NEW YORK (Nations Unies), 1e décembre (Xinhua)"), and a
// page that stores no date of its own leaves the story with no year but the
// ones its text prints: the end of the members' terms ("cuyo mandato de dos
// años finalizó el 31 de diciembre de 2023"), the period a report covers
// ("entre el 1 de agosto de 2013 y el 31 de julio de 2014"). Without this the
// first full date of the opening was the document's date (31 December 2023
// for a story of 2 January 2024), and the days written without a year took
// its year (a debate "el venidero 23 de enero" in 2023).
//
// The dateline is the story's day, told around the day the opening dates the
// document by (else the latest day the story prints with its year): of the
// years that put the dateline within a year of that day, the nearest one (2
// January next to 31 December 2023 is 2024; 21 November after 31 July 2014 is
// 2014; "NEW YORK, 28 July" before a meeting "on 29 and 30 July 2003" is
// 2003). When the dateline's sentence names a weekday ("iniciaron este
// martes", "a entamé lundi sa présidence"), only the years that make the
// dateline that weekday count (1 December after "le 1er janvier 2014 son
// mandat" is a Monday in 2014, not in 2013). The dateline then dates the
// document, and the days the story writes without a year take their year from
// it (inferYears). A date beneath the text (a page's footer, date_footer.go)
// keeps dating the document, and the languages that mark their dates ("4月5日
// 电") are left to their own dateline rules.

// yearlessDateline gives a year to a dateline written without one, the first
// date of a document that has no Distr. block, and makes it the document's
// date.
func (d *doc) yearlessDateline() {
	if d.distrIdx >= 0 || len(d.dates) == 0 || (d.ctx != nil && d.ctx.date.full()) {
		return
	}
	if d.x.dates.markedOf(d.lang) != nil {
		d.yearMonthDateline() // date_dateline_yearmonth_zh.go: "中新社联合国9月3日电" in a story on "安理会2014年9月轮值主席国"
		return                // "新华社北京4月5日电": the marked-date datelines have rules of their own (date_dayonly_dateline.go)
	}
	k := 0
	dt := d.dates[k]
	if dt.y != 0 || dt.d == 0 || dt.start > d.headerEnd || !d.isDateline(dt) {
		return
	}
	var anchor date
	if d.docDateIdx >= 0 {
		if d.docDate.start > d.headerEnd || d.docDateIdx == d.footerDate() {
			return // a footer's date
		}
		anchor = d.docDate
	} else {
		for _, o := range d.dates[1:] {
			if o.full() && !o.inferred && !d.otherDocDate(o) {
				anchor = o
			}
		}
	}
	if !anchor.full() {
		if d.docDateIdx < 0 {
			if y := d.yearFromPrintedYears(dt); y != 0 { // date_dateline_printed_year.go: "Naciones Unidas, 27 may." in a story that names 2019
				d.dates[k].y, d.dates[k].inferred = y, true
				d.docDateIdx = k
				d.docDate = d.dates[k]
				d.facts.Doc.Date = d.docDate.iso()
			}
		}
		return
	}
	wd := d.datelineWeekday(dt)
	best, bestGap := 0, 0
	for pass := 0; pass < 2 && best == 0; pass++ {
		for y := anchor.y - 1; y <= anchor.y+1; y++ {
			if !validDay(y, dt.m, dt.d) {
				continue
			}
			g := abs(daysBetween(anchor, date{y: y, m: dt.m, d: dt.d}))
			if g > 372 {
				continue
			}
			if pass == 0 && wd != 0 && weekdayOf(y, dt.m, dt.d) != wd {
				continue
			}
			if best == 0 || g < bestGap {
				best, bestGap = y, g
			}
		}
	}
	if best == 0 {
		return
	}
	d.dates[k].y, d.dates[k].inferred = best, true
	d.docDateIdx = k
	d.docDate = d.dates[k]
	d.facts.Doc.Date = d.docDate.iso()
}

// datelineWeekday is the weekday (1 Monday ... 7 Sunday) the dateline's
// sentence names, else 0.
func (d *doc) datelineWeekday(dt date) int {
	for _, h := range d.hits.triggers {
		if h.start < dt.end {
			continue
		}
		if h.start-dt.end > 200 || strings.ContainsAny(d.t.s[dt.end:h.start], ".!?\n") {
			break
		}
		if n, ok := strings.CutPrefix(h.m.key, "weekday:"); ok {
			w, _ := strconv.Atoi(n)
			return w
		}
	}
	return 0
}
