package postgres

import (
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/unkg/unkg/graph/backend"
	"github.com/unkg/unkg/graph/backend/postgres/pgtest"
)

// indexDefs lists the quads table's indexes as PostgreSQL defines them.
const indexDefs = `SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = 'quads'::regclass ORDER BY 1`

// newCayleyStore makes Cayley's schema in a fresh database and opens
// Cayley's own SQL quad store on it (closed when the test ends).
func newCayleyStore(t testing.TB) (string, graph.QuadStore) {
	t.Helper()
	addr := pgtest.Open(t)
	if err := graph.InitQuadStore(cayleyFlavour, addr, nil); err != nil {
		t.Fatal(err)
	}
	qs, err := graph.NewQuadStore(cayleyFlavour, addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { qs.Close() })
	return addr, qs
}

// cayleyApply returns a function that writes quads through Cayley's own SQL
// writer (qs), the reference the tests compare our tables with.
func cayleyApply(t testing.TB, qs graph.QuadStore) func([]quad.Quad, graph.Procedure) {
	return func(quads []quad.Quad, act graph.Procedure) {
		t.Helper()
		ds := make([]graph.Delta, len(quads))
		for i, q := range quads {
			ds[i] = graph.Delta{Quad: q, Action: act}
		}
		if err := qs.ApplyDeltas(ds, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
			t.Fatalf("Cayley's writer: %v", err)
		}
	}
}

// cayleyStore writes docs with Cayley's own SQL writer into a fresh
// database, for the rows and indexes a load must end with.
func cayleyStore(t *testing.T, docs [][]quad.Quad) string {
	t.Helper()
	addr, qs := newCayleyStore(t)
	for _, d := range docs {
		ds := make([]graph.Delta, len(d))
		for i, q := range d {
			ds[i] = graph.Delta{Quad: q, Action: graph.Add}
		}
		if err := qs.ApplyDeltas(ds, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
			t.Fatalf("Cayley's writer: %v", err)
		}
	}
	return addr
}

// loadBulk opens a fresh store, checks that the load defers the quads'
// indexes, and writes docs one transaction each, then the first three
// quads of docs[0] again (which package graph never does: the store must
// still end right).
func loadBulk(t *testing.T, docs [][]quad.Quad) (*Backend, string) {
	t.Helper()
	be, addr := openNew(t)
	b := be.(*Backend)
	if !b.bulk {
		t.Fatal("a writer on an empty store is not loading in bulk")
	}
	if got := rows(t, addr, indexDefs); len(got) != 0 {
		t.Errorf("indexes on quads during the load: %q, want none", got)
	}
	if got := rows(t, addr, `SELECT name FROM unkg_deferred_indexes ORDER BY 1`); len(got) != 7 {
		t.Errorf("deferred indexes %q, want Cayley's seven (the primary key too)", got)
	}
	for _, d := range docs {
		commitAll(t, b, func(tx backend.Tx) error { return tx.AddQuads(ctx, d) })
	}
	commitAll(t, b, func(tx backend.Tx) error { return tx.AddQuads(ctx, docs[0][:3]) })
	return b, addr
}

// checkLoaded compares the store with Cayley's after a load: the same
// nodes (references included), quads and indexes, and no marker left.
func checkLoaded(t *testing.T, what, cayley, ours string) {
	t.Helper()
	sameRows(t, what+": nodes", cayley, ours, nodeRows)
	sameRows(t, what+": quads", cayley, ours, quadRows)
	sameRows(t, what+": indexes", cayley, ours, indexDefs)
	if got := rows(t, ours, `SELECT name FROM unkg_deferred_indexes`); len(got) != 0 {
		t.Errorf("%s: indexes still deferred: %q", what, got)
	}
}

