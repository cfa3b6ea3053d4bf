package extract

import (
	"testing"

	"github.com/unkg/unkg/rules"
)

// What a pattern takes after its first clause break is asked of the next
// clause only when that break surely follows the anchor's clause.
func TestNextClausePart(t *testing.T) {
	for _, tc := range []struct {
		match string
		want  string // the part's element texts, "" for none
	}{
		{"<meeting> ~!{date} $ ~6!{date} D:{date}", "~6!{date} {date}"}, // (a capture's text is its element's)
		{"<meeting-number> ~3 $ ~10 D:{date} $ {organ}", "~10 {date}"},
		{"$ D:{date} ~ <meeting>", ""},              // the anchor is the break: its own clause follows
		{"<meeting-number> ~3 $? ~10 D:{date}", ""}, // the break may not be taken
		{"D:{date} ~10 <meeting-number>", ""},       // no break at all
	} {
		n, err := rules.ParseMatch(tc.match)
		if err != nil {
			t.Fatalf("%s: %v", tc.match, err)
		}
		got := ""
		if part := nextClausePart(n); part != nil {
			for i, k := range part.Kids {
				if i > 0 {
					got += " "
				}
				got += k.Text
			}
		}
		if got != tc.want {
			t.Errorf("%s: next clause's part %q, want %q", tc.match, got, tc.want)
		}
	}
}
