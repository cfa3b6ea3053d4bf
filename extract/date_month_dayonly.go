package extract

import (
	"strings"

	"github.com/unkg/unkg/rules"
)

// A short month name that is also a name or a part of words ("сен": Сен,
// Хун Сен; "мар") names a month only after a day number, as RIA Novosti's
// datelines print it: "ООН, 23 сен – РИА Новости", "МОСКВА, 3 сен - РИА
// Новости". The profile lists such names (month-day-only); alone they make
// neither a date nor a month token. A Latin-script one is a date with the day
// after it too, as English stamps print it ("chairs the debate on Jan 9"), but
// not before a name or a year: "Jan Kavan (Czech Republic)", "Zhang Jun
// (China)" (round 33: a month word inside a name dropped the presidency).

// addDayOnly reads a profile's day-only month names, folded.
func (g *dateGrammar) addDayOnly(f *folder, p *rules.Profile) {
	if len(p.MonthDayOnly) == 0 {
		return
	}
	if g.dayOnly == nil {
		g.dayOnly = map[string]map[string]bool{}
	}
	set := g.dayOnly[p.Lang]
	if set == nil {
		set = map[string]bool{}
		g.dayOnly[p.Lang] = set
	}
	g.stemOf = f.stem
	for _, w := range p.MonthDayOnly {
		set[stemmed(f.stem, f.foldString(w))] = true
	}
}

// stemmed is w without its case ending ("сена" is "сен"), so that the
// forms of a day-only name meet it and longer names ("марта") do not.
func stemmed(stem func([]byte) int, w string) string {
	w = strings.TrimSpace(w)
	if stem == nil || w == "" || w[0] < 0x80 {
		return w
	}
	return w[:stem([]byte(w))]
}

// dayOnlyMonth says whether the month name at ms is one of the language's
// day-only names.
func (g *dateGrammar) dayOnlyMonth(s string, ms monthSpan) bool {
	return len(g.dayOnlyHere) > 0 && g.dayOnlyHere[stemmed(g.stemOf, s[ms.start:ms.end])]
}

// dayOnlyMonthHit says the same of a month hit, for the month tokens.
func (d *doc) dayOnlyMonthHit(start, end int) bool {
	set := d.x.dates.dayOnly[d.lang]
	return len(set) > 0 && set[stemmed(d.x.dates.stemOf, d.t.s[start:end])]
}
