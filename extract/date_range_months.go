package extract

import "strings"

// joinMonthRanges makes one date of a range that runs across two months,
// "from 30 April to 2 May 2002", "du 30 novembre au 2 décembre 2015": the
// first day takes the year printed after the second (the year before, when
// the range runs into January), and the second day is part of the range, not
// a date of its own.
func (g *dateGrammar) joinMonthRanges(s string, dates []date) []date {
	out := dates[:0]
	for i := 0; i < len(dates); i++ {
		a := dates[i]
		if i+1 < len(dates) {
			b := dates[i+1]
			if a.y == 0 && a.d != 0 && b.y != 0 && b.d != 0 && a.m != b.m && a.end <= b.start && g.isRangeWord(s[a.end:b.start]) {
				a.y = b.y
				if a.m > b.m {
					a.y--
				}
				if validDay(a.y, a.m, a.d) {
					a.end = b.end
					out = append(out, a)
					i++
					continue
				}
			}
		}
		out = append(out, a)
	}
	return out
}

// isRangeWord says whether between (the text between two dates) is only a
// word joining two days ("to", "au", "-").
func (g *dateGrammar) isRangeWord(between string) bool {
	w := strings.TrimSpace(between)
	for _, r := range g.rangeWords {
		if w == r {
			return true
		}
	}
	return false
}
