package postgres

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/backend"
	"github.com/unkg/unkg/graph/backend/postgres/pgtest"
)

// refuseOnServer makes the server alone refuse the path records of the
// files named (a CHECK constraint that package graph knows nothing of), as
// it would refuse a value its types do not take.
func refuseOnServer(t *testing.T, addr string, names ...string) {
	t.Helper()
	conn, err := pgx.Connect(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var conds []string
	for _, n := range names {
		if strings.ContainsAny(n, `'\`) {
			t.Fatalf("file name %q", n)
		}
		conds = append(conds, fmt.Sprintf(`position(convert_to('%s', 'UTF8') IN key) = 0`, n))
	}
	if _, err := conn.Exec(ctx, `ALTER TABLE unkg_path ADD CONSTRAINT refuse CHECK (`+strings.Join(conds, " AND ")+`)`); err != nil {
		t.Fatal(err)
	}
}

// storeRows are what an ingest leaves: every record of every bucket, the
// quads and the nodes with their reference counts.
func storeRows(t *testing.T, addr string) map[string][]string {
	t.Helper()
	out := map[string][]string{"nodes": rows(t, addr, nodeRows), "quads": rows(t, addr, quadRows)}
	for _, tb := range tables()[2:] {
		out[tb] = rows(t, addr, `SELECT row(key, val)::TEXT FROM `+tb+` ORDER BY key`)
	}
	return out
}

// ingest writes fs through package graph's writer (by Write, or by
// WriteStream as unkg ingest does) and says how many commits in flight
// the server refused.
func ingest(t *testing.T, addr string, fraction float64, stream bool, fs []*extract.Facts) (graph.WriteResult, int) {
	t.Helper()
	be, err := Open(addr, backend.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := graph.New(be, graph.Options{GroupFraction: fraction})
	if err != nil {
		be.Close()
		t.Fatal(err)
	}
	var res graph.WriteResult
	if stream {
		docs := make(chan *graph.Doc)
		go func() {
			defer close(docs)
			for _, f := range fs {
				d, err := graph.Prepare(f)
				if err != nil {
					t.Error(err)
					return
				}
				docs <- d
			}
		}()
		res, err = s.WriteStream(context.Background(), docs, nil)
	} else {
		res, err = s.Write(context.Background(), fs)
	}
	if err != nil {
		s.Close()
		t.Fatalf("ingest: %v (after %d documents written)", err, res.Written)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return res, be.(*Backend).refusedFlights
}

// TestRefusedDocumentInFlight ingests the real documents through package
// graph's writer while the server refuses three of them (two one after the
// other, so that a group of several documents holds both, and the commit
// after a refused one has been planned on it; and the last). Whether the
// refused commit was in flight (small groups, a bulk load) or awaited (one
// large group),
// they are refused, each with its path and the server's reason, and the
// store is what an ingest of the other files makes.
func TestRefusedDocumentInFlight(t *testing.T) {
	facts := realFacts(t)
	// Two one after the other, and the last (refused when the writer
	// settles its last commit).
	badPaths := []string{facts[5].Doc.Path, facts[6].Doc.Path, facts[len(facts)-1].Doc.Path}
	bad := map[string]bool{}
	for _, p := range badPaths {
		bad[p] = true
	}
	var good []*extract.Facts
	for _, f := range facts {
		if !bad[f.Doc.Path] {
			good = append(good, f)
		}
	}
	want := pgtest.Open(t)
	wantRes, _ := ingest(t, want, 0.5, false, good)
	if len(wantRes.Errors) != 0 || wantRes.Written != len(good) {
		t.Fatalf("ingest without the refused files: %+v", wantRes)
	}
	wantRows := storeRows(t, want)

	for _, c := range []struct {
		name     string
		fraction float64
		stream   bool
		inFlight int // refused commits in flight, at least
		// badText puts a byte that is no UTF-8 in the bad files' titles,
		// which PostgreSQL's text refuses (22021) and Badger takes,
		// instead of the CHECK constraint (23514). (A NUL, which text
		// refuses too, Cayley's columns escape.)
		badText bool
	}{
		{"a document a group", 0.0005, false, 3, false}, // about 130 writes: a group each, in flight
		{"groups of several", 0.005, false, 4, false},   // about 1,300 writes: in flight (under minCopy quads), then each document of the group
		{"one group", 0.5, false, 0, false},             // one commit, too large to go in flight; its halves may
		{"stream", 0.005, true, 4, false},               // as unkg ingest writes
		{"a value text refuses", 0.005, true, 4, true},
		{"a value text refuses, one group", 0.5, false, 0, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			addr := pgtest.Open(t)
			if b, err := Open(addr, backend.Options{}); err != nil {
				t.Fatal(err)
			} else {
				b.Close() // makes the tables
			}
			fs, code := facts, "23514" // check_violation
			if c.badText {
				fs, code = withBadTitles(facts, bad), "22021" // character_not_in_repertoire
			} else {
				refuseOnServer(t, addr, badPaths...)
			}
			res, refused := ingest(t, addr, c.fraction, c.stream, fs)
			t.Logf("%d transactions, %d commits in flight refused", res.Transactions, refused)
			if refused < c.inFlight {
				t.Errorf("%d commits in flight refused, want %d at least", refused, c.inFlight)
			}
			if res.Written != len(good) {
				t.Errorf("%d documents written, want %d", res.Written, len(good))
			}
			got := map[string]string{}
			for _, e := range res.Errors {
				got[e.Path] = e.Err.Error()
			}
			if len(got) != len(bad) {
				t.Errorf("refused %v, want %v", got, bad)
			}
			for p := range bad {
				if msg, ok := got[p]; !ok || !strings.Contains(msg, code) || !strings.Contains(msg, "nothing of it was written") {
					t.Errorf("refused %s: %q, want SQLSTATE %s", p, msg, code)
				}
			}
			if res.Transactions < 2 && c.fraction < 0.1 {
				t.Errorf("%d transactions", res.Transactions)
			}
			gotRows := storeRows(t, addr)
			for tb, w := range wantRows {
				g := gotRows[tb]
				if strings.Join(g, "\n") != strings.Join(w, "\n") {
					t.Errorf("%s: %d rows, want the %d of the ingest without the refused files%s", tb, len(g), len(w), rowDiff(g, w))
				}
			}
			s, err := graph.Open(addr, graph.Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			problems, err := s.Verify(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range problems {
				t.Error("verify:", p)
			}
			for p := range bad {
				if id, err := s.DocumentAt(p); err == nil {
					t.Errorf("%s is stored as %s", p, id)
				}
			}
		})
	}
}

// rowDiff shows the first rows that differ.
func rowDiff(got, want []string) string {
	var out strings.Builder
	in := func(rs []string) map[string]bool {
		m := map[string]bool{}
		for _, r := range rs {
			m[r] = true
		}
		return m
	}
	g, w := in(got), in(want)
	n := 0
	for _, r := range got {
		if !w[r] && n < 5 {
			fmt.Fprintf(&out, "\n\tonly here: %.200s", r)
			n++
		}
	}
	n = 0
	for _, r := range want {
		if !g[r] && n < 5 {
			fmt.Fprintf(&out, "\n\tonly there: %.200s", r)
			n++
		}
	}
	return out.String()
}

// TestRefusedReplacement ingests the real documents, then again with three
// of them changed so that the server refuses them (a title byte that is
// no UTF-8): the commits that replace a file delete, so they are awaited;
// the three are refused, their earlier versions stay, and the store is as
// after the first ingest.
func TestRefusedReplacement(t *testing.T) {
	facts := realFacts(t)
	addr, want := pgtest.Open(t), pgtest.Open(t)
	if res, _ := ingest(t, want, 0.5, false, facts); len(res.Errors) != 0 {
		t.Fatalf("first ingest: %v", res.Errors)
	}
	if res, _ := ingest(t, addr, 0.5, false, facts); len(res.Errors) != 0 {
		t.Fatalf("first ingest: %v", res.Errors)
	}
	wantRows := storeRows(t, want)
	bad := map[string]bool{facts[5].Doc.Path: true, facts[6].Doc.Path: true, facts[len(facts)-1].Doc.Path: true}
	fs := withBadTitles(facts, bad)
	for _, fraction := range []float64{0.005, 0.5} {
		res, _ := ingest(t, addr, fraction, true, fs)
		if res.Unchanged != len(facts)-len(bad) || res.Replaced != 0 || len(res.Errors) != len(bad) {
			t.Errorf("group fraction %g: %d unchanged, %d replaced, refused %v; want %d unchanged and the %d refused",
				fraction, res.Unchanged, res.Replaced, res.Errors, len(facts)-len(bad), len(bad))
		}
		for _, e := range res.Errors {
			if !bad[e.Path] || !strings.Contains(e.Error(), "22021") {
				t.Errorf("refused %s: %v", e.Path, e)
			}
		}
		gotRows := storeRows(t, addr)
		for tb, w := range wantRows {
			if g := gotRows[tb]; strings.Join(g, "\n") != strings.Join(w, "\n") {
				t.Errorf("group fraction %g: %s: %d rows, want the %d of the first ingest%s", fraction, tb, len(g), len(w), rowDiff(g, w))
			}
		}
	}
}

// withBadTitles is facts with the files of bad given a title PostgreSQL's
// text refuses (a byte that is no UTF-8) and Badger takes.
func withBadTitles(facts []*extract.Facts, bad map[string]bool) []*extract.Facts {
	var fs []*extract.Facts
	for _, f := range facts {
		if bad[f.Doc.Path] {
			g := *f
			g.Doc.Title = "A title with a byte \xff that UTF-8 has not"
			f = &g
		}
		fs = append(fs, f)
	}
	return fs
}
