package extract

// A UN officer who presides over a meeting gives it the presidency of the
// officer's country: "the President of the General Assembly, Abdulla Shahid,
// opened the session" makes the meeting presidedBy country:MDV. The country is
// the person line's third column, marked "officer" in the fourth
// (rules/data/person/LL.tsv): it is no mention of that State (the countries a
// text names stay the gazetteer's) and no State the person represents. The
// fourth column names the organ the officer presides over: "officer" the
// General Assembly, "officer:HRC" the Human Rights Council ("会议由联合国人权
// 理事会主席吕克尔主持" makes an HRC meeting presidedBy country:DEU),
// "officer:ECOSOC" the Economic and Social Council.

// officerPresidency is the country a presidedBy capture's person token gives
// the meeting mt: that of an officer, for a meeting of the organ the officer
// presides over (the Assembly's President presides over no other organ's
// meeting: "Abdulla Shahid, who presided over the 76th session" in a story on
// a Council meeting gives it nothing; nor does the Human Rights Council's
// President give a General Assembly meeting his country), else "".
func (d *doc) officerPresidency(action string, tk token, mt *meetingInfo) string {
	if action != "presidedBy" || tk.m.class != clsPerson || mt.organ == "" || d.x.m.officerOrgan[tk.m.key] != mt.organ {
		return ""
	}
	return d.x.m.officerCountry[tk.m.key]
}
