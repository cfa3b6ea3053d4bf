package extract

import (
	"strings"
	"time"
)

// daywordWeekdays settles a day word told with its weekday ("اليوم الأحد",
// "غدا الأربعاء", "أمس (السبت)") on one day: the day the word means from
// the story's date when it falls on that weekday, else the day of that
// weekday nearest to it. Arabic sites print the day they publish (or the
// day a reader opens the page), often a day after the story was written:
// under "الإثنين 15 أبريل", "اليوم الأحد" is Sunday the 14th, not the 15th,
// and "غدا الثلاثاء" under a Tuesday is that Tuesday, not the next one.
// Both the day word's and the weekday's meetings get that day. A language
// whose sites so print says "dayword-weekday" in its profile.
func (d *doc) daywordWeekdays() {
	words := d.words()
	if !words.daywordWeekday || len(d.dayMeetings) == 0 {
		return
	}
	shiftOf := map[int]int{} // token -> shift that makes relativeDay give the agreed day
	for p := range d.toks {
		pt := d.toks[p]
		offset, ok := daywordOffset(pt, d.t.s, words.dayAfterTomorrow)
		if !ok {
			continue
		}
		w, ok := d.weekdayAfter(p) // dayword_dated.go
		if !ok {
			continue
		}
		wt := d.toks[w]
		today := d.todayAt(pt.start)
		if !today.full() {
			continue
		}
		wd := atoi(strings.TrimPrefix(wt.m.key, "weekday:"))
		agreed := nearestWeekday(shiftDays(today, offset), wd)
		gap := dayGap(today, agreed)
		shiftOf[p] = gap
		if gap <= 0 {
			shiftOf[w] = 0 // the last such weekday on or before the story's date
		} else {
			shiftOf[w] = 1 // the next one after it
		}
	}
	for k := range d.dayMeetings {
		if s, ok := shiftOf[d.dayMeetings[k].tok]; ok {
			d.dayMeetings[k].shift = s
		}
	}
}

// daywordOffset is the day a day word means from the story's date: 0 for
// "اليوم", -1 "أمس", +1 "غدا", +2 for a "tomorrow" phrase holding one of
// the profile's day-after-tomorrow phrases ("بعد غد").
func daywordOffset(tk token, s string, dayAfter []string) (int, bool) {
	if tk.kind != tkTrigger {
		return 0, false
	}
	switch tk.m.key {
	case "today":
		return 0, true
	case "yesterday":
		return -1, true
	case "tomorrow":
		for _, w := range dayAfter {
			if strings.Contains(s[tk.start:tk.end], w) {
				return 2, true
			}
		}
		return 1, true
	}
	return 0, false
}

// nearestWeekday is the day on weekday wd (1 Monday ... 7 Sunday) nearest
// to dt: at most three days before or after it.
func nearestWeekday(dt date, wd int) date {
	before := lastWeekday(dt, wd)
	if dayGap(before, dt) <= 3 {
		return before
	}
	return shiftDays(before, 7)
}

// dayGap is the number of calendar days from a to b (daysBetween in
// meetings.go is a rough count for a 90-day window).
func dayGap(a, b date) int {
	ta := time.Date(a.y, time.Month(a.m), a.d, 12, 0, 0, 0, time.UTC)
	tb := time.Date(b.y, time.Month(b.m), b.d, 12, 0, 0, 0, time.UTC)
	return int(tb.Sub(ta).Hours() / 24)
}
