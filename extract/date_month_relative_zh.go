package extract

// relativeMonthDates adds the days written after a word that names a month
// relative to the document's (the profile's month-offset lines:
// "安理会将于本月20日举行公开辩论会", "上月28日", "下月5日"), in a language of
// marked dates, dated from the document's date; the day reader
// (dayOnlyDates) leaves a number after "月" alone, as "5月20日" is the
// marked grammar's and "每月20日" names no day.
func (d *doc) relativeMonthDates() {
	md, ref, ok := d.markedAndDated()
	if !ok {
		return
	}
	s := d.t.s
	var add []date
	for _, rm := range md.monthOffsets {
		for at := range occurrences(s, rm.Word) {
			i := at + len(rm.Word)
			n, ne, ok := numberAfter(s, i, 2)
			if !ok || n < 1 || n > 31 {
				continue
			}
			mark := hasPrefix(s[ne:], md.day)
			if mark == 0 || hasSuffix(s[:at], md.spanBefore) > 0 || d.dateOverlaps(at, ne+mark) {
				continue
			}
			first := date{y: ref.y, m: ref.m, d: 1}
			switch {
			case rm.Shift < 0:
				first = shiftDays(first, -1)
			case rm.Shift > 0:
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
