package extract

import "unicode/utf8"

// gluedArabicBefore says whether the numeric date starting at ds follows an
// Arabic letter directly: Arabic sites glue their section's name to the
// stamp they print under a headline ("عرب وعالم21-6-2023 | 20:02"), and an
// Arabic letter is no digit the day could run on from, as a Latin letter or
// a digit would be.
func gluedArabicBefore(s string, ds int) bool {
	if ds == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:ds])
	return isArabic(r)
}
