package extract

// notDay records that the day phrase at token t ("اليوم", a weekday) dates
// no meeting: notmeeting(T) on a trigger capture. "أعلن المجلس، الثلاثاء، أنه
// سيعقد اجتماعا الأربعاء" dates the announcement on Tuesday, not a meeting.
func (d *doc) notDay(t int) {
	if d.toks[t].kind != tkTrigger {
		return
	}
	if d.patNotDay == nil {
		d.patNotDay = map[int]bool{}
	}
	d.patNotDay[t] = true
}
