package extract

import "strings"

// A printed line may break inside a symbol's last part, after the dot of
// its addendum, revision or corrigendum: "ST/PSCA/1/Add.\n\n21" on a
// Repertoire's title page, "S/2019/25/Add.\n43"; a typed record's running
// head spaces its number the same way ("A/42/PV. 85"). The number on the next line
// is the part's: the symbol never ends in a bare "Add", which named no
// document, and it is not the document's own symbol either.

// symbolSuffixes are the last parts of a symbol that take a number after a dot.
var symbolSuffixes = []string{"/add", "/rev", "/corr", "/amend", "/pv"}

// suffixWrappedEnd extends a symbol of s[start:end] whose body ends in a
// suffix word with its dot at end ("…/add" + ".") over spaces and line breaks
// to the number that follows, and returns the new end. When no number
// follows, the suffix is cut off and the symbol ends before its slash.
func suffixWrappedEnd(s string, start, end int) int {
	if end >= len(s) || s[end] != '.' {
		return end
	}
	body := s[start:end]
	cut := -1
	for _, suf := range symbolSuffixes {
		if strings.HasSuffix(body, suf) {
			cut = end - len(suf)
			break
		}
	}
	if cut <= start {
		return end
	}
	j := end + 1
	for j < len(s) && (s[j] == ' ' || s[j] == '\n' || s[j] == '\r') {
		j++
	}
	if j >= len(s) || !isDigit(s[j]) {
		return cut
	}
	k := j
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	return k
}
