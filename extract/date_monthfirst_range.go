package extract

import "strings"

// monthFirstLastDay reads the last day of a range written month first, after
// the first day ending at k: "December 19-20, 2024", "July 12th and 13th,
// 2023". It returns the last day and where it ends, or ok false. After a word
// ("and", "to") the last day must close the date: a comma, a year, or the
// clause's end; "July 12 and 13 members" is a day and a count.
func (g *dateGrammar) monthFirstLastDay(s string, k, first, month int) (last, end int, ok bool) {
	j := skipSpace(s, k)
	for _, w := range g.rangeWords {
		if !strings.HasPrefix(s[j:], w) {
			continue
		}
		after := j + len(w)
		word := isWordByte(w[0])
		if word && (after >= len(s) || s[after] != ' ') {
			continue
		}
		n, ne, found := numberAfter(s, skipSpace(s, after), 2)
		if !found || n <= first || !validDay(0, month, n) {
			return 0, 0, false
		}
		e := ne
		for _, suf := range g.ordinals {
			if strings.HasPrefix(s[e:], suf) {
				e += len(suf)
				break
			}
		}
		if e < len(s) && isWordByte(s[e]) {
			return 0, 0, false
		}
		if word && !closesDate(s, e) {
			return 0, 0, false
		}
		return n, e, true
	}
	return 0, 0, false
}

// closesDate says whether what follows i ends a date: a comma, a year, a
// stop, a bracket, or the text's end.
func closesDate(s string, i int) bool {
	j := skipSpace(s, i)
	if j == len(s) {
		return true
	}
	switch s[j] {
	case ',', '.', ';', ')', ':':
		return true
	}
	y, _, ok := numberAfter(s, j, 4)
	return ok && validYear(y)
}
