package extract

// notDayIn says whether a pattern marked a day word in [ss, se) as no
// meeting's day ("طلبت 8 دول، مساء أمس الأربعاء، عقد جلسة طارئة": the day
// of the request, notmeeting(T)). That sentence dates its own event, so the
// header's date line is not the meeting it names either
// (headerDateIsMeeting): the meeting, if dated, is dated elsewhere.
func (d *doc) notDayIn(ss, se int) bool {
	for t, not := range d.patNotDay {
		if s := d.toks[t].start; not && s >= ss && s < se {
			return true
		}
	}
	return false
}
