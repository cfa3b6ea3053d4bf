package postgres

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/backend"
	"github.com/unkg/unkg/graph/backend/postgres/pgtest"
	"github.com/unkg/unkg/rules"
)

// realFacts extracts the repository's real UN documents (the seeds and the
// annotated corpus), in file order, one file per document id.
func realFacts(t testing.TB) []*extract.Facts {
	t.Helper()
	set, err := rules.Builtin()
	if err != nil {
		t.Fatalf("rules: %v", err)
	}
	x, err := extract.New(set, extract.Options{})
	if err != nil {
		t.Fatalf("extractor: %v", err)
	}
	var paths []string
	for _, dir := range []string{"seeds", "corpus"} {
		ps, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, ps...)
	}
	sort.Strings(paths)
	seen := map[string]bool{}
	var out []*extract.Facts
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := x.Document(filepath.Base(p), data)
		if err != nil {
			t.Fatalf("extract %s: %v", p, err)
		}
		if seen[f.Doc.ID] {
			continue
		}
		seen[f.Doc.ID] = true
		out = append(out, f)
	}
	if len(out) < 20 {
		t.Fatalf("found %d documents under testdata, want the seeds and the corpus", len(out))
	}
	return out
}

// realDocs is the quads of each of realFacts' documents, in file order.
func realDocs(t testing.TB) [][]quad.Quad {
	t.Helper()
	var docs [][]quad.Quad
	for _, f := range realFacts(t) {
		qs, err := graph.Quads(f)
		if err != nil {
			t.Fatalf("quads of %s: %v", f.Doc.Path, err)
		}
		docs = append(docs, qs)
	}
	return docs
}

// openNew opens the backend on a fresh database.
func openNew(t testing.TB) (backend.Backend, string) {
	t.Helper()
	addr := pgtest.Open(t)
	b, err := backend.Open(addr, backend.Options{})
	if err != nil {
		t.Fatalf("open %s: %v", addr, err)
	}
	t.Cleanup(func() { b.Close() })
	return b, addr
}
