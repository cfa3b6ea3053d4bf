package extract

import "testing"

// A story that opens on its date and a colon ("25 September 2017: The
// opening weeks ...", the IISD SDG Knowledge Hub) is dated by it; the date is
// no meeting's, and the debate the story reports is the one it dates itself.
func TestColonDatelineDatesTheStory(t *testing.T) {
	// http://sdg.iisd.org/news/unga-72-general-debate-addressed-by-all-un-member-states (testdata/dev2/en_163)
	text := "25 September 2017: The opening weeks of the 72nd session of the UN General Assembly (UNGA) have brought a high level of dialogue among high-level officials at UN Headquarters in New York, US. For the first time in 11 years, all UN Member States and observers addressed the UNGA during its opening, high-level General Debate, with a total of 196 statements delivered in the UNGA hall.\n" +
		"The high-level General Debate opened on 19 September 2017. In his opening statement to the General Debate, UN Secretary-General António Guterres emphasized that “trust could be restored if people worked together.”\n"
	f := extractString(t, text)
	if f.Doc.Date != "2017-09-25" {
		t.Errorf("document date %q, want 2017-09-25", f.Doc.Date)
	}
	ids := entityIDs(f, TypeMeeting)
	if ids["meeting:UNGA:2017-09-25"] || !relationsOf(f, PredDescribes)[f.Doc.ID+" meeting:UNGA:2017-09-19"] {
		t.Errorf("meetings %v, describes %v: want the debate of 19 September described, no meeting on the story's date", ids, relationsOf(f, PredDescribes))
	}
}
