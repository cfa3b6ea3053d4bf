package extract

// assessedMonth says whether dt falls in the month a presidency assessment
// covers. A letter transmitting "an assessment of the work of the Security
// Council for the month of October 2015" is sent months later, yet reports
// that month's meetings rather than recalling them: the default that a
// meeting long before the document's date is only referenced does not hold
// for them. The month is a month-only date ("October 2015") in the sentence
// of an assessment phrase (trigger kind "assessment", rules/data/trigger).
func (d *doc) assessedMonth(dt date) bool {
	if !dt.full() {
		return false
	}
	for _, h := range d.triggers("assessment") {
		for _, m := range d.dates {
			if m.d == 0 && m.y == dt.y && m.m == dt.m && d.sameSentence(h.start, m.start) {
				return true
			}
		}
	}
	return false
}
