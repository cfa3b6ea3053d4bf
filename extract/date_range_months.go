package extract

import (
	"slices"
	"strings"
)

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
				if validDay(a.y, a.m, a.d) && g.twoDates(s, a, b) {
					out = append(out, a) // "les 9 mai et 7 août 2019": two days, the first with the second's year
					continue
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

// twoDates says whether dates a and b of s, months apart, are two dates
// rather than a range: joined by a word for "and" ("9 mai et 7 août 2019",
// "30 April and 2 May"), unless b is the day after a, the second day of one
// meeting ("30 April and 1 May 2002"), or a word for "between" opens the pair
// ("between 18 June and 8 August 1984", a period).
func (g *dateGrammar) twoDates(s string, a, b date) bool {
	if !slices.Contains(g.andWords, strings.TrimSpace(s[a.end:b.start])) {
		return false
	}
	before := strings.TrimSpace(s[max(0, a.start-24):a.start])
	for _, w := range g.between {
		if strings.HasSuffix(before, w) { // the trigger lists "between the", "entre le"
			return false
		}
	}
	next := a
	next.d++
	if !validDay(next.y, next.m, next.d) {
		next.d, next.m = 1, next.m+1
		if next.m > 12 {
			next.m, next.y = 1, next.y+1
		}
	}
	return !(next.y == b.y && next.m == b.m && next.d == b.d)
}
