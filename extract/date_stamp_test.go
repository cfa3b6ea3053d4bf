package extract

import "testing"

// The hyphenated stamp of media and archive pages (UN Audiovisual Library,
// UN Web TV asset lines), beside forms that look like it and are no stamp.
func TestStampDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"en", "Security Council, 9009th Meeting\n\n20-Apr-2022 01:55:12\nBriefing", []string{"2022-04-20"}},
		{"en", "05-Sep-2019 | UN Web TV", []string{"2019-09-05"}},
		{"en", "20-Apr-2022 01:55:12", []string{"2022-04-20"}},
		{"en", "Meeting\n\n20-Feb-2022 01:55:12", []string{"2022-02-20"}},
		{"ar", "مجلس الأمن 16-Feb-2022 14:30", []string{"2022-02-16"}},
		{"en", "from 5-7 September 2019 in Addis Ababa", []string{"2019-09-05/7"}},
		{"en", "Jan Eliasson, 16-Mar-2010 10:00", []string{"2010-03-16"}},
		{"es", "16-ene-2013 y el Mar Rojo", []string{"2013-01-16"}},
		{"en", "30-Feb-2022 02:42:43", nil},
		{"en", "X16-Feb-2022", nil},
		{"en", "16-Feb-20221", nil},
	})
}

// A range across two months is one date dated by the year after its end.
func TestMonthRangeDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"en", "took place from 30 April to 2 May 2002", []string{"2002-04-30"}},
		{"fr", "Paris, du 30 novembre au 12 décembre 2015", []string{"2015-11-30"}},
		{"en", "held from 29 December to 3 January 2004", []string{"2003-12-29"}},
		{"en", "on 30 April and on 2 May 2002", []string{"?-4-30", "2002-05-02"}},
	})
}
