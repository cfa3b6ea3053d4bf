package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/backend/postgres/pgtest"
	"github.com/unkg/unkg/graph/serve"
)

// TestCommandsOnPostgres ingests the repository's real documents into
// Badger and into PostgreSQL and runs every reading command on both: each
// must answer the same on PostgreSQL as on Badger.
func TestCommandsOnPostgres(t *testing.T) {
	pg := pgtest.Open(t)
	bdb := filepath.Join(t.TempDir(), "unkg.db")
	inputs := []string{"../../testdata/seeds", "../../testdata/corpus"}

	for _, db := range []string{bdb, pg} {
		if code, out, errs := unkg(t, append([]string{"ingest", "--db", db}, inputs...)...); code != exitOK {
			t.Fatalf("ingest --db %s: exit %d\n%s%s", db, code, out, errs)
		}
	}
	// Ingesting the same files again changes nothing.
	code, out, errs := unkg(t, append([]string{"ingest", "--db", pg}, inputs...)...)
	if code != exitOK || !strings.Contains(out+errs, " 0 new, 0 replaced") { // the summary: stdout or stderr
		t.Errorf("second ingest on PostgreSQL: exit %d, %s%s", code, out, errs)
	}

	for _, args := range [][]string{
		{"stats"},
		{"query", "attendees", "2003-04-11"},
		{"query", "meetings", "org:AU"},
		{"query", "presidencies"},
		{"query", "trace", "SC/8153"},
		{"query", "--format", "json", "attendees", "2003-04-11"},
		{"query", "gizmo", `g.V("<org:AU>").Out("<attended>").All()`},
	} {
		name := strings.Join(args, " ")
		bc, bout, berr := unkg(t, append(args, "--db", bdb)...)
		pc, pout, perr := unkg(t, append(args, "--db", pg)...)
		if bc != exitOK || pc != exitOK {
			t.Errorf("%s: exit %d on Badger (%s), %d on PostgreSQL (%s)", name, bc, berr, pc, perr)
			continue
		}
		if strings.TrimSpace(pout) == "" {
			t.Errorf("%s on PostgreSQL: no output", name)
		}
		if args[0] == "stats" || args[1] == "gizmo" {
			// Gizmo's order is the store's; stats orders counts that tie as it finds them.
			bout, pout = sortedLines(bout), sortedLines(pout)
		}
		if bout != pout {
			t.Errorf("%s: PostgreSQL answers\n%s\nBadger answers\n%s", name, pout, bout)
		}
	}
	// export: the same graph in every format (N-Quads and DOT line for line;
	// the others number their edges in the order the store gives subjects).
	for _, f := range []string{"nquads", "dot", "gexf", "graphml", "cyjs"} {
		bc, bout, berr := unkg(t, "export", "--db", bdb, "--format", f)
		pc, pout, perr := unkg(t, "export", "--db", pg, "--format", f)
		if bc != exitOK || pc != exitOK {
			t.Errorf("export %s: exit %d on Badger (%s), %d on PostgreSQL (%s)", f, bc, berr, pc, perr)
			continue
		}
		summary := func(s string) string { // "exported N nodes, M edges (Q quads read) as F to standard output in T"
			if i := strings.Index(s, " in "); i >= 0 {
				return s[:i]
			}
			return s
		}
		if summary(perr) != summary(berr) || len(pout) != len(bout) || len(pout) < 10000 {
			t.Errorf("export %s: PostgreSQL %q, %d bytes; Badger %q, %d bytes", f, perr, len(pout), berr, len(bout))
		}
		if (f == "nquads" || f == "dot") && sortedLines(pout) != sortedLines(bout) {
			t.Errorf("export %s: the lines differ", f)
		}
	}
	if code, out, errs := unkg(t, "export", "--db", pg, "--format", "gexf", "--around", "org:AU", "--depth", "1"); code != exitOK || !strings.Contains(out, "org:AU") {
		t.Errorf("export --around on PostgreSQL: exit %d, %s %.200s", code, errs, out)
	}

	for _, args := range [][]string{{"attendees", "1999-01-01"}, {"trace", "S/NO/SUCH"}} {
		if code, out, _ := unkg(t, append([]string{"query", "--db", pg}, args...)...); code != exitPartial {
			t.Errorf("query %s on PostgreSQL: exit %d, want %d, %s", strings.Join(args, " "), code, exitPartial, out)
		}
	}

	// serve's JSON API, on a read-only store, while a writer holds PostgreSQL.
	w, err := graph.Open(pg, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	for _, db := range []string{bdb, pg} {
		s, err := graph.Open(db, graph.Options{ReadOnly: true})
		if err != nil {
			t.Fatalf("read-only open of %s: %v", db, err)
		}
		defer s.Close()
		srv := httptest.NewServer(serve.New(s, serve.Options{}))
		defer srv.Close()
		for _, path := range []string{"/api/attendees?meeting=meeting:UNSC:2003-04-11", "/api/stats", "/api/search?q=AU",
			"/api/node?id=org:AU", "/api/graph?id=org:AU"} {
			resp, err := http.Get(srv.URL + path)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "Organization") {
				t.Errorf("serve on %s: GET %s: %s %.300s", db, path, resp.Status, body)
			}
		}
	}
}

