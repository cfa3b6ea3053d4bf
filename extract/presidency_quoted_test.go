package extract

import "testing"

// A presidential statement names its agenda item in quotes ("the item entitled
// “The situation in Afghanistan”, the President of the Security Council made
// the following statement"): the country of the title is not the presidency,
// while the statement's own meeting is still found.
func TestQuotedItemCountryIsNoPresidency(t *testing.T) {
	f := extractFile(t, "../testdata/dev2/en_90_prst_20111219_afghanistan.txt")
	var meeting bool
	for _, r := range f.Relations {
		if r.Predicate == PredPresidedBy {
			t.Errorf("presidency %s %s (rule %s): the country is inside the quoted item title", r.Subject, r.Object, r.Evidence.Rule)
		}
		if r.Predicate == PredDescribes && r.Object == "meeting:UNSC:2011-12-19" {
			meeting = true
		}
	}
	if !meeting {
		t.Error("the statement's meeting of 19 December 2011 is not described")
	}
}
