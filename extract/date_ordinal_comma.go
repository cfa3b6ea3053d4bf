package extract

import "strings"

// ordinalCommaBefore is i moved back over a comma that follows a day written
// with an ordinal ending, before the month: "1st, September 2024", the
// publication stamp Arabic news aggregators print in English. A comma after a
// bare number ("resolution 2785, July 2025") is no day: i stays.
func (g *dateGrammar) ordinalCommaBefore(s string, i int) int {
	if i == 0 || s[i-1] != ',' {
		return i
	}
	for _, suf := range g.ordinals {
		if strings.HasSuffix(s[:i-1], suf) && i-1-len(suf) > 0 && isDigit(s[i-2-len(suf)]) {
			return i - 1
		}
	}
	return i
}
