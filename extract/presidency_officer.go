package extract

// A UN officer who presides over a meeting gives it the presidency of the
// officer's country: "the President of the General Assembly, Abdulla Shahid,
// opened the session" makes the meeting presidedBy country:MDV. The country is
// the person line's third column, marked "officer" in the fourth
// (rules/data/person/LL.tsv): it is no mention of that State (the countries a
// text names stay the gazetteer's) and no State the person represents.

// officerPresidency is the country a presidedBy capture's person token gives
// the meeting mt: that of an officer, for a meeting of the General Assembly
// (the Assembly's President presides over no other organ's meeting: "Abdulla
// Shahid, who presided over the 76th session" in a story on a Council meeting
// gives it nothing), else "".
func (d *doc) officerPresidency(action string, tk token, mt *meetingInfo) string {
	if action != "presidedBy" || tk.m.class != clsPerson || mt.organ != "UNGA" {
		return ""
	}
	return d.x.m.officerCountry[tk.m.key]
}
