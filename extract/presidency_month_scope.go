package extract

// scopeNamesOtherMonth says whether a presidency match's phrase stands before
// a month-scope phrase that ends before a month name ("durante el mes de", "for
// the month of", "pour le mois de") of a month other than meeting mt's: "Corea
// del Sur, quien ejerció la presidencia durante el mes de septiembre" is
// September's presidency, not the presidency of this month's meetings that a
// pattern reading the phrase alone (presidency/before, or
// presidency/before-this-month taking the scope as "this month") would state.
func (d *doc) scopeNamesOtherMonth(m *match, mt *meetingInfo) bool {
	for _, p := range m.phrases {
		ph := d.toks[p]
		if ph.kind != tkTrigger {
			continue
		}
		scope := -1
		if ph.m.key == "month-scope" {
			scope = p
		} else if n := d.nextToken(p); n >= 0 && d.toks[n].kind == tkTrigger && d.toks[n].m.key == "month-scope" && d.wordsIn(ph.end, d.toks[n].start, 1) == 0 {
			scope = n
		}
		if scope < 0 {
			continue
		}
		if n := d.nextToken(scope); n >= 0 {
			t := d.toks[n]
			if t.kind == tkMonth && d.wordsIn(d.toks[scope].end, t.start, 1) == 0 && atoi(t.m.key) != mt.dt.m {
				return true
			}
		}
	}
	return false
}

// nextToken is the first token of i's clause that starts after token i ends
// (tokens nested in i are stepped over), or -1.
func (d *doc) nextToken(i int) int {
	for j := i + 1; j < len(d.toks) && d.toks[j].clause == d.toks[i].clause; j++ {
		if d.toks[j].start >= d.toks[i].end {
			return j
		}
	}
	return -1
}
