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

// monthOtherYear says whether month token t prints its year right after it
// ("octubre de 2015", "October 2015", "octobre 2015") and that year is not
// meeting mt's: "el Examen ..., celebrado en octubre de 2015 bajo presidencia
// española" in a note on a debate of 25 October 2016 names another October's
// presidency.
func (d *doc) monthOtherYear(t token, mt *meetingInfo) bool {
	y := yearAfterMonth(d.t.s[t.end:])
	return y != 0 && y != mt.dt.y
}

// yearAfterMonth reads the year that opens s, after spaces and at most one
// short linking word ("de", "del", "of"): "de 2015", " 2015"; else 0.
func yearAfterMonth(s string) int {
	i := skipSpace(s, 0)
	if j := i; j < len(s) && !isDigit(s[j]) {
		for j < len(s) && s[j] != ' ' && j-i < 4 {
			j++
		}
		if j-i > 3 || j >= len(s) || s[j] != ' ' {
			return 0
		}
		i = skipSpace(s, j)
	}
	if i+4 > len(s) || (i+4 < len(s) && isDigit(s[i+4])) {
		return 0
	}
	for k := i; k < i+4; k++ {
		if !isDigit(s[k]) {
			return 0
		}
	}
	if y := atoi(s[i : i+4]); validYear(y) {
		return y
	}
	return 0
}
