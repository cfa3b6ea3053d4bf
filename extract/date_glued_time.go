package extract

// yearGluedToTime reads the year of a page's date line whose time touches it:
// nsn.fm prints "17 ноября 202523:16" (17 November 2025, 23:16). Four digits,
// then two, a colon and two more, and no digit after: the first four are the year.
func yearGluedToTime(s string, j int) (y, end int, ok bool) {
	const n = len("202523:16")
	if j+n > len(s) || s[j+6] != ':' || (j+n < len(s) && isDigit(s[j+n])) {
		return 0, 0, false
	}
	for _, k := range []int{0, 1, 2, 3, 4, 5, 7, 8} {
		if !isDigit(s[j+k]) {
			return 0, 0, false
		}
	}
	y = atoi(s[j : j+4])
	if !validYear(y) {
		return 0, 0, false
	}
	return y, j + 4, true
}
