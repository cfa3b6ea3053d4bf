package extract

import "strings"

// staleFallback says whether a presidency would reach meeting mt only through
// a document-wide fallback (@sole, @doc) although mt lies more than 45 days
// from the document's date. A presidency rotates monthly: "Россия возглавила
// Совбез ООН" in a story of 2 September is September's, not that of the July
// meeting the story recalls.
func (d *doc) staleFallback(m *match, expr string, mt *meetingInfo) bool {
	if !d.docDate.full() || !mt.dt.full() || abs(daysBetween(mt.dt, d.docDate)) <= 45 {
		return false
	}
	var before []string
	for _, alt := range strings.Split(expr, "|") {
		if alt = strings.TrimSpace(alt); alt == "@sole" || alt == "@doc" {
			return len(d.resolveMeetings(m, strings.Join(before, "|"))) == 0
		}
		before = append(before, alt)
	}
	return false
}
