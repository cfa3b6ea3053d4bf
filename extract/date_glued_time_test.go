package extract

import "testing"

// A page's date line whose time touches the year (nsn.fm, testdata/dev2/ru_103).
func TestYearGluedToTime(t *testing.T) {
	checkDates(t, []dateCase{
		{"ru", "Совбез ООН проведет заседание по Украине 20 ноября\n17 ноября 202523:16\n", []string{"?-11-20", "2025-11-17"}},
		// Not a time: a longer number, or no colon.
		{"ru", "17 ноября 2025233:16", []string{"?-11-17"}},
		{"ru", "17 ноября 202523 16", []string{"?-11-17"}},
	})
}
