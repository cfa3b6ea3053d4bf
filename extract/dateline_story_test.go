package extract

import "testing"

// A story's own dateline dates it, and its day is no meeting's, whatever the
// headline announces: a UN office's "GENEVA (9 December 2016) -", whose
// parentheses hold only the date (under "a Special Session ... on 14 December
// 2016"), and a story that opens on its date and a colon ("25 September 2017:
// The opening weeks ...", the IISD SDG Knowledge Hub), whose debate is the one
// it dates itself.
func TestDatelineDatesTheStory(t *testing.T) {
	cases := []struct {
		name, text, date string
		described, none  string
	}{
		// OHCHR, 9 December 2016 (web.archive.org copy of DisplayNews NewsID=21013; testdata/dev2/en_169)
		{"paren", "\nHeader image for news printout\nHuman Rights Council to hold a Special Session on the Human Rights situation in South Sudan on 14 December 2016\n\n\n" +
			"GENEVA (9 December 2016) - The Human Rights Council will hold a Special Session on the human rights situation in South Sudan on Wednesday, 14 December starting at 10 a.m. in Room XX of the Palais des Nations.\n",
			"2016-12-09", "meeting:HRC:2016-12-14", "meeting:HRC:2016-12-09"},
		// http://sdg.iisd.org/news/unga-72-general-debate-addressed-by-all-un-member-states (testdata/dev2/en_163)
		{"colon", "25 September 2017: The opening weeks of the 72nd session of the UN General Assembly (UNGA) have brought a high level of dialogue among high-level officials at UN Headquarters in New York, US. For the first time in 11 years, all UN Member States and observers addressed the UNGA during its opening, high-level General Debate, with a total of 196 statements delivered in the UNGA hall.\n" +
			"The high-level General Debate opened on 19 September 2017. In his opening statement to the General Debate, UN Secretary-General António Guterres emphasized that “trust could be restored if people worked together.”\n",
			"2017-09-25", "meeting:UNGA:2017-09-19", "meeting:UNGA:2017-09-25"},
	}
	for _, c := range cases {
		f := extractString(t, c.text)
		if f.Doc.Date != c.date {
			t.Errorf("%s: document date %q, want %s (the dateline)", c.name, f.Doc.Date, c.date)
		}
		if ids := entityIDs(f, TypeMeeting); ids[c.none] || !relationsOf(f, PredDescribes)[f.Doc.ID+" "+c.described] {
			t.Errorf("%s: meetings %v, describes %v: want %s described, no meeting on the dateline's day", c.name, ids, relationsOf(f, PredDescribes), c.described)
		}
	}
}
