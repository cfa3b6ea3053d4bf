package extract

import "testing"

// A year's round-up without a date of its own: the days it writes without a
// year are of the title's year, not of a year it recalls before them; a later
// full date printed before them keeps its year.
func TestTitleYearDaysOfRoundUp(t *testing.T) {
	// http://www.un.org/es/documents/sc/scaction/2012/non_proliferation.shtml
	text := "Consejo de Seguridad 2012: Recapitulación\n\nNo proliferación\n\n" +
		"Al retomar la cumbre de septiembre de 2009, durante la cual se aprobó la resolución 1887 (2009), cuyo objetivo declarado era crear las condiciones para librar al mundo de las armas nucleares, el Consejo debatió el asunto este año el 19 de abril.\n"
	ids := entityIDs(extractString(t, text), TypeMeeting)
	if !ids["meeting:UNSC:2012-04-19"] || ids["meeting:UNSC:2009-04-19"] {
		t.Errorf("meetings %v, want 2012-04-19", ids)
	}
	// https://amaniafrica-et.org/author/amani/page/50 (Insights on the PSC, 13 June 2024): the
	// resolution's year in the title does not date "Tomorrow (14 June)".
	text = "Discussion on the UNSC Resolution 2719(2023)\nDate | 13 June 2024\n" +
		"Tomorrow (14 June), the African Union (AU) Peace and Security Council (PSC) will convene its 1215th session to discuss the United Nations Security Council (UNSC) Resolution 2719 (2023) on the financing of AU-led Peace Support Operations (PSOs).\n"
	f := extractString(t, text)
	for id := range entityIDs(f, TypeMeeting) {
		if id[len(id)-10:] == "2023-06-14" {
			t.Errorf("meeting %s, want the 14 June of 2024", id)
		}
	}
}
