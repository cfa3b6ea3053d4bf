package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden (then read every change)")

func seedPaths(t testing.TB) []string {
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(paths) != 5 {
		t.Fatalf("want the 5 seeds in testdata/seeds, got %v (%v)", paths, err)
	}
	return paths
}

func extractFile(t testing.TB, path string) *Facts {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rel := "testdata/" + strings.TrimPrefix(filepath.ToSlash(path), "../testdata/")
	f, err := builtin(t).Document(rel, data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return f
}

// The golden files hold the facts of each seed, with evidence text. They were
// read by hand against the seed text; -update rewrites them, and the diff must
// be read again before it is committed.
func TestSeedGolden(t *testing.T) {
	for _, p := range seedPaths(t) {
		f := extractFile(t, p)
		// A pattern's FILE:LINE moves with every edit of its file; its id stays.
		for i := range f.Relations {
			f.Relations[i].Evidence.RuleAt = ""
		}
		got, err := json.MarshalIndent(f, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		golden := filepath.Join("..", "testdata", "golden", strings.TrimSuffix(filepath.Base(p), ".txt")+".json")
		if *update {
			if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./extract -run SeedGolden -update, then read the file)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: facts differ from %s (go test ./extract -run SeedGolden -update rewrites it; read the diff)", p, golden)
		}
	}
}

// factKeys are the language-independent facts of a document.
func factKeys(f *Facts) []string {
	var out []string
	for _, e := range f.Entities {
		switch e.Type {
		case TypeOrganization, TypeCountry, TypeMeeting:
			out = append(out, "entity "+e.ID)
		}
	}
	for _, r := range f.Relations {
		switch r.Predicate {
		case PredAttended, PredPresidedBy, PredHeldBy, PredDescribes, PredReferences, PredCites:
			subj := r.Subject
			if subj == f.Doc.ID {
				subj = "DOC"
			}
			out = append(out, r.Predicate+" "+subj+" "+r.Object)
		}
	}
	sort.Strings(out)
	return out
}

// Seed 000 (Arabic) and 001 (its Chinese version) state the same facts, so
// they must give the same organizations, meeting, presidency and attendance.
func TestArabicAndChineseSeedsAgree(t *testing.T) {
	paths := seedPaths(t)
	ar, zh := extractFile(t, paths[0]), extractFile(t, paths[1])
	if ar.Doc.Lang != "ar" || zh.Doc.Lang != "zh" {
		t.Fatalf("languages %s %s, want ar zh", ar.Doc.Lang, zh.Doc.Lang)
	}
	a, z := factKeys(ar), factKeys(zh)
	if strings.Join(a, "\n") != strings.Join(z, "\n") {
		t.Errorf("seed 000 and 001 differ:\n000: %v\n001: %v", a, z)
	}
	for _, want := range []string{
		"entity meeting:UNSC:2003-04-11",
		"presidedBy meeting:UNSC:2003-04-11 country:MEX",
		"attended org:AU meeting:UNSC:2003-04-11",
		"attended org:ECOWAS meeting:UNSC:2003-04-11",
		"attended org:OSCE meeting:UNSC:2003-04-11",
		"describes DOC meeting:UNSC:2003-04-11",
	} {
		if !contains(a, want) {
			t.Errorf("seed 000 lacks %q", want)
		}
	}
	// Same proposals count: five proposals, the issues raised are not proposals.
	if n, m := len(entityIDs(ar, TypeProposal)), len(entityIDs(zh, TypeProposal)); n != 5 || m != 5 {
		t.Errorf("proposals: 000 has %d, 001 has %d, want 5", n, m)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// The draft resolution (seed 004) recalls the meeting that seeds 000/001 describe.
func TestDraftResolutionReferencesTheSameMeeting(t *testing.T) {
	paths := seedPaths(t)
	f := extractFile(t, paths[4])
	refs := relationsOf(f, PredReferences)
	for _, m := range []string{"meeting:UNSC:2003-04-11", "meeting:UNSC:2004-07-20", "meeting:UN:2005-07-25"} {
		if !refs[f.Doc.ID+" "+m] {
			t.Errorf("seed 004 does not reference %s; references: %v", m, refs)
		}
	}
	if !relationsOf(f, PredPresidedBy)["meeting:UNSC:2004-07-20 country:ROU"] {
		t.Errorf("seed 004: the 20 July 2004 debate was under Romania's presidency")
	}
	if f.Doc.Type != "draft-resolution" {
		t.Errorf("seed 004 type %q, want draft-resolution", f.Doc.Type)
	}
}

// The English text of the resolution seed 004 became (S/RES/1631 (2005), as
// http://unscr.com/en/resolutions/1631 prints it, lines wrapped as in the
// PDF) recalls the same two meetings, each under its presidency, in one
// preambular clause that wraps over seven lines.
func TestResolution1631InEnglishReferencesTheSeedMeetings(t *testing.T) {
	text := "Resolution 1631 (2005)\nAdopted by the Security Council at its 5282nd meeting, on\n17 October 2005\nThe Security Council,\n" +
		"Recalling Chapter VIII of the Charter of the United Nations,\n" +
		"Reaffirming its previous relevant resolutions and presidential statements,\n" +
		"Welcoming the adoption of the 2005 World Summit Outcome (A/RES/60/1),\n" +
		"Recalling its invitation of January 1993 to regional organizations to improve\n" +
		"coordination with the United Nations, the Declaration of the General Assembly of\n" +
		"December 1994 on the enhancement of cooperation between the United Nations and\n" +
		"regional arrangements or agencies (A/RES/49/57), its meeting on \u201cThe Security\n" +
		"Council and Regional Organizations: Facing the New Challenges to international\n" +
		"Peace and Security\u201d, held on 11 April 2003 under the Mexican presidency, and its\n" +
		"debate on \u201cCooperation between the United Nations and regional organizations in\n" +
		"stabilization processes\u201d, held on 20 July 2004 under the Romanian presidency,\n" +
		"Welcoming the Conclusions of the Chairman of the Sixth High-Level Meeting\n" +
		"between the United Nations and Regional and other Intergovernmental\n" +
		"Organizations (25-26 July 2005),\n"
	f := extractString(t, text)
	refs := relationsOf(f, PredReferences)
	for _, m := range []string{"meeting:UNSC:2003-04-11", "meeting:UNSC:2004-07-20"} {
		if !refs[f.Doc.ID+" "+m] {
			t.Errorf("resolution 1631 does not reference %s; references: %v", m, refs)
		}
	}
	if refs[f.Doc.ID+" meeting:UNSC:2005-10-17"] {
		t.Errorf("its own adoption meeting is described, not referenced")
	}
	presided := relationsOf(f, PredPresidedBy)
	for _, p := range []string{"meeting:UNSC:2003-04-11 country:MEX", "meeting:UNSC:2004-07-20 country:ROU"} {
		if !presided[p] {
			t.Errorf("want %s; presidedBy: %v", p, presided)
		}
	}
	if !relationsOf(f, PredDescribes)[f.Doc.ID+" meeting:UNSC:2005-10-17"] {
		t.Errorf("the adoption meeting of 17 October 2005 is the one it describes")
	}
}

// Every offset points into the input, and input[start:end] is the reported text.
func TestOffsetsReadBackOnBundledDocuments(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/corpus/*.txt")
	paths = append(paths, seedPaths(t)...)
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		f := extractFile(t, p)
		for _, e := range f.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(data) || m.Start > m.End {
					t.Fatalf("%s: %s mention [%d,%d) outside the input", p, e.ID, m.Start, m.End)
				}
				if string(data[m.Start:m.End]) != m.Text {
					t.Errorf("%s: %s mention [%d,%d) is %q in the input, reported %q", p, e.ID, m.Start, m.End, data[m.Start:m.End], m.Text)
				}
			}
		}
		for _, r := range f.Relations {
			ev := r.Evidence
			if ev.Start < 0 || ev.End > len(data) || ev.Start > ev.End || ev.Rule == "" {
				t.Fatalf("%s: %s %s %s evidence [%d,%d) rule %q", p, r.Subject, r.Predicate, r.Object, ev.Start, ev.End, ev.Rule)
			}
			if ev.Text != string(data[ev.Start:ev.End]) {
				t.Errorf("%s: evidence text %q is not input[%d:%d]", p, ev.Text, ev.Start, ev.End)
			}
		}
	}
}
