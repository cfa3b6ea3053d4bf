package extract

import "testing"

// A month word inside a person's name is no month (month_in_name.go), and a
// Latin short month name of the profile's day-only list is a date only with a
// day beside it (date_month_dayonly.go): the presidency beside the name holds.
func TestMonthWordInName(t *testing.T) {
	// unis.unvienna.org/unis/en/pressrels/2005/ga10377.html ("Jan" of a gazetteer person)
	f := extractString(t, "date 2005-09-14\n\nNEW YORK, 13 September (UN Headquarters) -- General Assembly President Jan Eliasson (Sweden) opened the sixtieth session of the 191-member body this evening.\n")
	if !relationsOf(f, "presidedBy")["meeting:UNGA:2005-09-13 country:SWE"] {
		t.Errorf("presidedBy: %v, want meeting:UNGA:2005-09-13 country:SWE", relationsOf(f, "presidedBy"))
	}
	// sc11610-like opening with a name the gazetteer lacks: "Jun" alone is no month
	if ds := datesOf(t, "Opening the meeting, Council President Zhang Jun (China) said the report was ready.\n"); len(ds) != 0 {
		t.Errorf("dates %v, want none", ds)
	}
	// hanoitimes.vn (Jan 10, 2020): a day after the short name is a date
	if ds := datesOf(t, "Pham Binh Minh chairs the debate on Jan 9.\n"); len(ds) != 1 || ds[0] != "?-1-9" {
		t.Errorf("dates %v, want one on 9 January", ds)
	}
	// Spanish "mar" is the sea: "la Convención sobre el Derecho del Mar"; "5 mar. 2019" stays a date
	if ds := datesOf(t, "La Convención sobre el Derecho del Mar y la seguridad en el mar Mediterráneo. El 5 mar. 2019 se reunió.\n"); len(ds) != 1 || ds[0] != "2019-03-05" {
		t.Errorf("dates %v, want 2019-03-05 only", ds)
	}
}
