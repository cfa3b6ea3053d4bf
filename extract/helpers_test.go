package extract

import (
	"sync"
	"testing"
	"testing/fstest"

	"github.com/unkg/unkg/extract/aho"
	"github.com/unkg/unkg/rules"
)

var (
	builtinOnce sync.Once
	builtinX    *Extractor
	builtinErr  error
)

// builtin returns an extractor over the built-in rules, compiled once per test binary.
func builtin(t testing.TB) *Extractor {
	t.Helper()
	builtinOnce.Do(func() {
		set, err := rules.Builtin()
		if err != nil {
			builtinErr = err
			return
		}
		builtinX, builtinErr = New(set, Options{Explain: true})
	})
	if builtinErr != nil {
		t.Fatal(builtinErr)
	}
	return builtinX
}

// builtinWith returns an extractor over the built-in rules with a user's
// rule folder added, as --rules DIR adds it (none when user is nil), without
// explanations.
func builtinWith(t testing.TB, user fstest.MapFS, name string) *Extractor {
	t.Helper()
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if user != nil {
		us, err := rules.LoadFS(user, name)
		if err != nil {
			t.Fatal(err)
		}
		if set, err = set.With(us); err != nil {
			t.Fatal(err)
		}
	}
	x, err := New(set, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// extractString runs the extractor on a string.
func extractString(t testing.TB, text string) *Facts {
	t.Helper()
	f, err := builtin(t).Document("test.txt", []byte(text))
	if err != nil {
		t.Fatalf("extract %q: %v", text, err)
	}
	return f
}

// readDates reads the dates of a text into a doc, as extraction does before
// anything else.
func readDates(t testing.TB, text string) *doc {
	t.Helper()
	x := builtin(t)
	src, err := decode([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	d := &doc{x: x, src: src, text: src.text, t: x.f.normalize(src.text)}
	d.lang = d.detectLang()
	var months []hit
	for _, h := range x.m.find(d.t, d.text, d.lang, nil, new([]aho.Match)) {
		if h.m.class == clsMonth {
			months = append(months, h)
		}
	}
	d.dates = x.dates.find(d.t.s, d.lang, d.t.lines, longestLeftmost(months))
	return d
}

// datesOf returns the ISO dates (with "/end" for ranges) the grammar reads in text.
func datesOf(t testing.TB, text string) []string {
	t.Helper()
	d := readDates(t, text)
	var out []string
	for _, dt := range d.dates {
		s := dt.iso()
		if s == "" {
			s = "?-" + itoa(dt.m) + "-" + itoa(dt.d)
		}
		if dt.endDay != 0 {
			s += "/" + itoa(dt.endDay)
		}
		out = append(out, s)
	}
	return out
}

func relationsOf(f *Facts, pred string) map[string]bool {
	out := map[string]bool{}
	for _, r := range f.Relations {
		if r.Predicate == pred {
			out[r.Subject+" "+r.Object] = true
		}
	}
	return out
}

func entityIDs(f *Facts, typ string) map[string]bool {
	out := map[string]bool{}
	for _, e := range f.Entities {
		if e.Type == typ {
			out[e.ID] = true
		}
	}
	return out
}

// meetingDayCase is a text and the meeting days it must and must not give.
type meetingDayCase struct {
	text      string
	want, not []string
}

// checkMeetingDays extracts each case's text and checks its meeting days;
// why names what a day in not would wrongly come from.
func checkMeetingDays(t *testing.T, cases []meetingDayCase, why string) {
	t.Helper()
	for _, c := range cases {
		got := meetingDates(extractString(t, c.text))
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%.60q: no meeting %s (got %v)", c.text, w, got)
			}
		}
		for _, n := range c.not {
			if got[n] {
				t.Errorf("%.60q: meeting %s from %s (got %v)", c.text, n, why, got)
			}
		}
	}
}

// docDateCase is a text and the document date it must give ("" for none).
type docDateCase struct{ name, text, want string }

// checkDocDates extracts each case's text and checks the document's date.
func checkDocDates(t *testing.T, cases []docDateCase) {
	t.Helper()
	for _, c := range cases {
		if f := extractString(t, c.text); f.Doc.Date != c.want {
			t.Errorf("%s: document date %q, want %q", c.name, f.Doc.Date, c.want)
		}
	}
}
