package extract

import "strings"

// A Chinese agency's dateline prints the month and day only ("中新社联合国9月3日电"),
// and a mirror that reposts the story without its time stamp leaves the story
// no year but the ones its text prints. A story on a month's presidency names
// that month with its year ("美国担任安理会2014年9月轮值主席国"): the dateline's
// month written with a year, "YYYY年M月" for the dateline's M, is the story's
// year. Without it the story kept no date, and the days it writes against the
// dateline ("本月25日", "3日") dated no meeting. Only when the text prints no full
// date at all (a stamp, a printed date, the store's date line come first), and
// of several such years the latest.

// yearMonthDateline gives the first date, a marked dateline without its year, the
// year of a "YYYY年M月" phrase of its month, and makes it the document's date.
func (d *doc) yearMonthDateline() {
	if d.docDateIdx >= 0 || len(d.dates) == 0 {
		return
	}
	dt := d.dates[0]
	if dt.y != 0 || dt.m == 0 || dt.d == 0 || dt.endDay != 0 || dt.start > d.headerEnd || !d.markedDateline(dt) {
		return
	}
	for _, o := range d.dates {
		if o.y != 0 && o.d != 0 && !o.inferred {
			return
		}
	}
	s := d.t.s
	best := 0
	for at := range occurrences(s, "年") {
		i := at
		for i > 0 && isDigit(s[i-1]) {
			i--
		}
		if at-i != 4 || (i > 0 && isASCIIWord(s[i-1])) {
			continue
		}
		y, _, ok := numberAfter(s, i, 4)
		if !ok || !validYear(y) {
			continue
		}
		m, me, ok := numberAfter(s, at+len("年"), 2)
		if !ok || m != dt.m || !strings.HasPrefix(s[me:], "月") {
			continue
		}
		if validDay(y, dt.m, dt.d) {
			best = max(best, y)
		}
	}
	if best == 0 {
		return
	}
	d.dates[0].y, d.dates[0].inferred = best, true
	d.docDateIdx = 0
	d.docDate = d.dates[0]
	d.facts.Doc.Date = d.docDate.iso()
}