// TestBulkLoadBuildsIndexesAtClose loads the real documents onto an empty
// store and closes it: Cayley's rows and indexes, the stray copies gone.
func TestBulkLoadBuildsIndexesAtClose(t *testing.T) {
	docs := realDocs(t)
	cayley := cayleyStore(t, docs)
	b, addr := loadBulk(t, docs)
	if n := len(rows(t, addr, quadRows)); n != len(rows(t, cayley, quadRows))+3 {
		t.Errorf("%d quads before the build, want Cayley's and the 3 copies", n)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	checkLoaded(t, "after Close", cayley, addr)

	// A writer on a store that holds quads keeps the indexes.
	be, err := backend.Open(addr, backend.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer be.Close()
	if be.(*Backend).bulk {
		t.Error("a writer on a store with quads is loading in bulk")
	}
}

// TestBulkLoadCutShort kills the writer's session in the middle of a load
// (no Close): a reader reads every quad without the indexes, and the next
// writer builds them.
func TestBulkLoadCutShort(t *testing.T) {
	docs := realDocs(t)
	cayley := cayleyStore(t, docs)
	b, addr := loadBulk(t, docs)
	// What a killed process leaves: its sessions end, nothing else runs.
	b.conn.Close(ctx)
	b.pool.Close()
	b.closed = true

	r, err := backend.Open(addr, backend.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	it := r.QuadStore().QuadsAllIterator()
	for it.Next(ctx) {
		n++
	}
	it.Close()
	r.Close()
	if want := len(rows(t, cayley, quadRows)) + 3; n != want {
		t.Errorf("Cayley's reader found %d quads without the indexes, want %d", n, want)
	}

	w, err := backend.Open(addr, backend.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	checkLoaded(t, "after the next open", cayley, addr)

	// The store works on: a delete finds its quads by the rebuilt index.
	commitAll(t, w, func(tx backend.Tx) error { return tx.DeleteQuads(ctx, docs[1]) })
	got := rows(t, addr, quadRows)
	if want := len(rows(t, cayley, quadRows)) - len(docs[1]); len(got) != want {
		t.Errorf("%d quads after deleting a document's, want %d", len(got), want)
	}
}

// TestBulkDeleteBuildsIndexesFirst deletes during a load: the transaction
// builds the indexes, and rolled back, leaves them deferred.
func TestBulkDeleteBuildsIndexesFirst(t *testing.T) {
	docs := realDocs(t)[:4]
	be, addr := openNew(t)
	b := be.(*Backend)
	for _, d := range docs {
		commitAll(t, b, func(tx backend.Tx) error { return tx.AddQuads(ctx, d) })
	}
	tx, err := b.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.DeleteQuads(ctx, docs[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Get(ctx, backend.Meta, []byte("x")); err == nil { // sends the delete
		t.Fatal("a record never written was found")
	}
	tx.Close()
	if !b.bulk || len(rows(t, addr, indexDefs)) != 0 {
		t.Fatalf("a rolled back delete left the indexes built (bulk %v)", b.bulk)
	}
	commitAll(t, b, func(tx backend.Tx) error { return tx.DeleteQuads(ctx, docs[0]) })
	if b.bulk || len(rows(t, addr, indexDefs)) != 7 {
		t.Errorf("after a delete: bulk %v, indexes %q, want Cayley's seven", b.bulk, rows(t, addr, indexDefs))
	}
}

// TestBulkLoadWhenGrown loads onto a store that holds quads: the indexes
// stay until the load has outgrown the store, go, and are built at Close;
// the store ends as Cayley's writer's.
func TestBulkLoadWhenGrown(t *testing.T) {
	defer func(n int64) { minGrownBulk = n }(minGrownBulk)
	minGrownBulk = 1000
	docs := realDocs(t)
	cayley := cayleyStore(t, docs)
	be, addr := openNew(t)
	held := docs[:8]
	for _, d := range held {
		commitAll(t, be, func(tx backend.Tx) error { return tx.AddQuads(ctx, d) })
	}
	if err := be.Close(); err != nil {
		t.Fatal(err)
	}
	nHeld := len(rows(t, addr, quadRows))
	be, err := backend.Open(addr, backend.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer be.Close()
	b := be.(*Backend)
	added, dropped := 0, false
	for _, d := range docs[len(held):] {
		commitAll(t, b, func(tx backend.Tx) error { return tx.AddQuads(ctx, d) })
		added += len(d)
		n := len(rows(t, addr, indexDefs))
		if grown := added >= max(nHeld, int(minGrownBulk)); !grown && n != 7 {
			t.Fatalf("%d quads added onto %d: %d indexes, want Cayley's seven", added, nHeld, n)
		}
		if n == 0 {
			dropped = true
		}
	}
	if !dropped {
		t.Fatalf("%d quads added onto %d: the indexes were kept", added, nHeld)
	}
	// The quads already there come again: the unique indexes are gone, the
	// rebuild finds them.
	commitAll(t, b, func(tx backend.Tx) error { return tx.AddQuads(ctx, held[0][:3]) })
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	checkLoaded(t, "after Close", cayley, addr)
}
