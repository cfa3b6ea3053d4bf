package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/unkg/unkg/rules"
)

// The prefilters (pattern_require.go: the document's and the clause's
// masks, the live candidates of each kind of anchor) only skip attempts
// that cannot match: on the bundled UN documents every pattern finds the
// same matches with them as in explain's record mode, which tries every
// pattern at every anchor.
func TestPatternPrefilterSkipsNoMatch(t *testing.T) {
	x := builtinWith(t, nil, "") // the built-in rules, as unkg extract runs them
	var paths []string
	for _, glob := range []string{"../testdata/seeds/*.txt", "../testdata/corpus/*.txt", "../testdata/dev2/*.txt"} {
		p, _ := filepath.Glob(glob)
		paths = append(paths, p...)
	}
	if len(paths) < 100 {
		t.Fatalf("only %d documents", len(paths))
	}
	total := 0
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		filtered := patternMatches(t, x, path, data, nil)
		every := patternMatches(t, x, path, data, &exampleContext{record: true})
		if !slices.Equal(filtered, every) {
			t.Errorf("%s: with the prefilters %d matches, trying every anchor %d:\n%v\n%v", path, len(filtered), len(every), filtered, every)
		}
		total += len(every)
	}
	if total < 500 {
		t.Errorf("%d matches in %d documents: too few to say anything", total, len(paths))
	}
}

// The same comparison on every rule example, each run as its own document
// with its date, type and language: short texts in all six languages, where
// a skipped match shows as a failed example only by chance.
func TestPatternPrefilterSkipsNoMatchInExamples(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	x := builtinWith(t, nil, "")
	if len(set.Examples) < 500 {
		t.Fatalf("only %d examples", len(set.Examples))
	}
	for _, ex := range set.Examples {
		ctx, err := contextOf(ex)
		if err != nil {
			t.Fatal(err)
		}
		path := "example:" + ex.Pos.String()
		filtered := patternMatches(t, x, path, []byte(ex.Text), &ctx)
		ctx.record = true
		if every := patternMatches(t, x, path, []byte(ex.Text), &ctx); !slices.Equal(filtered, every) {
			t.Errorf("%s: with the prefilters %d matches, trying every anchor %d:\n%v\n%v", ex.Pos, len(filtered), len(every), filtered, every)
		}
	}
}

// patternMatches lists the pattern matches of one document.
func patternMatches(t *testing.T, x *Extractor, path string, data []byte, ctx *exampleContext) []string {
	t.Helper()
	d, err := x.extractWith(path, data, ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer d.release()
	var out []string
	for _, m := range d.matches {
		out = append(out, fmt.Sprintf("%s %d-%d %v %v", m.c.p.ID, m.from, m.to, m.caps, m.phrases))
	}
	return out
}
