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

// unMeetingFirst says whether the document is about a UN–regional-organization
// meeting that it names before any organ, as often as it names the organ best
// named: the Secretary-General's message to "the UN-League of Arab States
// General Meeting on Cooperation" (un.org/sg, Vienna, 10 July 2012) that says in
// passing that "the Security Council took the crucial decisions", or SG/SM/10412's
// message "à la réunion générale des représentants de l'Organisation des Nations
// Unies et des représentants de la Ligue des États arabes" before "Le Conseil de
// sécurité et l'Assemblée générale ont souligné". A meeting such a document dates
// without naming an organ beside it is the UN's, not that organ's. n is how often
// the best organ is named and at is where it is first named.
func (d *doc) unMeetingFirst(n, at int) bool {
	count, first := 0, -1
	for _, m := range d.organMarks() {
		if m.organ != "UN" {
			continue
		}
		if first < 0 || m.start < first {
			first = m.start
		}
		count++
	}
	return count > 0 && count >= n && first < at
}
