package extract

import (
	"strings"
	"testing"

	"github.com/unkg/unkg/rules"
)

// Every example of every built-in pattern holds (what unkg rules test runs).
func TestPatternExamples(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if probs := set.CheckPatterns(); len(probs) > 0 {
		t.Fatal(strings.Join(probs, "\n"))
	}
	if len(set.Examples) == 0 {
		t.Fatal("no pattern examples")
	}
	x, err := New(set, Options{})
	if err != nil {
		t.Fatal(err)
	}
	preds := PatternPredicates(set)
	for _, ex := range set.Examples {
		res, err := x.RunExample(ex, preds[ex.Pattern])
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if res.Failed() {
			t.Errorf("%s: %s: %q: missing %v, extra %v", ex.Pos, ex.Pattern, ex.Text, res.Missing, res.Extra)
		}
	}
}

// A user's pattern, added as a rules folder would add it, makes its fact,
// carries its id and FILE:LINE, and is explained; without it the fact is not made.
func TestUserPatternAndExplain(t *testing.T) {
	base, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	user := &rules.Set{}
	if probs := user.ParsePatternFile([]byte("pattern\tattendance/joined\t(X:{actor} ~3)+ \"joined the meeting\"\tattended(X, @clause|@doc)\n"), "user/pattern/en.tsv", "en"); len(probs) > 0 {
		t.Fatal(probs)
	}
	// Phrasing of UN meetings coverage: a regional organization joins a Council meeting.
	text := []byte("On 9 March 2023 the Security Council held an open debate on cooperation with regional organizations. The European Union joined the meeting by video link.")
	const fact = "org:EU attended meeting:UNSC:2023-03-09"
	for _, tc := range []struct {
		set  *rules.Set
		want bool
	}{{base, false}, {base.Merge(user), true}} {
		x, err := New(tc.set, Options{Explain: true})
		if err != nil {
			t.Fatal(err)
		}
		ex, err := x.Explain("t.txt", text)
		if err != nil {
			t.Fatal(err)
		}
		var out strings.Builder
		if got := ex.Why(&out, fact); got != tc.want {
			t.Fatalf("Why(%s) = %v, want %v:\n%s", fact, got, tc.want, out.String())
		}
		if tc.want && !strings.Contains(out.String(), "attendance/joined at user/pattern/en.tsv:1") {
			t.Errorf("the explanation does not name the pattern and its FILE:LINE:\n%s", out.String())
		}
		if !tc.want && !strings.Contains(out.String(), "failed at") {
			t.Errorf("the why-not names no failing element:\n%s", out.String())
		}
		var toks strings.Builder
		ex.WriteTokens(&toks)
		for _, w := range []string{"date\t2023-03-09", "entity\torg:EU", "$"} {
			if !strings.Contains(toks.String(), w) {
				t.Errorf("token stream lacks %q:\n%s", w, toks.String())
			}
		}
	}
}

// Clause breaks are tokens, and a gap never crosses one: the attendee of
// the clause after a ';' is not the subject of the phrase before it.
func TestTokenWordsAndClauses(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(set, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ex, err := x.Explain("t.txt", []byte("The Security Council met on 2 May 2019. The African Union took part; Ethiopia did not."))
	if err != nil {
		t.Fatal(err)
	}
	breaks := 0
	for _, tk := range ex.Tokens {
		if tk.Kind == "break" {
			breaks++
		}
	}
	if breaks < 4 {
		t.Errorf("want the document's start and end, a sentence end and a ';' as clause breaks, got %d", breaks)
	}
	var out strings.Builder
	if ex.Why(&out, "country:ETH attended meeting:UNSC:2019-05-02") {
		t.Errorf("attendance crossed a clause break:\n%s", out.String())
	}
}
