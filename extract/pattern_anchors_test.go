package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// A worker's anchor table gives every token of the bundled UN documents,
// in all six languages, the pattern set's own answer, through its growth
// (it starts small here) and on a second pass (no answer evicted or
// crossed between languages); and the names of different countries in one
// language share one candidate set.
func TestAnchorTableAnswersAsThePatternSet(t *testing.T) {
	x := builtinWith(t, nil, "")
	ps := x.patterns
	paths, _ := filepath.Glob("../testdata/corpus/*.txt")
	if len(paths) < 30 {
		t.Fatalf("only %d documents", len(paths))
	}
	type docToks struct {
		lang string
		toks []token
	}
	var docs []docToks
	langs := map[string]bool{}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d, err := x.extractWith(path, data, nil)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, docToks{d.lang, append([]token(nil), d.toks...)})
		langs[d.lang] = true
		d.release()
	}
	if len(langs) < 6 {
		t.Fatalf("documents in %d languages, want the six", len(langs))
	}
	at := anchorTable{}
	at.begin(ps, "")
	at.slots = make([]anchorSlot, 4) // grows from the first document on
	lookups, grown := 0, false
	for pass := range 2 {
		for _, dt := range docs {
			ln := at.begin(ps, dt.lang)
			for i := range dt.toks {
				tk := &dt.toks[i]
				k := anchorKey(tk, ln)
				n := len(at.slots)
				got := at.probe(ps, tk, dt.lang, k, anchorHash(tk.m, k)&(n-1))
				grown = grown || len(at.slots) > n
				want := ps.anchorFor(tokenSig{m: tk.m, kind: tk.kind, dateline: tk.dateline, organ: tk.organ}, tk, dt.lang)
				if got != want {
					t.Fatalf("pass %d, %s token %d (%s at %d): the table's answer is not the pattern set's", pass, dt.lang, i, tokKindNames[tk.kind], tk.start)
				}
				lookups++
			}
		}
	}
	if !grown || lookups < 2000 {
		t.Errorf("%d lookups, table grown %v: too few to say anything", lookups, grown)
	}
	// Every country's name anchors the same patterns in a language: one set.
	for _, dt := range docs {
		var first *token
		for i := range dt.toks {
			tk := &dt.toks[i]
			if tk.kind != tkEntity || tk.m.class != clsCountry || tk.organ {
				continue
			}
			if first == nil {
				first = tk
				continue
			}
			if tk.m == first.m {
				continue
			}
			a := ps.anchorFor(tokenSig{m: first.m, kind: first.kind}, first, dt.lang)
			b := ps.anchorFor(tokenSig{m: tk.m, kind: tk.kind}, tk, dt.lang)
			if a == b {
				t.Fatalf("%s and %s: one answer for two countries", first.m.key, tk.m.key)
			}
			if a.set != b.set {
				t.Errorf("%s: %s and %s anchor %v and %v in different sets", dt.lang, first.m.key, tk.m.key, a.cands, b.cands)
			}
			return
		}
	}
	t.Error("no document names two countries")
}
