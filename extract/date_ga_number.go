package extract

import "strings"

// A General Assembly or Economic and Social Council resolution or decision is
// numbered session/number, and the date after that number is the text's:
// "(decision 59/552 of 23 December 2004)", "(decisión 52/459, de 22 de
// diciembre de 1997)", "resolution 1999/52 of 29 July 1999", "решение 52/459 от
// 22 декабря 1997 года". It dates no meeting, even where the clause names a
// session ("remains on the agenda of the fifty-ninth session"), as "N (YYYY)
// of DATE" dates none (otherDocDate).

// numberedDocBefore says whether before, the normalized text that ends where
// a date starts, ends with such a number, an optional letter ("52/12 b") and a
// short joining word ("of", ", de", "du", "от", "المؤرخ").
func numberedDocBefore(before string) bool {
	i := strings.LastIndexByte(before, '/')
	if i < 1 || !isDigit(before[i-1]) || i+1 >= len(before) || !isDigit(before[i+1]) {
		return false
	}
	// The digits before the slash stand on their own: "59/552", not a date "12/05/".
	j := i - 1
	for j > 0 && isDigit(before[j-1]) {
		j--
	}
	if j > 0 && before[j-1] != ' ' && before[j-1] != '(' {
		return false
	}
	k := i + 1
	for k < len(before) && isDigit(before[k]) {
		k++
	}
	rest := before[k:]
	// "52/12 b of": one letter of the lettered resolutions.
	if len(rest) >= 3 && rest[0] == ' ' && 'a' <= rest[1] && rest[1] <= 'e' && rest[2] == ' ' {
		rest = rest[2:]
	}
	rest = strings.TrimSpace(rest)
	return rest != "" && len(rest) <= 14 && !strings.ContainsAny(rest, ".;()/0123456789")
}
