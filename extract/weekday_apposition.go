package extract

import "strings"

// weekdayNamesDate says whether the weekday phrase at [start, end) stands in
// apposition to a date printed beside it: "el pasado martes 5 de enero",
// "Во вторник, 24 февраля", "on Tuesday, 24 February", "24 de febrero
// (martes)". Such a weekday names that date, which the date patterns read;
// counting back from the document's date to the last such weekday would
// make a second, wrong meeting.
func (d *doc) weekdayNamesDate(start, end int) bool {
	const joiners = " \t,،，、(（"
	for _, dt := range d.dates {
		if dt.d == 0 {
			continue
		}
		if dt.start >= end && dt.start-end <= 6 && strings.Trim(d.t.s[end:dt.start], joiners) == "" {
			return true
		}
		if dt.end <= start && start-dt.end <= 6 && strings.Trim(d.t.s[dt.end:start], joiners) == "" {
			return true
		}
	}
	return false
}
