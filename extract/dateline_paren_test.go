package extract

import "testing"

// A UN Geneva release's dateline holds only the date in its parentheses
// ("GENEVA (9 December 2016) -"): it is the release's date, not the day of a
// meeting, though a headline above it announces a session for a later day.
func TestParenDatelineDatesTheRelease(t *testing.T) {
	// OHCHR, 9 December 2016 (web.archive.org copy of DisplayNews NewsID=21013; testdata/dev2/en_169)
	text := "\nHeader image for news printout\nHuman Rights Council to hold a Special Session on the Human Rights situation in South Sudan on 14 December 2016\n\n\n" +
		"GENEVA (9 December 2016) - The Human Rights Council will hold a Special Session on the human rights situation in South Sudan on Wednesday, 14 December starting at 10 a.m. in Room XX of the Palais des Nations.\n"
	f := extractString(t, text)
	if f.Doc.Date != "2016-12-09" {
		t.Errorf("document date %q, want 2016-12-09 (the dateline)", f.Doc.Date)
	}
	ids := entityIDs(f, TypeMeeting)
	if !ids["meeting:HRC:2016-12-14"] || ids["meeting:HRC:2016-12-09"] {
		t.Errorf("meetings %v, want meeting:HRC:2016-12-14 and not the dateline's day", ids)
	}
}
