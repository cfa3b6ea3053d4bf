package extract

import "strings"

// shiftedDayNamesDate says whether the day word of token t ("أمس", "yesterday",
// "غدا"), with the weekday that may follow it, stands beside a printed date
// that a pattern makes a meeting: "التي انعقدت أمس الثلاثاء 13 شتنبر 2022".
// The printed date names the meeting's day, and the day word only repeats it
// from the story's day, which a text without a date line does not give.
func (d *doc) shiftedDayNamesDate(t int) bool {
	end := d.toks[t].end
	if w, ok := d.weekdayAfter(t); ok {
		end = d.toks[w].end
	}
	for k, dt := range d.dates {
		if dt.full() && dt.start >= end && dt.start-end <= 6 && strings.Trim(d.t.s[end:dt.start], dayJoiners) == "" {
			return d.patMeeting[k] != nil
		}
	}
	return false
}

// dayJoiners may stand between a day word, its weekday and a date.
const dayJoiners = " \t,،，、(（)）"

// weekdayAfter is the weekday token told with the day word of token t
// ("أمس الثلاثاء", "اليوم (الأحد)"): the next token, with only joiners
// between.
func (d *doc) weekdayAfter(t int) (int, bool) {
	tk := d.toks[t]
	w := int(tk.next)
	if w >= len(d.toks) {
		return 0, false
	}
	wt := d.toks[w]
	if wt.kind != tkTrigger || wt.m.family != "weekday" || wt.start-tk.end > 8 || strings.Trim(d.t.s[tk.end:wt.start], dayJoiners) != "" {
		return 0, false
	}
	return w, true
}
