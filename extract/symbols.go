package extract

import (
	"strings"
)

// symbol is a UN document symbol found in the normalized text.
type symbol struct {
	start, end int    // normalized span
	id         string // upper case, spaces removed: S/RES/1631(2005)
}

// symbolScanner reads UN document symbols: a known series (A/, S/RES/, SC/)
// followed by parts of letters, digits and dots joined by '/', and an optional
// year in parentheses: S/RES/1631 (2005), S/PV.4739, A/60/L.1, SC/8984.
type symbolScanner struct {
	series map[string]bool // first part of a symbol, folded: "a", "s", "sc"
}

func newSymbolScanner(series []string) *symbolScanner {
	sc := &symbolScanner{series: map[string]bool{}}
	for _, s := range series {
		first := strings.ToLower(s)
		if i := strings.IndexAny(first, "/."); i > 0 {
			first = first[:i]
		}
		sc.series[first] = true
	}
	return sc
}

func isSymbolByte(c byte) bool {
	return isDigit(c) || ('a' <= c && c <= 'z') || c == '.' || c == '/' || c == '-'
}

func (sc *symbolScanner) find(s string) []symbol {
	var out []symbol
	next := 0 // symbols do not overlap: a '/' inside the last one starts none
	for at := range occurrences(s, "/") {
		if at < next {
			continue
		}
		start := at
		for start > 0 && (isDigit(s[start-1]) || ('a' <= s[start-1] && s[start-1] <= 'z') || s[start-1] == '.') && !listDotStart(s, start) {
			start--
		}
		first := s[start:at]
		if start > 0 && s[start-1] >= 0x80 {
			if k, latin := lookalikeStart(s, start, at); latin != "" { // symbol_cyrillic.go: "А/PV.707"
				start, first = k, latin
			}
		}
		if start == at || (start > 0 && (s[start-1] >= 0x80 && !symbolAfterHan(s, start) || s[start-1] == '/')) {
			continue
		}
		if !sc.series[first] {
			continue
		}
		end := at
		for end < len(s) && isSymbolByte(s[end]) {
			end++
		}
		for end > at && (s[end-1] == '.' || s[end-1] == '/' || s[end-1] == '-') {
			end--
		}
		if end == at {
			end = straySpaceEnd(s, at) // symbol_stray_space.go: "S/ PV.8539"
		}
		end = wrappedSymbolEnd(s, end)        // symbol_wrap.go: "S/2002/\n1328"
		end = suffixWrappedEnd(s, start, end) // symbol_suffix_wrap.go: "ST/PSCA/1/Add.\n21"
		end = sc.brokenJointEnd(s, end)       // symbol_joint_broken.go: "A/40/367-\nE/1985/116"
		end = sc.listDotEnd(s, start, end)    // symbol_ocr_list.go: "S/3309.S/3310"
		body := s[start:end]
		if !strings.ContainsAny(body, "0123456789") || strings.Count(body, "/") < 1 || end == at+1 {
			continue
		}
		// A year in parentheses belongs to resolution symbols: S/RES/1631 (2005).
		j := skipSpace(s, end)
		if j+6 <= len(s) && s[j] == '(' && s[j+5] == ')' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) && isDigit(s[j+4]) && strings.Contains(strings.ReplaceAll(body, " ", ""), "/res/") {
			end = j + 6
		}
		id := sc.unglueJoint(string(symbolID(first + s[at:end]))) // a copy: s is a reused buffer; symbol_joint_broken.go
		if oasSymbol(id) {                                        // symbol_oas.go: "AG/RES. 1733 (XXX-O/00)" is the OAS's
			next = end
			continue
		}
		out = append(out, symbol{start: start, end: end, id: id})
		next = end
	}
	return out
}
