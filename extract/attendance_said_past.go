package extract

// A speaker's words told in the past tense are over by the time the story is
// written, so they are no attendance at a meeting still to come: in "Гутерриш
// отметил, что ... ШОС ... " above "19 июля ... состоится заседание" (an
// interview of 3 July), neither the Secretary-General nor the organizations he
// named are at the meeting of the 19th. Trigger kind said-past marks those
// verbs (trigger/LANG.tsv, beside the attendance phrase with the same words);
// an attended fact made through one goes to no meeting after the document's
// date. Future and present forms ("выступят", "will brief") are not marked.
func (d *doc) saidBeforeMeeting(m *match, mt *meetingInfo) bool {
	if !d.docDate.full() || !mt.dt.full() || daysBetween(d.docDate, mt.dt) <= 0 {
		return false
	}
	for _, p := range m.phrases {
		if d.saidPast(p) {
			return true
		}
	}
	return false
}

// saidPast reports whether a said-past trigger covers exactly the span of
// token p (the two kinds of one phrase are neighbours in the stream).
func (d *doc) saidPast(p int) bool {
	pt := d.toks[p]
	for t := max(0, p-4); t < min(len(d.toks), p+5); t++ {
		tk := d.toks[t]
		if tk.kind == tkTrigger && tk.m.key == "said-past" && tk.start == pt.start && tk.end == pt.end {
			return true
		}
	}
	return false
}
