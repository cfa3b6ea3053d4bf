package extract

import (
	"strings"
	"unicode"
)

// A pattern's literal of punctuation only, "(" or "）" (the parentheses of
// presidency-officer/title-name-country, all-presidency.tsv: "General Assembly
// President Theo-Ben Gurirab (Namibia)"), is a token like any literal, but it
// is no word: two elements of another pattern written one after the other
// stay adjacent across it. Without this, the parentheses one pattern asks for
// stopped every pattern that reads a word beside a parenthesis: "Генеральный
// секретарь (говорит по-английски)" (attendance/ru-r27-record-speaker) and
// "اليوم (الأربعاء)" lost their matches once "(" was a literal, although a
// pattern added never stops another from firing (pattern/README.md).
func punctLiteral(key string) bool {
	lit, ok := strings.CutPrefix(key, "lit:")
	if !ok || lit == "" {
		return false
	}
	for _, r := range lit {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
