package extract

import "sort"

// otherMonth says whether a presidency match names a month, just before its
// phrase or right after it, that is not meeting mt's month: "В сентябре в
// Совбезе председательствовала Новая Зеландия", "На сентябрь месяц
// председательство ... переходит к делегации РФ". A presidency rotates
// monthly, so the country said for September does not preside over an
// October (or a recalled July) meeting of the same story.
func (d *doc) otherMonth(m *match, mt *meetingInfo) bool {
	if len(m.phrases) == 0 || !mt.dt.full() {
		return false
	}
	if d.scopeNamesOtherMonth(m, mt) {
		return true // presidency_month_scope.go
	}
	p := d.toks[m.phrases[0]]
	cl := p.clause
	for i := m.phrases[0] - 1; i >= 0 && d.toks[i].clause == cl; i-- {
		if t := d.toks[i]; t.kind == tkMonth {
			if d.wordsIn(t.end, p.start, 9) > 8 {
				break
			}
			return atoi(t.m.key) != mt.dt.m || d.monthOtherYear(t, mt)
		}
	}
	for i := m.phrases[0] + 1; i < len(d.toks) && d.toks[i].clause == cl; i++ {
		if t := d.toks[i]; t.kind == tkMonth {
			return d.wordsIn(p.end, t.start, 4) <= 3 && (atoi(t.m.key) != mt.dt.m || d.monthOtherYear(t, mt))
		}
	}
	return false
}

// monthOtherYear says whether month token t prints its year ("octubre de
// 2015", "October 2015": the date grammar reads them as a date without a day)
// and that year is not meeting mt's: "el Examen ..., celebrado en octubre de
// 2015 bajo presidencia española" in a note on a debate of 25 October 2016
// names another October's presidency.
func (d *doc) monthOtherYear(t token, mt *meetingInfo) bool {
	k := sort.Search(len(d.dates), func(k int) bool { return d.dates[k].end > t.start })
	for ; k < len(d.dates) && d.dates[k].start <= t.start; k++ {
		if dt := d.dates[k]; dt.d == 0 && dt.y != 0 {
			return dt.y != mt.dt.y
		}
	}
	return false
}
