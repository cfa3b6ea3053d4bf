package extract

import "unicode/utf8"

// Symbols as old, scanned and Chinese documents print them.
//
// A line may break after a symbol's slash ("(S/2002/\n1328)", PDFs and OCR of
// two-column pages): a symbol never ends in '/', so the digits on the next
// line are its last part. And a Chinese text writes the symbol against the
// characters around it ("2014年12月18日S/PRST/2014/28号主席声明"): a Han
// character before the series letter is a boundary, as a space is in Latin
// script, where a letter of another alphabet right before it is not.

// symbolAfterHan says whether the byte before offset start of s ends a Han
// character (or CJK punctuation), so a symbol may start at start.
func symbolAfterHan(s string, start int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:start])
	return r != utf8.RuneError && isHanish(r)
}

// wrappedSymbolEnd extends a symbol whose body ends in '/' at end (the slash
// excluded) over a line break or spaces to the digits that continue it, and
// returns the new end, or end when nothing continues it.
func wrappedSymbolEnd(s string, end int) int {
	for {
		k := wrappedPartEnd(s, end)
		if k == end {
			return end
		}
		end = k // each slash may be followed by a space: "(S/ 2000/ 657)"
	}
}

// wrappedPartEnd is wrappedSymbolEnd for one slash.
func wrappedPartEnd(s string, end int) int {
	if end >= len(s) || s[end] != '/' {
		return end
	}
	j := end + 1
	for j < len(s) && (s[j] == ' ' || s[j] == '\n' || s[j] == '\r') {
		j++
	}
	if j == end+1 || j >= len(s) || !isDigit(s[j]) {
		return end
	}
	k := symbolPartEnd(s, j)
	return spacedDigitsEnd(s, j, k) // symbol_ocr_list.go: "(S/ 3 2 96"
}

// symbolID is the symbol's id: upper case, without the spaces and line breaks inside it.
func symbolID(raw string) []byte {
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c == ' ' || c == '\n' || c == '\r' {
			continue
		}
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		out = append(out, c)
	}
	return out
}

// symbolPartEnd is the end of the run of symbol bytes from j, without the
// punctuation a sentence may set after it ("S/PV.8539." ends at the 9).
func symbolPartEnd(s string, j int) int {
	k := j
	for k < len(s) && isSymbolByte(s[k]) {
		k++
	}
	for k > j && (s[k-1] == '.' || s[k-1] == '/' || s[k-1] == '-') {
		k--
	}
	return k
}
