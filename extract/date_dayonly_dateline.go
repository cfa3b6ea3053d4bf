package extract

// A day written alone ("10日下午") takes the month of the story's dateline
// before it ("新华社联合国9月10日电 …… 第79届联合国大会10日下午……开幕"), not
// that of the document's date when the two differ: a story reposted on a
// mirror site whose posting stamp ("发布时间:2024-11-24") dates the page
// weeks after the dateline. Without a dateline before the day, the
// document's date is the reference (dayOnlyDates).

// datelineBefore is the reference date of a day written alone at i: the last
// marked dateline with a month and a day before i (its year the document's
// when the dateline prints none), else ref.
func (d *doc) datelineBefore(i int, ref date) date {
	out := ref
	for _, dt := range d.dates {
		if dt.start >= i {
			break
		}
		if dt.m == 0 || dt.d == 0 || !d.markedDateline(dt) {
			continue
		}
		if dt.y == 0 {
			dt.y = ref.y
		}
		out = dt
	}
	return out
}
