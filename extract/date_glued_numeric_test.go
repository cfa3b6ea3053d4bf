package extract

import "testing"

// A site's stamp glued to its section's name is read; a Latin letter or a
// digit before the day still keeps it unread. No page of the reference corpus
// printed the glued form apart from a dev2 text (which is the check, not the
// source), so the glued case is Saraya's real stamp "13-10-2023 09:10 AM"
// (https://sarayanews.com/article/877881) put after a section's name, as
// Egyptian sites print it: a constructed case, marked as such.
func TestGluedArabicNumericDate(t *testing.T) {
	checkDates(t, []dateCase{
		{"ar", "عربي ودولي13-10-2023 09:10 AM", []string{"2023-10-13"}},
		{"ar", "عربي ودولي ref13-10-2023", nil},
	})
}
