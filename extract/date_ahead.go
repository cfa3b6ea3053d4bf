package extract

import (
	"strings"
	"time"

	"github.com/unkg/unkg/rules"
)

// dayShift is the capture name and the day shift of a meeting argument
// ("T-1", "T+1", "W+1"), as rules.SplitDayShift reads it.
func dayShift(arg string) (string, int) { return rules.SplitDayShift(arg) }

// shiftDays moves dt by n days (n may be negative).
func shiftDays(dt date, n int) date {
	if n == 0 || !dt.full() {
		return dt
	}
	t := time.Date(dt.y, time.Month(dt.m), dt.d, 12, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	dt.y, dt.m, dt.d = t.Year(), int(t.Month()), t.Day()
	return dt
}

// nextWeekday is the first day after dt that falls on weekday wd
// (1 Monday ... 7 Sunday): "غدا الثلاثاء", "بعد غد الخميس" in a story of
// the day before name a day to come, never the last such day.
func nextWeekday(dt date, wd int) date {
	return lastWeekday(shiftDays(dt, 7), wd)
}

// relativeDay is the day a "today", "yesterday" or weekday token means
// from the date "today" stands for at it: a weekday is the last such day on
// or before it, or with a positive shift (or said to come, next-weekday:N)
// the next one after it; any other token is moved by the shift.
func relativeDay(today date, tk token, shift int) date {
	if tk.kind == tkTrigger {
		if wd, ok := strings.CutPrefix(tk.m.key, "next-weekday:"); ok {
			return nextWeekday(today, atoi(wd)) // "الخميس المقبل": next Thursday
		}
		if wd, ok := strings.CutPrefix(tk.m.key, "weekday:"); ok {
			if shift == rules.OnOrAfter {
				return lastWeekday(shiftDays(today, 6), atoi(wd)) // "ستعقد الأربعاء": this Wednesday or the next
			}
			if shift > 0 {
				return nextWeekday(today, atoi(wd))
			}
			return shiftDays(lastWeekday(today, atoi(wd)), shift)
		}
	}
	if shift == rules.OnOrAfter {
		shift = 0 // "+0" moves only a weekday
	}
	return shiftDays(today, shift)
}
