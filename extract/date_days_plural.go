package extract

import (
	"slices"
	"strings"
)

// splitPluralDays makes two dates of two days joined by "and" when a plural
// word for meetings opens their sentence: "заседания Совбеза ООН 16 и 17 июля
// пройдут" are two meetings, one a day, not one meeting over two days (which
// "the meeting of 16 and 17 July" stays). The words are the `date-plural`
// triggers of rules/data/trigger/LANG.tsv.
func (g *dateGrammar) splitPluralDays(s string, dates []date) []date {
	if len(g.plurals) == 0 {
		return dates
	}
	var out []date
	for _, d := range dates {
		first, second, ok := g.andDays(s, d)
		if ok && g.pluralBefore(s, d.start) {
			out = append(out, first, second)
			continue
		}
		out = append(out, d)
	}
	return out
}

// andDays splits a range "16 и 17 июля" joined by a word for "and" into its
// two days.
func (g *dateGrammar) andDays(s string, d date) (first, second date, ok bool) {
	if d.endDay == 0 || d.d == 0 {
		return d, d, false
	}
	_, fe, ok := numberAfter(s, d.start, 2)
	if !ok {
		return d, d, false
	}
	j := skipSpace(s, fe)
	k := -1
	for _, w := range g.andWords {
		if w != "" && strings.HasPrefix(s[j:], w) && skipSpace(s, j+len(w)) > j+len(w) {
			k = skipSpace(s, j+len(w))
			break
		}
	}
	if k < 0 {
		return d, d, false
	}
	if day, _, ok := numberAfter(s, k, 2); !ok || day != d.endDay {
		return d, d, false
	}
	first, second = d, d
	first.endDay, first.end = 0, fe
	second.d, second.endDay, second.start = d.endDay, 0, k
	return first, second, true
}

// pluralBefore says whether a plural word for meetings stands in the
// sentence before byte i.
func (g *dateGrammar) pluralBefore(s string, i int) bool {
	from := strings.LastIndexAny(s[:i], ".!?\n") + 1
	words := strings.FieldsFunc(s[from:i], func(r rune) bool {
		return r == ' ' || r == ',' || r == '—' || r == '-' || r == '«' || r == '»' || r == '"'
	})
	return slices.ContainsFunc(words, func(w string) bool { return slices.Contains(g.plurals, w) })
}
