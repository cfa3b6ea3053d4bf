package extract

// straySpaceEnd is the end of a symbol whose slash a typesetter followed by a
// stray space, "United Nations S/ PV.8539" on a record's cover: the same
// symbol as "S/PV.8539" of its footer, not a citation of another document. at
// is the slash after a known series; the part after the one space must open as
// a symbol's second part does, letters and a dot or slash then a digit
// ("PV.8539", "RES/2467", "PRST/2010/4"), so "A/ B" starts none (a number after
// the space, "(S/ 2000/ 657)", is wrappedSymbolEnd's). It returns at when none.
func straySpaceEnd(s string, at int) int {
	j := at + 2
	if j >= len(s) || s[at+1] != ' ' {
		return at
	}
	k := symbolPartEnd(s, j)
	r := s[j:k]
	i := 0
	for i < len(r) && 'a' <= r[i] && r[i] <= 'z' {
		i++
	}
	if i >= 2 && i <= 5 && i+1 < len(r) && (r[i] == '.' || r[i] == '/') && isDigit(r[i+1]) {
		return k
	}
	return at
}
