package rules

import "strings"

// SplitDayShift splits a meeting argument into its capture name and a shift
// in days: "T-1" the day before (yesterday, أمس), "T+1" and "T+2" one and two
// days after (tomorrow, غدا; the day after tomorrow, بعد غد). A weekday
// capture with a positive shift ("W+1") names the next such weekday after the
// document's date ("غدا الثلاثاء", "next Tuesday") rather than the last one;
// "W+0" names the first such weekday on or after it (a meeting announced for
// "الأربعاء", reported the next day or the same day).
func SplitDayShift(arg string) (name string, shift int) {
	for _, s := range [...]struct {
		suffix string
		n      int
	}{{"-1", -1}, {"+1", 1}, {"+2", 2}, {"+0", OnOrAfter}} {
		if n, ok := strings.CutSuffix(arg, s.suffix); ok {
			return n, s.n
		}
	}
	return arg, 0
}

// OnOrAfter is the shift of "W+0": the first such weekday on or after the document's date.
const OnOrAfter = 7
