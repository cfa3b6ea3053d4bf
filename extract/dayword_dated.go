package extract

import "strings"

// shiftedDayNamesDate says whether the day word of token t ("أمس", "yesterday",
// "غدا"), with the weekday that may follow it, stands beside a printed date
// that a pattern makes a meeting: "التي انعقدت أمس الثلاثاء 13 شتنبر 2022".
// The printed date names the meeting's day, and the day word only repeats it
// from the story's day, which a text without a date line does not give.
func (d *doc) shiftedDayNamesDate(t int) bool {
	const joiners = " \t,،，、(（"
	tk := d.toks[t]
	end := tk.end
	if n := tk.next; n < len(d.toks) {
		nt := d.toks[n]
		if nt.kind == tkTrigger && nt.family == "weekday" && nt.start-end <= 6 && strings.Trim(d.t.s[end:nt.start], joiners) == "" {
			end = nt.end
		}
	}
	for k, dt := range d.dates {
		if dt.full() && dt.start >= end && dt.start-end <= 6 && strings.Trim(d.t.s[end:dt.start], joiners) == "" {
			return d.patMeeting[k] != nil
		}
	}
	return false
}
