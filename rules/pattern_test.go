package rules

import (
	"strings"
	"testing"
)

func TestPatternFileProblems(t *testing.T) {
	for _, tc := range []struct{ file, want string }{
		{"pattern\tattendance/x\t<no-such-kind> X:{org}\tattended(X, @doc)\n", "f.tsv:1: pattern attendance/x: MATCH: at column 1: unknown trigger kind <no-such-kind>"},
		{"pattern\tattendance/x\t<attendance-after> X:{org}\tattended(Y, @doc)\n", "f.tsv:1: pattern attendance/x: EMIT attended uses capture Y, which MATCH does not bind"},
		{"# comment\n+\tThe African Union took part.\torg:AU attended meeting:UNSC:2019-05-02\n", "f.tsv:2: example line without a pattern"},
		{"pattern\tattendance/x\t(<attendance-after> X:{org}\tattended(X, @doc)\n", "f.tsv:1: pattern attendance/x: MATCH: at column"},
		{"pattern\tattendance/x\t<attendance-after> X:{org}\tattended(X, @nowhere)\n", "f.tsv:1: pattern attendance/x: EMIT: action attended: meeting \"@nowhere\""},
		{"pattern\tattendance/x\t<attendance-after> took X:{org}\tattended(X, @doc)\n", "bare word \"took\""},
	} {
		s := &Set{}
		probs := s.ParsePatternFile([]byte(tc.file), "f.tsv", "en")
		if len(probs) != 1 || !strings.HasPrefix(probs[0], "f.tsv:") || !strings.Contains(probs[0], tc.want) {
			t.Errorf("%q: got %q, want one problem containing %q", tc.file, probs, tc.want)
		}
	}
}

func TestPatternParse(t *testing.T) {
	s := &Set{}
	file := "pattern\tpresidency/x\tC:{country} ~6 <presidency-before> (~ M:{month})?\tpresidedBy(@month(M)|@clause, C)\n" +
		"+\tFrance holds the presidency for March.\tmeeting:UNSC:2019-03-05 presidedBy country:FRA\tdate=2019-03-01\n" +
		"examples\tattendance/after\n-\tNo one came.\n"
	if probs := s.ParsePatternFile([]byte(file), "ar-un.tsv", "ar-un"); len(probs) > 0 {
		t.Fatal(probs)
	}
	if len(s.Patterns) != 1 || s.Patterns[0].Lang != "ar" || len(s.Examples) != 2 {
		t.Fatalf("got %d patterns (lang %q), %d examples", len(s.Patterns), s.Patterns[0].Lang, len(s.Examples))
	}
	if ex := s.Examples[0]; ex.Context["date"] != "2019-03-01" || len(ex.Facts) != 1 || ex.Pattern != "presidency/x" {
		t.Errorf("example: %+v", ex)
	}
	if s.Examples[1].Pattern != "attendance/after" || s.Examples[1].Positive {
		t.Errorf("examples block: %+v", s.Examples[1])
	}
	if probs := s.CheckPatterns(); len(probs) != 1 || !strings.Contains(probs[0], "which no pattern file defines") {
		t.Errorf("CheckPatterns: %q", probs)
	}
}
