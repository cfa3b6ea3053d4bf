package extract

// shiftedDayIn says whether a pattern dates a meeting in [ss, se) by a day
// word that moves off the document's date ("عقد مجلس الأمن الدولي امس",
// "met yesterday", "غدا الاثنين"): that sentence has a date of its own, so
// the header's date line is not its meeting's (headerDateIsMeeting).
func (d *doc) shiftedDayIn(ss, se int) bool {
	for _, dm := range d.dayMeetings {
		if dm.shift == 0 || d.patNotDay[dm.tok] {
			continue
		}
		if s := d.toks[dm.tok].start; s >= ss && s < se {
			return true
		}
	}
	return false
}
