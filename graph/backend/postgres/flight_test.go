package postgres

import (
	"errors"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/unkg/unkg/graph/backend"
)

// commitInFlight writes quads (and a Meta record key, if not nil) in one
// transaction committed by CommitAsync, and returns its wait function (nil
// when it was committed at once).
func commitInFlight(t *testing.T, b *Backend, qs []quad.Quad, key []byte) (func() error, error) {
	t.Helper()
	tx, err := b.Begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Close()
	if err := tx.AddQuads(ctx, qs); err != nil {
		t.Fatal(err)
	}
	if key != nil {
		if err := tx.Put(backend.Meta, key, []byte("v")); err != nil {
			t.Fatal(err)
		}
	}
	return tx.(*Tx).CommitAsync(ctx)
}

// keptThenRefused sends docs[0] with the meta key "kept" and docs[1] with
// "refused" in flight, waits for the first to land, and returns the second's
// wait: the two commits the tests of a refused commit in flight start with.
func keptThenRefused(t *testing.T, b *Backend, docs [][]quad.Quad) func() error {
	t.Helper()
	wait0, err := commitInFlight(t, b, docs[0], []byte("kept"))
	if err != nil || wait0 == nil {
		t.Fatalf("first commit: wait %v, err %v (want in flight)", wait0 != nil, err)
	}
	wait1, err := commitInFlight(t, b, docs[1], []byte("refused"))
	if err != nil || wait1 == nil {
		t.Fatalf("second commit: wait %v, err %v (want in flight)", wait1 != nil, err)
	}
	if err := wait0(); err != nil {
		t.Fatalf("first commit: %v", err)
	}
	return wait1
}

