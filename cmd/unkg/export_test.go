package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/testfacts"
)

func seedDB(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "unkg.db")
	writeJSONL(t, filepath.Join(dir, "seeds.jsonl"), testfacts.Seeds("seeds")...)
	if code, out, errs := unkg(t, "ingest", "--facts", "--db", db, filepath.Join(dir, "seeds.jsonl")); code != exitOK {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	return db
}

func TestExportCommand(t *testing.T) {
	db := seedDB(t)
	dir := t.TempDir()
	for _, f := range []string{"un.gexf", "un.graphml", "un.dot", "un.json", "un.nq"} {
		path := filepath.Join(dir, f)
		code, _, errs := unkg(t, "export", "--db", db, "-o", path)
		if code != exitOK || !strings.Contains(errs, "exported") {
			t.Fatalf("export -o %s: exit %d\n%s", f, code, errs)
		}
		if st, err := os.Stat(path); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}
	code, out, errs := unkg(t, "export", "--db", db, "--format", "graphml", "--around", "African Union", "--depth", "1", "--lang", "ar")
	if code != exitOK || !strings.Contains(out, "الاتحاد الأفريقي") || !strings.Contains(out, testfacts.Meeting2004) || strings.Contains(out, "country:MEX") {
		t.Errorf("export --around: exit %d\n%s%s", code, out, errs)
	}
	code, out, _ = unkg(t, "export", "--db", db, "--format", "dot", "--predicates", "presidedBy", "--from", "2004-01-01")
	if code != exitOK || !strings.Contains(out, "country:ROU") || strings.Contains(out, "country:MEX") {
		t.Errorf("export --predicates --from: exit %d\n%s", code, out)
	}
	for _, args := range [][]string{{"--format", "svg"}, {}, {"--format", "dot", "--lang", "de"}, {"--format", "dot", "--predicates", "name"}, {"--format", "dot", "--from", "yesterday"}} {
		if code, _, errs := unkg(t, append([]string{"export", "--db", db}, args...)...); code != exitUsage {
			t.Errorf("export %v: exit %d, want %d\n%s", args, code, exitUsage, errs)
		}
	}
	if code, _, errs := unkg(t, "export", "--db", db, "--format", "dot", "--around", "org:NOPE"); code != exitPartial {
		t.Errorf("export --around unknown: exit %d\n%s", code, errs)
	}

	// N-Quads load back into an empty store with the same quads.
	nq := filepath.Join(dir, "un.nq")
	db2 := filepath.Join(t.TempDir(), "other.db")
	s2, err := graph.Open(db2, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := env{strings.NewReader(""), &strings.Builder{}, &strings.Builder{}}
	if code := ingestNQuads(context.Background(), e, s2, []string{nq}); code != exitOK {
		t.Fatalf("ingestNQuads: exit %d\n%s%s", code, e.stdout, e.stderr)
	}
	s2.Close()
	_, out1, _ := unkg(t, "export", "--db", db, "--format", "nquads")
	_, out2, _ := unkg(t, "export", "--db", db2, "--format", "nquads")
	if len(out1) == 0 || sortedLines(out1) != sortedLines(out2) {
		t.Errorf("N-Quads of the loaded store differ:\n%s\n---\n%s", out1, out2)
	}
	if !isNQuadsPath("x/un.NQ") || !isNQuadsPath("a.nquads") || isNQuadsPath("a.jsonl") {
		t.Error("isNQuadsPath")
	}
}

func sortedLines(s string) string {
	ls := strings.Split(strings.TrimSpace(s), "\n")
	for i := range ls {
		for j := i + 1; j < len(ls); j++ {
			if ls[j] < ls[i] {
				ls[i], ls[j] = ls[j], ls[i]
			}
		}
	}
	return strings.Join(ls, "\n")
}

// unkg export --format nquads, then unkg ingest of the .nq file into an empty
// store: the same quads, as the export issue asks.
func TestExportNQuadsIngestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	if code, _, errs := unkg(t, "ingest", "--db", a, "--progress", "none", "../../testdata/seeds"); code != exitOK {
		t.Fatalf("ingest: %d %s", code, errs)
	}
	nq := filepath.Join(dir, "un.nq")
	if code, _, errs := unkg(t, "export", "--db", a, "--format", "nquads", "-o", nq); code != exitOK {
		t.Fatalf("export: %d %s", code, errs)
	}
	if code, out, errs := unkg(t, "ingest", "--db", b, nq); code != exitOK {
		t.Fatalf("ingest of N-Quads: %d %s %s", code, out, errs)
	}
	quads := func(db string) string {
		_, out, _ := unkg(t, "stats", "--db", db, "--format", "json")
		var st struct{ Quads, Documents int }
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatalf("stats: %v: %s", err, out)
		}
		return fmt.Sprintf("%d quads, %d documents", st.Quads, st.Documents)
	}
	if qa, qb := quads(a), quads(b); qa != qb {
		t.Errorf("store from text: %s; store from its N-Quads: %s", qa, qb)
	}
}
