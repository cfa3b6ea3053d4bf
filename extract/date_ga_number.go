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

// romanSessionBefore says whether before ends with a resolution number's
// session in Roman numerals and a short joining word: "1514 (XV) of", "377 A
// (V) of", "3362 (S-VII) of", the numbering of the Assembly's first thirty
// sessions, which "N (YYYY) of" (otherDocDate) does not read.
func romanSessionBefore(before string) bool {
	i := strings.LastIndexByte(before, ')')
	if i < 0 {
		return false
	}
	j := strings.LastIndexByte(before[:i], '(')
	if j < 2 || i-j < 2 {
		return false
	}
	sess := strings.TrimPrefix(strings.TrimPrefix(before[j+1:i], "es-"), "s-")
	if sess == "" || strings.Trim(sess, "ivxl") != "" {
		return false
	}
	// A number (and a letter) before the parenthesis: "1514 (", "377 a (".
	head := strings.TrimRight(before[:j], " ")
	if len(head) >= 2 && head[len(head)-2] == ' ' && 'a' <= head[len(head)-1] && head[len(head)-1] <= 'e' {
		head = strings.TrimRight(head[:len(head)-1], " ")
	}
	if head == "" || !isDigit(head[len(head)-1]) {
		return false
	}
	rest := strings.TrimSpace(before[i+1:])
	return rest != "" && len(rest) <= 14 && !strings.ContainsAny(rest, ".;()/0123456789")
}