// TestPipelinedLoad loads the real documents a transaction each with
// commits in flight, as package graph sends them: the store ends as
// Cayley's writer's.
func TestPipelinedLoad(t *testing.T) {
	docs := realDocs(t)
	cayley := cayleyStore(t, docs)
	be, addr := openNew(t)
	b := be.(*Backend)
	inFlight := 0
	for _, d := range docs {
		wait, err := commitInFlight(t, b, d, nil)
		if err != nil {
			t.Fatal(err)
		}
		if wait != nil {
			inFlight++
			defer func() {
				if err := wait(); err != nil {
					t.Error(err)
				}
			}()
		}
	}
	if inFlight < len(docs)/2 {
		t.Fatalf("%d of %d commits went in flight", inFlight, len(docs))
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	checkLoaded(t, "after Close", cayley, addr)
}

// TestPipelinedCommitFails makes the server fail a commit in flight for
// a reason of its own (a full disk, as a trigger says): its wait says so,
// the transaction planned after it is never sent, the writer refuses to go
// on, and the commits before it stay.
func TestPipelinedCommitFails(t *testing.T) {
	docs := realDocs(t)[:3]
	be, addr := openNew(t)
	b := be.(*Backend)
	// A failure that only the server knows of.
	conn := b.conn
	if _, err := conn.Exec(ctx, `CREATE FUNCTION unkg_test_full() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.key = 'refused'::BYTEA THEN RAISE EXCEPTION 'no room (a test)' USING ERRCODE = 'disk_full'; END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER unkg_test_full BEFORE INSERT ON unkg_meta FOR EACH ROW EXECUTE FUNCTION unkg_test_full()`); err != nil {
		t.Fatal(err)
	}
	wait1 := keptThenRefused(t, b, docs)
	// The third is planned on the second and must not go.
	if _, err := commitInFlight(t, b, docs[2], nil); !errors.Is(err, errWriterFailed) {
		t.Fatalf("a commit after one that failed: %v, want %v", err, errWriterFailed)
	}
	if err := wait1(); err == nil || !isCode(err, "53100") || !errors.Is(err, backend.ErrNoSpace) || errors.Is(err, backend.ErrRefused) {
		t.Fatalf("the failed commit's wait: %v, want the full disk", err)
	}
	if _, err := b.Begin(ctx); !errors.Is(err, errWriterFailed) {
		t.Errorf("Begin after a failed commit: %v, want %v", err, errWriterFailed)
	}
	if err := b.Close(); !errors.Is(err, errWriterFailed) {
		t.Errorf("Close after a failed commit: %v, want %v", err, errWriterFailed)
	}
	if got := rows(t, addr, `SELECT encode(key, 'escape') FROM unkg_meta WHERE key IN ('kept', 'refused')`); len(got) != 1 || got[0] != "kept" {
		t.Errorf("records after the failure: %q, want the first commit's only", got)
	}
	want := len(docs[0])
	if got := rows(t, addr, `SELECT horizon::TEXT FROM quads`); len(got) != want {
		t.Errorf("%d quads after the failure, want the first document's %d", len(got), want)
	}
	// The next writer finds the indexes built and the counts right.
	w, err := backend.Open(addr, backend.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if got := rows(t, addr, `SELECT name FROM unkg_deferred_indexes`); len(got) != 0 {
		t.Errorf("indexes still deferred: %q", got)
	}
	if got := rows(t, addr, wrongRefs); len(got) != 0 {
		t.Errorf("%d nodes with a wrong reference count", len(got))
	}
}

// wrongRefs are the nodes whose reference count is not their quads'.
const wrongRefs = `SELECT n.hash::TEXT FROM nodes n WHERE n.refs <> (SELECT coalesce(sum((q.subject_hash = n.hash)::INT
	+ (q.predicate_hash = n.hash)::INT + (q.object_hash = n.hash)::INT + coalesce((q.label_hash = n.hash)::INT, 0)), 0) FROM quads q)`

// TestPipelinedCommitRefused makes the server refuse a commit in flight
// for its data (a CHECK constraint that only the server checks): its wait
// says so (backend.ErrRefused), the transaction planned after it fails
// without being sent and without being refused itself, and the writer goes
// on: the refused document written again without the refused record, and
// the third, end as Cayley's writer would have them, the nodes that the
// refused commit had stored sent again.
func TestPipelinedCommitRefused(t *testing.T) {
	docs := realDocs(t)[:3]
	cayley := cayleyStore(t, docs)
	be, addr := openNew(t)
	b := be.(*Backend)
	if _, err := b.conn.Exec(ctx, `ALTER TABLE unkg_meta ADD CONSTRAINT refuse CHECK (key <> 'refused'::BYTEA)`); err != nil {
		t.Fatal(err)
	}
	wait1 := keptThenRefused(t, b, docs)
	// The third is planned on the second and must not go.
	_, err := commitInFlight(t, b, docs[2], nil)
	if !errors.Is(err, errRefusedBefore) || errors.Is(err, backend.ErrRefused) || errors.Is(err, errWriterFailed) {
		t.Fatalf("a commit after one that was refused: %v, want %v only", err, errRefusedBefore)
	}
	if err := wait1(); !isCode(err, "23514") || !errors.Is(err, backend.ErrRefused) { // check_violation
		t.Fatalf("the refused commit's wait: %v, want the check violation", err)
	}
	// The writer goes on: the second again, without its refused record, and the third.
	for i, d := range docs[1:] {
		wait, err := commitInFlight(t, b, d, nil)
		if err != nil {
			t.Fatalf("commit %d after the refused one: %v", i+1, err)
		}
		if wait != nil {
			defer func() {
				if err := wait(); err != nil {
					t.Errorf("commit %d after the refused one: %v", i+1, err)
				}
			}()
		}
	}
	if got := rows(t, addr, `SELECT encode(key, 'escape') FROM unkg_meta WHERE key IN ('kept', 'refused')`); len(got) != 1 || got[0] != "kept" {
		t.Errorf("records: %q, want the first commit's only", got)
	}
	if err := b.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	checkLoaded(t, "after Close", cayley, addr)
	if got := rows(t, addr, wrongRefs); len(got) != 0 {
		t.Errorf("%d nodes with a wrong reference count", len(got))
	}
}
