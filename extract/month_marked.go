package extract

import (
	"slices"
	"strconv"
)

// markedMonthMeanings are the months a marked number names ("8月"), one per
// month, shared by every document.
var markedMonthMeanings = func() (ms [13]*meaning) {
	for m := 1; m <= 12; m++ {
		ms[m] = &meaning{class: clsMonth, key: strconv.Itoa(m), rule: "month/marked-number"}
	}
	return ms
}()

// markedMonths adds the months written as a number and the language's month
// mark with no day after them, as Chinese writes a presidency's month:
// "担任联合国安理会8月轮值主席", "安理会11月份工作计划". The month gazetteer
// holds the month words (八月), not numbers; the marked date grammar reads
// "8月1日" as a day and drops a month alone. The tokens step over a month
// that stands inside a dated day, so every such number is added here, when
// it is 1-12 with no digit touching it; "2021年5月" gives May.
func (d *doc) markedMonths() {
	md := d.x.dates.markedOf(d.lang)
	if md == nil || len(md.month) == 0 {
		return
	}
	s := d.t.s
	var add []hit
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i > 0 && isDigit(s[i-1]) {
			continue
		}
		n, end, ok := numberAfter(s, i, 2)
		if !ok || n < 1 || n > 12 {
			continue
		}
		mark := hasPrefix(s[end:], md.month)
		if mark == 0 || d.monthAt(i) {
			continue
		}
		add = append(add, hit{start: i, end: end + mark, m: markedMonthMeanings[n]})
		i = end
	}
	if len(add) == 0 {
		return
	}
	d.hits.months = append(d.hits.months, add...)
	slices.SortStableFunc(d.hits.months, func(a, b hit) int { return a.start - b.start })
}
