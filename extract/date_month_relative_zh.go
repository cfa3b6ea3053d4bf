package extract

import "strings"

// relativeMonths are the words before "N日" that name the month of a day
// relative to the document's: "安理会将于本月20日举行公开辩论会" (this month),
// "上月28日" (last month), "下月5日" (next month). Traditional spellings fold
// to none of these, so both are listed.
var relativeMonths = []struct {
	word  string
	shift int
}{{"本月", 0}, {"上月", -1}, {"下月", 1}, {"上個月", -1}, {"上个月", -1}, {"下個月", 1}, {"下个月", 1}}

// relativeMonthDates adds the days written after a relative month word, in a
// language of marked dates, dated from the document's date; the day reader
// (dayOnlyDates) leaves a number after "月" alone, as "5月20日" is the
// marked grammar's and "每月20日" names no day.
func (d *doc) relativeMonthDates() {
	md, ref, ok := d.markedAndDated()
	if !ok {
		return
	}
	s := d.t.s
	var add []date
	for _, rm := range relativeMonths {
		for at := range occurrences(s, rm.word) {
			i := at + len(rm.word)
			n, ne, ok := numberAfter(s, i, 2)
			if !ok || n < 1 || n > 31 {
				continue
			}
			mark := hasPrefix(s[ne:], md.day)
			if mark == 0 || strings.HasSuffix(s[:at], "每") || d.dateOverlaps(at, ne+mark) {
				continue
			}
			first := date{y: ref.y, m: ref.m, d: 1}
			switch {
			case rm.shift < 0:
				first = shiftDays(first, -1)
			case rm.shift > 0:
				first = shiftDays(date{y: ref.y, m: ref.m, d: 28}, 7)
			}
			dt := date{start: at, end: ne + mark, y: first.y, m: first.m, d: n, inferred: true}
			if validDay(dt.y, dt.m, dt.d) {
				add = append(add, dt)
			}
		}
	}
	d.insertDates(add)
}
