package extract

import (
	"slices"
	"strings"
)

// minSpacedParts is how many parts a symbol printed with spaced slashes needs:
// "S / Agenda / 1939" (a typeset record), "S / RES / 1328" (a mirror's
// infobox). Two parts ("S / 2") read too easily as arithmetic or a ratio.
const minSpacedParts = 3

// findSpaced adds to out, which find returned, the symbols whose slashes
// stand between spaces: a known series, then parts of letters, digits and dots,
// each joined by " / ", the last holding a digit. The id drops the spaces, so
// "S / Agenda / 1939" is the document S/AGENDA/1939 that "S/Agenda/1939" names.
func (sc *symbolScanner) findSpaced(s string, out []symbol) []symbol {
	found := false
	for at := range occurrences(s, " / ") {
		start := at
		for start > 0 && (isDigit(s[start-1]) || ('a' <= s[start-1] && s[start-1] <= 'z')) {
			start--
		}
		if start == at || !sc.series[s[start:at]] || (start > 0 && (s[start-1] >= 0x80 || s[start-1] == '/' || isSymbolByte(s[start-1]))) {
			continue
		}
		parts, end := 1, at
		for strings.HasPrefix(s[end:], " / ") {
			j := end + len(" / ")
			k := j
			for k < len(s) && (isDigit(s[k]) || ('a' <= s[k] && s[k] <= 'z') || s[k] == '.') {
				k++
			}
			for k > j && s[k-1] == '.' {
				k--
			}
			if k == j {
				break
			}
			parts, end = parts+1, k
		}
		last := s[strings.LastIndex(s[:end], "/")+1 : end]
		if (parts < minSpacedParts && !spacedNumberInParens(s, start, end, parts, last)) || !strings.ContainsAny(last, "0123456789") {
			continue
		}
		id := string(symbolID(s[start:end]))
		if oasSymbol(id) { // symbol_oas.go
			continue
		}
		out = append(out, symbol{start: start, end: end, id: id})
		found = true
	}
	if found {
		slices.SortFunc(out, func(a, b symbol) int { return a.start - b.start })
	}
	return out
}

// spacedNumberInParens says whether a two-part symbol with a spaced slash is a
// document number in parentheses, as typeset Russian records print the
// letters before the Council: "на имя Председателя Совета Безопасности
// (S / 12128);" (S/PV.1939, 1976). A series and a number of three digits or
// more, alone between the parentheses, is no ratio.
func spacedNumberInParens(s string, start, end, parts int, last string) bool {
	last = strings.TrimSpace(last)
	if parts != 2 || len(last) < 3 || start == 0 || s[start-1] != '(' || end >= len(s) || s[end] != ')' {
		return false
	}
	for i := 0; i < len(last); i++ {
		if !isDigit(last[i]) {
			return false
		}
	}
	return true
}
