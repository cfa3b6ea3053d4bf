package extract

import "testing"

// A letter of May 2016 transmitting Spain's assessment of its October 2015
// presidency reports that month's meetings (describes, not references), and
// "Under the presidency of Spain in October 2015" presides each of them: the
// month's year is the one printed with it, not the letter's.
func TestAssessmentReportsItsMonth(t *testing.T) {
	f := extractDev2(t, "en_223_letter_20160506_esp_assessment.txt")
	has := func(s, p, o string) bool {
		for _, r := range f.Relations {
			if r.Subject == s && r.Predicate == p && r.Object == o {
				return true
			}
		}
		return false
	}
	for _, day := range []string{"2015-10-13", "2015-10-20", "2015-10-22"} {
		m := "meeting:UNSC:" + day
		if !has(f.Doc.ID, PredDescribes, m) || has(f.Doc.ID, PredReferences, m) {
			t.Errorf("%s: want describes, not references", m)
		}
		if !has(m, PredPresidedBy, "country:ESP") {
			t.Errorf("%s: want presidedBy country:ESP", m)
		}
	}
}
