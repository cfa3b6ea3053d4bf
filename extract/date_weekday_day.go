package extract

import (
	"strings"
	"time"
)

// weekdayDayDates adds the dates the press writes as a weekday and a day
// number without a month: EFE's "celebrará el próximo martes 23 por la tarde
// una reunión", "este jueves 5". The day is taken in the month of the
// document's date, or in the month after or before it: the one on which the
// day falls on the weekday named, so a wrong month is never guessed.
func (d *doc) weekdayDayDates() {
	ref := d.docDate
	if !ref.full() {
		return
	}
	s := d.t.s
	var add []date
	for _, h := range d.hits.triggers {
		wd, ok := strings.CutPrefix(h.m.key, "weekday:")
		if !ok {
			continue
		}
		i := skipSpace(s, h.end)
		j := i
		for j < len(s) && j-i < 3 && isDigit(s[j]) {
			j++
		}
		// One or two digits standing alone: not "martes 23:00", "martes 23.", "martes 2025".
		if j == i || j-i > 2 || (j < len(s) && (isWordByte(s[j]) || s[j] == ':' || (s[j] == '.' && j+1 < len(s) && isDigit(s[j+1])))) {
			continue
		}
		if d.dateOverlaps(i, j) {
			continue // "el martes 23 de diciembre": the date is read already
		}
		if dt, ok := dayOnWeekday(ref, atoi(s[i:j]), atoi(wd)); ok {
			dt.start, dt.end, dt.inferred = i, j, true // beside the weekday, which then names this date (weekday_apposition.go)
			add = append(add, dt)
		}
	}
	d.insertDates(add)
}

// dayOnWeekday is day n of ref's month, the month after or the month before,
// whichever falls on weekday wd (1 Monday ... 7 Sunday).
func dayOnWeekday(ref date, n, wd int) (date, bool) {
	if n < 1 || n > 31 {
		return date{}, false
	}
	for _, shift := range []int{0, 1, -1} {
		t := time.Date(ref.y, time.Month(ref.m)+time.Month(shift), 1, 12, 0, 0, 0, time.UTC)
		y, m := t.Year(), int(t.Month())
		if !validDay(y, m, n) {
			continue
		}
		if weekdayOf(y, m, n) == wd {
			return date{y: y, m: m, d: n}, true
		}
	}
	return date{}, false
}
