package extract

// currentMonthDates adds the days written with a phrase for the current month
// instead of a month name, as Arabic news writes them: "في الرابع والعشرين من
// الشهر الجاري", "اعتبارا من الأول من الشهر الجاري", "في الـ 24 الشهر الجاري".
// The phrases are the language's month-scope triggers (rules/data/trigger);
// the day is an ordinal word of the language profile or a number, over the
// profile's ordinal fillers ("من"). Month and year are the document's date's.
func (d *doc) currentMonthDates() {
	ref := d.docDate
	if !ref.full() {
		return
	}
	ow := d.x.dates.ordinal[d.lang]
	s := d.t.s
	var add []date
	for _, h := range d.triggers("month-scope") {
		if d.monthAt(skipSpace(s, h.end)) {
			continue // "لشهر أكتوبر": the month is named, the date is read with it
		}
		i := skipSpaceBack(s, h.start)
		if ow != nil {
			for range 2 {
				i = skipWordBack(s, i, ow.fillers...)
			}
		}
		day, start, ok := dayWordBefore(ow, s, i)
		if !ok || d.dateOverlaps(start, h.end) {
			continue
		}
		if validDay(ref.y, ref.m, day) {
			add = append(add, date{start: start, end: h.end, y: ref.y, m: ref.m, d: day, inferred: true})
		}
	}
	d.insertDates(add)
}

// dayWordBefore reads the day that ends at i: an ordinal word that is not a
// rank ("الأسبوع الأول", the first week), or a number of one or two digits
// standing alone ("الـ 24", "24").
func dayWordBefore(ow *ordinalWords, s string, i int) (day, start int, ok bool) {
	j := i
	for j > 0 && isDigit(s[j-1]) {
		j--
	}
	if n := i - j; n == 1 || n == 2 {
		if j == 0 || s[j-1] == ' ' {
			day = atoi(s[j:i])
			return day, j, day >= 1 && day <= 31
		}
		return 0, 0, false
	}
	if ow == nil || j != i {
		return 0, 0, false
	}
	for _, o := range ow.days {
		if len(o.word) <= i && s[i-len(o.word):i] == o.word {
			k := i - len(o.word)
			if k == 0 || s[k-1] == ' ' && !ow.rankBefore(s, k-1) {
				return o.day, k, true
			}
		}
	}
	return 0, 0, false
}

// monthAt says whether a month name starts at i.
func (d *doc) monthAt(i int) bool {
	for _, m := range d.hits.months {
		if m.start == i {
			return true
		}
	}
	return false
}
