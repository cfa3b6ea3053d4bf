package extract

// A printed page breaks a clause wherever its line runs out, also between a
// meeting's date and the organ named after it: "Recalling also the 28
// February 2000 special meeting of the\nEconomic and Social Council". The
// patterns read such a line break as no clause end (softWrap: the line ends on
// a wrap word or the next begins in lower case); the organ resolver reads the
// same clause, so it looks past those breaks too, else the organ on the next
// line is out of reach and the document's most named organ takes the meeting.

// wrappedSentence is the sentence around normalized offset i, joined across
// the line breaks that only wrap it.
func (d *doc) wrappedSentence(i int) (int, int) {
	ss, se := d.sentence(i)
	for ss > 0 && d.softWrap(ss) {
		ss, _ = d.sentence(ss - 1)
	}
	for se < len(d.t.s) && d.softWrap(se) {
		_, se = d.sentence(se)
	}
	return ss, se
}
