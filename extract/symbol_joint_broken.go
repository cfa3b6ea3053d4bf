package extract

// A joint symbol ("A/40/367-E/1985/116", one report to the General Assembly
// and the Economic and Social Council) loses its dash when a PDF is read:
// typeset in a column, the line breaks at the dash and the reader writes
// "A/40/367- E/1985/116" (a line-break hyphen after a digit is no word's),
// and the text layer of an ODS PDF may drop the en dash altogether
// ("A/55/305S/2000/809" heading the Brahimi report as scribd.com serves it).
// Both are the joint symbol: a series name never follows a number inside one
// part, and a symbol never ends in a hyphen.

// brokenJointEnd extends a symbol ending at end, where a hyphen and spaces
// (a line break, normalized) stand before a symbol of a known series, over
// that symbol, and returns the new end, or end when no such symbol follows.
func (sc *symbolScanner) brokenJointEnd(s string, end int) int {
	if end+2 >= len(s) || s[end] != '-' || s[end+1] != ' ' {
		return end
	}
	j := end + 1
	for j < len(s) && s[j] == ' ' {
		j++
	}
	k := symbolPartEnd(s, j)
	if !sc.opensSeries(s[j:k]) {
		return end
	}
	return k
}

// unglueJoint puts back the dash of a joint symbol whose parts stand glued,
// a number against the next part's series name ("A/55/305S/2000/809"), and
// returns id unchanged when no part opens a known series after a digit.
func (sc *symbolScanner) unglueJoint(id string) string {
	for i := 1; i < len(id); i++ {
		if isDigit(id[i-1]) && 'A' <= id[i] && id[i] <= 'Z' && sc.opensSeries(id[i:]) {
			return id[:i] + "-" + sc.unglueJoint(id[i:])
		}
	}
	return id
}
