package extract

import (
	"os"
	"strings"
	"testing"
)

// A list page of meetings-coverage releases: "today" under each date line is
// that line's day, and the symbols heading the releases are cited, none is
// the page's own (un.org/press/en/content/security-council/meetings-coverage,
// October 2019, and the French page of February 2019 kept in testdata/dev2).
func TestListPageDateLines(t *testing.T) {
	en := strings.Join([]string{
		"Security Council Meetings Coverage",
		"",
		"17 October 2019",
		"",
		"The head of United Nations Peace Operations called upon the Security Council today to help the Government of Sudan and armed movements in Darfur to seize the opportunities for building comprehensive peace arising from recent political change in the country.",
		"",
		"15 October 2019",
		"",
		"The Security Council decided today to renew until 15 November the support provided by the United Nations Interim Security Force for Abyei (UNISFA) to the Joint Border Verification and Monitoring Mechanism of Sudan and South Sudan.",
		"",
		"10 October 2019",
		"",
		"The international community should maintain firm support for those working hard and successfully to consolidate peace in Colombia, in light of the announced plans by some former combatants to take up arms again, the Secretary-General’s Special Representative in that country told the Security Council today.",
	}, "\n")
	f := extractString(t, en)
	desc := relationsOf(f, PredDescribes)
	for _, day := range []string{"2019-10-17", "2019-10-15", "2019-10-10"} {
		if !desc[f.Doc.ID+" meeting:UNSC:"+day] {
			t.Errorf("the release under %s is not that day's meeting: %v", day, desc)
		}
	}

	// The French list page of February 2019 (testdata/dev2/fr_100_...), with its symbol lines.
	b, err := os.ReadFile("../testdata/dev2/fr_100_couverture_201902.txt")
	if err != nil {
		t.Fatal(err)
	}
	f = extractString(t, string(b))
	if f.Doc.Symbol != "" {
		t.Errorf("a list page has no symbol of its own, got %q", f.Doc.Symbol)
	}
	cites := relationsOf(f, PredCites)
	for _, sy := range []string{"CS/13707", "CS/13706", "CS/13705", "CS/13704"} {
		if !cites[f.Doc.ID+" doc:"+sy] {
			t.Errorf("%s heading a release is not cited: %v", sy, cites)
		}
	}
	desc = relationsOf(f, PredDescribes)
	if !desc[f.Doc.ID+" meeting:UNSC:2019-02-19"] {
		t.Errorf("« cet après-midi » under 19 février is not that day's meeting: %v", desc)
	}

	// One date line printed twice is an ordinary header, not a list.
	one := "2 September 2008\n\n\n2 September 2008\nSpokesperson's Noon Briefing\n"
	f = extractString(t, one)
	if f.Doc.Date != "2008-09-02" {
		t.Errorf("header date: %q", f.Doc.Date)
	}
}
