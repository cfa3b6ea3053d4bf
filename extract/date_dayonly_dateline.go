package extract

// datelineRef is the date a day written without its month counts from, at
// offset at: the document's date, or the story's own dateline when a page
// stamp of another day dates the document. A mirror reposts a Xinhua story weeks
// after it ran ("发布时间:2024-11-24 17:59:03" over "新华社联合国9月10日电 ……
// 第79届联合国大会10日下午……开幕"): "10日" is the dateline's month, the
// 10th of September, not of the stamp's November. The dateline is the first
// marked dateline before at with its month and day; its year is the
// document's (the year before, when the dateline would fall more than two
// months after the document's date).
func (d *doc) datelineRef(ref date, at int) date {
	for k, dt := range d.dates {
		if dt.start >= at {
			break
		}
		if k == d.docDateIdx || dt.m == 0 || dt.d == 0 || dt.endDay != 0 || !d.markedDateline(dt) {
			continue
		}
		y := dt.y
		if y == 0 {
			y = ref.y
			if daysBetween(ref, date{y: y, m: dt.m, d: dt.d}) > 62 {
				y--
			}
		}
		if !validDay(y, dt.m, dt.d) {
			return ref
		}
		// A dateline after the stamp's date is a story of another year the mirror
		// stamped later ("发布时间:2024-11-09 …… 中新网 12月13日电 …… 当地时间12日"):
		// its month still names the days, the stamp's year the only year printed.
		return date{y: y, m: dt.m, d: dt.d}
	}
	return ref
}
