package extract

import "strings"

// agencyDateline says whether the text before a date on its line is the
// opening of an agency dateline that carries the date inside the parentheses:
// "UNITED NATIONS (UrduPoint News / Sputnik - 02nd June, 2021)". The city is
// written in capitals, and the parenthesis is still open where the date starts.
func agencyDateline(before string) bool {
	open := strings.IndexByte(before, '(')
	if open < 3 || strings.IndexByte(before[open:], ')') >= 0 || strings.ContainsAny(before, ".;") {
		return false
	}
	city := strings.TrimSpace(before[:open])
	for _, r := range city {
		if r != ' ' && r != '-' && (r < 'A' || r > 'Z') {
			return false
		}
	}
	tail := strings.TrimSpace(before[open+1:])
	return strings.HasSuffix(tail, "-") || strings.HasSuffix(tail, "–") || strings.HasSuffix(tail, ",")
}
