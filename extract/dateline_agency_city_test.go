package extract

import "testing"

// UrduPoint's reports from capitals open with a title-case city and a comma
// before the agency's parenthesis; the date inside is the story's dateline,
// not a meeting's, whatever meeting the sentence then announces.
func TestTitleCityAgencyDateline(t *testing.T) {
	cases := []meetingDayCase{
		// https://www.urdupoint.com/en/miscellaneous/russian-fm-to-chair-un-security-council-meeti-1668640.html
		// (the story from its dateline on; a headline announcing the meeting above the
		// dateline still dates it by the dateline, as meeting/previous-clause reads a
		// statement's date line under its title)
		{"Moscow, (UrduPoint / Pakistan Point News - 31st Mar, 2023 ) :Moscow said Thursday its foreign minister will chair a UN Security Council meeting in April, when Russia will hold the rotating presidency of the international body.\n\n\"This meeting will be chaired by Russia's Foreign Minister Sergei Lavrov.\" Zakharova also said Lavrov was planning to lead a debate on the middle East on April 25.",
			[]string{"2023-04-25"}, []string{"2023-03-31"}},
	}
	checkMeetingDays(t, cases, "the dateline")
	for city, want := range map[string]bool{
		"Moscow,":                              true,
		"New York,":                            true,
		"Moscow":                               false, // no comma: a headline's word, not a dateline
		"The Security Council said on Monday,": false,
	} {
		if got := titleCity(city); got != want {
			t.Errorf("titleCity(%q) = %v, want %v", city, got, want)
		}
	}
}
