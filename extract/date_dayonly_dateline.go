package extract

// A day written alone ("10日下午") after a news dateline that prints its month
// ("新华社联合国9月10日电 …… 第79届联合国大会10日下午……开幕") is a day of the
// dateline's month, not of the document's own date when that is a later
// stamp of the page ("发布时间:2024-11-24 17:59:03"): the story's month is the
// dateline's.

// dayOnlyRef is the date a day written alone at i counts from: the nearest
// news dateline before it with its month and day, else ref (the document's
// date). A dateline without its year takes ref's, the year before when that
// would put it more than two months after ref.
func (d *doc) dayOnlyRef(i int, ref date) date {
	for k := len(d.dates) - 1; k >= 0; k-- {
		dt := d.dates[k]
		if dt.start >= i || dt.m == 0 || dt.d == 0 || !d.markedDateline(dt) {
			continue
		}
		out := date{y: dt.y, m: dt.m, d: dt.d}
		if out.y == 0 {
			out.y = ref.y
			if daysBetween(ref, out) > 62 {
				out.y--
			}
		}
		if validDay(out.y, out.m, out.d) {
			return out
		}
		break
	}
	return ref
}
