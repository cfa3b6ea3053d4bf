package extract

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
			return atoi(t.m.key) != mt.dt.m
		}
	}
	for i := m.phrases[0] + 1; i < len(d.toks) && d.toks[i].clause == cl; i++ {
		if t := d.toks[i]; t.kind == tkMonth {
			return d.wordsIn(p.end, t.start, 4) <= 3 && atoi(t.m.key) != mt.dt.m
		}
	}
	return false
}