// TestIngestRefusedOnPostgres ingests the seeds into PostgreSQL while the
// server refuses one of them (a CHECK constraint on unkg_path, which only
// the server checks): ingest names the file and the server's reason, exits
// partial, and the store answers as one ingested without that file.
func TestIngestRefusedOnPostgres(t *testing.T) {
	files, err := filepath.Glob("../../testdata/seeds/*.txt")
	if err != nil || len(files) < 5 {
		t.Fatalf("seeds: %d files, %v", len(files), err)
	}
	bad := files[2]
	var good []string
	for _, f := range files {
		if f != bad {
			good = append(good, f)
		}
	}
	refusing, want := pgtest.Open(t), pgtest.Open(t)
	conn, err := pgx.Connect(context.Background(), refusing)
	if err != nil {
		t.Fatal(err)
	}
	// The backend keeps a table that is there (CREATE TABLE IF NOT EXISTS).
	_, err = conn.Exec(context.Background(), `CREATE TABLE unkg_path (key BYTEA PRIMARY KEY, val BYTEA NOT NULL,
		CONSTRAINT refuse CHECK (position(convert_to('`+filepath.Base(bad)+`', 'UTF8') IN key) = 0))`)
	conn.Close(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := unkg(t, append([]string{"ingest", "--db", refusing}, files...)...)
	if code != exitPartial || !strings.Contains(errs, filepath.Base(bad)) || !strings.Contains(errs, "23514") {
		t.Fatalf("ingest with a refused file: exit %d, want %d naming %s and the check violation\n%s%s", code, exitPartial, bad, out, errs)
	}
	if strings.Count(errs, "23514") != 1 {
		t.Errorf("more than the one file refused:\n%s", errs)
	}
	if code, out, errs := unkg(t, append([]string{"ingest", "--db", want}, good...)...); code != exitOK {
		t.Fatalf("ingest without the file: exit %d\n%s%s", code, out, errs)
	}
	for _, f := range []string{"nquads", "dot"} {
		_, got, _ := unkg(t, "export", "--db", refusing, "--format", f)
		_, exp, _ := unkg(t, "export", "--db", want, "--format", f)
		if sortedLines(got) != sortedLines(exp) || len(got) < 1000 {
			t.Errorf("export %s: %d bytes after the refusal, %d without the file", f, len(got), len(exp))
		}
	}
	_, got, _ := unkg(t, "stats", "--db", refusing)
	_, exp, _ := unkg(t, "stats", "--db", want)
	if sortedLines(got) != sortedLines(exp) {
		t.Errorf("stats after the refusal:\n%s\nwithout the file:\n%s", got, exp)
	}
}
