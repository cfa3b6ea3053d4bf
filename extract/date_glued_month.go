package extract

import "unicode/utf8"

// The Arabic press glues a day or a year to an Arabic month name ("21اذار",
// "10 يناير1946م"): a digit beside an Arabic month is no word it runs into,
// as it would be beside a Latin one ("16Feb" stays unread).

// gluedMonthStart says whether the digit b before pattern p of meaning mn
// still lets the month start there.
func gluedMonthStart(mn *meaning, p *pattern, b byte) bool {
	return mn.class == clsMonth && p.arabicStart && isDigit(b)
}

// gluedMonthEnd says whether a month ending at e, before a digit, is Arabic.
func gluedMonthEnd(mn *meaning, s string, e int) bool {
	if mn.class != clsMonth || e >= len(s) || !isDigit(s[e]) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:e])
	return isArabic(r)
}

// gluedDay says whether the month starting at ms follows a digit directly
// and is Arabic, so the number before it is its day.
func gluedDay(s string, ms int) bool {
	if ms == 0 || !isDigit(s[ms-1]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[ms:])
	return isArabic(r)
}
