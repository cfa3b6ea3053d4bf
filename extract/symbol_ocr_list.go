package extract

// Symbols of a list as an OCR of an old record prints them (testdata/dev2
// zh_211, S/PV.685 in Chinese): the comma between two symbols read as a dot,
// "S/3302,S/3309.S/3310,S/3311", and the digits of a symbol spaced apart,
// "(S/ 3 2 96, S/3297".

// listDotEnd cuts a symbol body s[start:end] at a dot that stands after a
// digit and opens another known series ("s/3309.s/3310"): the two are the
// items of a list, not one symbol. It returns end when no such dot is there.
func (sc *symbolScanner) listDotEnd(s string, start, end int) int {
	for i := start + 1; i+1 < end; i++ {
		if s[i] == '.' && isDigit(s[i-1]) && sc.opensSeries(s[i+1:end]) {
			return i
		}
	}
	return end
}

// listDotStart says whether a symbol's back-scan, which runs over letters,
// digits and dots, stops at offset i: a dot after a digit ends the item
// before it ("3309." in "s/3309.s/3310"), so the series letter after it
// starts a symbol.
func listDotStart(s string, i int) bool {
	return s[i-1] == '.' && i >= 2 && isDigit(s[i-2])
}

// spacedDigitsEnd extends a symbol's last part s[j:k], one or two digits
// reached over a space after the slash ("S/ 3 2 96"), over the digit groups
// that follow it one space apart, up to five digits in all: the OCR spaced
// the number out. A longer first part ("S/ 2000/ 657") is a part of its own.
func spacedDigitsEnd(s string, j, k int) int {
	if k-j > 2 {
		return k
	}
	for i := j; i < k; i++ {
		if !isDigit(s[i]) {
			return k
		}
	}
	n := k - j
	for k+1 < len(s) && s[k] == ' ' && isDigit(s[k+1]) {
		m := k + 1
		for m < len(s) && isDigit(s[m]) {
			m++
		}
		if n+m-k-1 > 5 || (m < len(s) && isSymbolByte(s[m]) && !isDigit(s[m]) && s[m] != '.') {
			break
		}
		n += m - k - 1
		k = m
	}
	return k
}
