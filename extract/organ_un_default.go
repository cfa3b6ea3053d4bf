package extract

// namesOnlyUNMeetings says whether the organs the document names are all
// phrases naming a UN–regional-organizations meeting ("High-Level Meeting
// between the United Nations and Regional Organizations"): such a text (the
// Secretary-General's meetings with regional heads) dates no Council meeting,
// so a meeting it dates without naming an organ is the UN's, not the Council's.
func (d *doc) namesOnlyUNMeetings() bool {
	marks := d.organMarks()
	for _, m := range marks {
		if m.organ != "UN" {
			return false
		}
	}
	return len(marks) > 0
}
