package badger

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/unkg/unkg/graph/backend"
)

// A transaction begun while the commit before it is still in flight reads
// that commit's writes (its Badger snapshot predates them): records by Get
// and Scan, deletions, and nodes, and what it writes again wins.
func TestPipelinedCommits(t *testing.T) {
	ctx := context.Background()
	s := openTempStore(t)
	put := func(tx backend.Tx, k, v string) {
		t.Helper()
		if err := tx.Put(backend.Path, []byte(k), []byte(v)); err != nil {
			t.Fatal(err)
		}
	}
	q1, q2 := resolutionQuads()

	// The first commit: committed before, so the second has no overlay.
	t0, _ := s.Begin(ctx)
	put(t0, "a/1", "old")
	put(t0, "a/3", "gone soon")
	if err := t0.Commit(ctx); err != nil {
		t.Fatal(err)
	}

	t1, _ := s.Begin(ctx)
	put(t1, "a/2", "one")
	put(t1, "a/1", "new")
	if err := t1.Delete(backend.Path, []byte("a/3")); err != nil {
		t.Fatal(err)
	}
	if err := t1.AddQuads(ctx, []quad.Quad{q1}); err != nil {
		t.Fatal(err)
	}
	wait1, t2 := commitThenBegin(ctx, t, s, t1)
	get := func(r backend.Reader, k string) string {
		t.Helper()
		v, err := r.Get(ctx, backend.Path, []byte(k))
		if errors.Is(err, backend.ErrNotFound) {
			return "<none>"
		} else if err != nil {
			t.Fatal(err)
		}
		return string(v)
	}
	scan := func(r backend.Reader) string {
		t.Helper()
		var out []string
		err := r.Scan(ctx, backend.Path, []byte("a/"), func(k, v []byte) error {
			out = append(out, string(k)+"="+string(v))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(out, " ")
	}
	if g := get(t2, "a/1") + " " + get(t2, "a/2") + " " + get(t2, "a/3"); g != "new one <none>" {
		t.Errorf("reads through the commit in flight: %s", g)
	}
	if g := scan(t2); g != "a/1=new a/2=one" {
		t.Errorf("scan through the commit in flight: %s", g)
	}
	put(t2, "a/2", "two")
	put(t2, "a/4", "four")
	if g := get(t2, "a/2"); g != "two" {
		t.Errorf("own write over the commit in flight: %s", g)
	}
	if g := scan(t2); g != "a/1=new a/2=two a/4=four" {
		t.Errorf("scan with own writes: %s", g)
	}
	// The node q1 made is reused, not made again.
	if err := t2.AddQuads(ctx, []quad.Quad{q2}); err != nil {
		t.Fatal(err)
	}
	if err := t2.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if err := wait1(); err != nil {
		t.Fatal(err)
	}
	r, err := s.View(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if g := scan(r); g != "a/1=new a/2=two a/4=four" {
		t.Errorf("stored: %s", g)
	}
	got := storedQuads(ctx, s)
	for _, q := range got {
		if q != q1 && q != q2 {
			t.Errorf("stored quad %v", q)
		}
	}
	if len(got) != 2 {
		t.Errorf("%d quads stored, want 2", len(got))
	}
	if st, err := s.QuadStore().Stats(ctx, true); err != nil || st.Nodes.Size != 5 {
		t.Errorf("nodes: %+v %v, want 5: the document, two predicates, two objects", st.Nodes, err)
	}
}

// A transaction deletes quads that the commit in flight added: it finds
// their log entries through that commit's writes (indexed apart, on demand).
func TestPipelinedDeleteOfQuadsInFlight(t *testing.T) {
	ctx := context.Background()
	s := openTempStore(t)
	q1, q2 := resolutionQuads()
	t0, _ := s.Begin(ctx)
	if err := t0.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	t1, _ := s.Begin(ctx)
	if err := t1.AddQuads(ctx, []quad.Quad{q1, q2}); err != nil {
		t.Fatal(err)
	}
	wait1, t2 := commitThenBegin(ctx, t, s, t1)
	if err := t2.DeleteQuads(ctx, []quad.Quad{q1}); err != nil {
		t.Fatal(err)
	}
	if err := t2.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if err := wait1(); err != nil {
		t.Fatal(err)
	}
	got := storedQuads(ctx, s)
	if len(got) != 1 || got[0] != q2 {
		t.Errorf("stored %v, want only %v", got, q2)
	}
	if st, err := s.QuadStore().Stats(ctx, true); err != nil || st.Quads.Size != 1 || st.Nodes.Size != 3 {
		t.Errorf("stats %+v %v, want 1 quad and 3 nodes (the document, a predicate, the meeting)", st, err)
	}
}

// commitThenBegin sends t1's commit without waiting for it and begins the
// transaction that must read through it.
func commitThenBegin(ctx context.Context, t *testing.T, s *Store, t1 backend.Tx) (wait func() error, t2 backend.Tx) {
	t.Helper()
	wait, err := t1.(*writeTx).CommitAsync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t2, _ = s.Begin(ctx)
	if t2.(*writeTx).pt.prev == nil {
		t.Fatal("the second transaction does not read through the commit in flight")
	}
	return wait, t2
}

// A transaction that loads the node and list caches (the first write after
// a reopen, as Compact does) sees its own writes in the scan; if it is then
// given up (a group too big for Badger, written again in halves), the
// caches must not keep them: the next transaction would find a document's
// label list without the quads it deletes, and leave them behind.
func TestGivenUpTransactionLeavesNoCache(t *testing.T) {
	ctx := context.Background()
	s := openTempStore(t)
	q1, q2 := resolutionQuads()
	other := quad.IRI("doc:S/RES/1374(2001)")
	q3 := quad.Quad{Subject: other, Predicate: quad.IRI("unkg:date"), Object: quad.String("2001-09-29"), Label: other}
	t1, _ := s.Begin(ctx)
	if err := t1.AddQuads(ctx, []quad.Quad{q1, q2}); err != nil {
		t.Fatal(err)
	}
	if err := t1.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	s.cache.drop() // as after Compact's reopen
	t2, _ := s.Begin(ctx)
	if err := t2.DeleteQuads(ctx, []quad.Quad{q1, q2}); err != nil {
		t.Fatal(err)
	}
	if err := t2.AddQuads(ctx, []quad.Quad{q3}); err != nil { // loads the caches
		t.Fatal(err)
	}
	t2.Close() // given up
	t3, _ := s.Begin(ctx)
	if err := t3.DeleteQuads(ctx, []quad.Quad{q1, q2}); err != nil {
		t.Fatal(err)
	}
	if err := t3.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if got := storedQuads(ctx, s); len(got) != 0 {
		t.Errorf("stored %v after deleting every quad", got)
	}
}

// storedQuads is every quad the store holds, as Cayley's quad store reads them.
func storedQuads(ctx context.Context, s *Store) []quad.Quad {
	qs := s.QuadStore()
	var got []quad.Quad
	it := qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		got = append(got, qs.Quad(it.Result()))
	}
	return got
}

// openTempStore opens a new store in the test's temporary folder, closed at
// the test's end.
func openTempStore(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "unkg.db"), backend.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// resolutionQuads are two facts of one document, S/RES/1373(2001): its date
// and the meeting it describes.
func resolutionQuads() (date, describes quad.Quad) {
	doc := quad.IRI("doc:S/RES/1373(2001)")
	return quad.Quad{Subject: doc, Predicate: quad.IRI("unkg:date"), Object: quad.String("2001-09-28"), Label: doc},
		quad.Quad{Subject: doc, Predicate: quad.IRI("unkg:describes"), Object: quad.IRI("meeting:UNSC/2001-09-28"), Label: doc}
}
