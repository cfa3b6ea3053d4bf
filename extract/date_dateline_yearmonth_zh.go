package extract

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
// year of a month date ("YYYY年M月") of its month, and makes it the document's date.
func (d *doc) yearMonthDateline() {
	if d.docDateIdx >= 0 || len(d.dates) == 0 {
		return
	}
	dt := d.dates[0]
	if dt.y != 0 || dt.m == 0 || dt.d == 0 || dt.endDay != 0 || dt.start > d.headerEnd || !d.markedDateline(dt) {
		return
	}
	// The date reader has read "2014年9月" as a month of its own (d == 0).
	best := 0
	for _, o := range d.dates {
		switch {
		case o.inferred || o.y == 0:
		case o.d != 0:
			return // a full date printed: the text dates itself
		case o.m == dt.m && validDay(o.y, dt.m, dt.d):
			best = max(best, o.y)
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
