package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/unkg/unkg/graph/backend"
)

// Pipelined commits, as the Badger backend has them (package graph calls
// CommitAsync where a backend has it). At one document a transaction the
// writer and the server take turns: the writer plans and encodes a
// transaction while the server waits, then waits while the server runs it.
// CommitAsync sends the transaction's one batch (BEGIN, its statements,
// COMMIT) and returns without reading the answer; the writer plans the next
// transaction meanwhile, with what it knows of the nodes already counting
// the transaction in flight. The answer is read (land) before anything
// else goes on the session: a read, the next send, Close. So each commit is
// still one SQL transaction, and the next is sent only once the one before
// it is known to be committed; a caller learns that its documents are
// stored only from the wait function of its own commit.
//
// A commit in flight that the server refuses for its data
// (backend.ErrRefused: refusedCode) is rolled back and taken back from
// what the writer knows of the nodes (undo), and the writer goes on: the
// transaction that was being planned on top of it fails
// (errRefusedBefore), is never sent, and its caller plans it again on the
// store without the refused commit. A commit in flight that fails
// otherwise leaves the writer failed: nothing more is sent; the writer's
// unwritten reference sums are dropped and their marker row, already
// committed by the transaction that deferred first, makes the next writer
// count them again.
//
// Only a bulk load's adds are pipelined (no savepoint to go back to, no
// unique index to refuse a quad) under minCopy quads (the COPY needs the
// batch's answer before it); any other commit is sent and awaited as
// before.

// flight is a commit sent whose answer is not read yet.
type flight struct {
	br   pgx.BatchResults
	what string
	err  error
	undo nodesUndo
}

// errWriterFailed marks every write after a commit in flight failed.
var errWriterFailed = errors.New("an earlier commit failed")

// errRefusedBefore is the failure of a transaction planned while the
// commit before it was in flight, when the server refused that commit for
// its data: plan it again. It is not the transaction's own fault (it does
// not wrap backend.ErrRefused).
var errRefusedBefore = errors.New("the commit before this transaction was refused, plan it again")

// land reads the answer of the commit in flight, if any. Once a commit in
// flight failed, it returns that failure; a commit refused for its data
// is rolled back and undone, and only the landing says so.
func (b *Backend) land() error {
	f := b.inflight
	if f == nil {
		return b.failed
	}
	b.inflight = nil
	if err := f.br.Close(); err != nil {
		f.err = wrapWriteErr(f.what, err)
		if errors.Is(f.err, backend.ErrRefused) {
			rerr := b.refused(f)
			if rerr == nil {
				return fmt.Errorf("%w on %s (%v)", errRefusedBefore, b.loc, f.err)
			}
			// Not taken back: the writer stops, and the refusal is no
			// longer the document's alone.
			f.err = fmt.Errorf("%w (after: %v)", rerr, f.err)
		}
		b.fail(f.err)
	}
	return b.failed
}

// refused rolls back a commit in flight that the server refused, and
// takes back what the writer learnt of the nodes from it.
func (b *Backend) refused(f *flight) error {
	// The batch's BEGIN went: the session is in the aborted transaction.
	if _, err := b.conn.Exec(context.Background(), `ROLLBACK`); err != nil {
		return fmt.Errorf("roll back the refused commit on %s: %w", b.loc, err)
	}
	// Not under b.mu: Close and QuadStore land holding it. The node state
	// is the writer's, as in fail.
	b.undo(f.undo)
	b.refusedFlights++
	return nil
}

// fail leaves the writer failed after a commit in flight failed.
func (b *Backend) fail(err error) {
	if b.failed == nil {
		b.failed = fmt.Errorf("%w on %s: %w", errWriterFailed, b.loc, err)
	}
	// An aborted transaction would refuse every later statement of the
	// session; Close still builds the deferred indexes through it.
	_, _ = b.conn.Exec(context.Background(), `ROLLBACK`)
	b.pending, b.known, b.knownAll = nil, nil, false
}

// await is the wait function of f: its outcome, read if not yet.
func (b *Backend) await(f *flight) func() error {
	return func() error {
		if b.inflight == f {
			b.land()
		}
		return f.err
	}
}

// pipelined says whether t's commit may go in flight.
func (t *Tx) pipelined() bool {
	if !t.b.bulk || t.indexed || t.begun || t.err != nil {
		return false
	}
	n := 0
	for _, op := range t.ops {
		if op.del {
			return false
		}
		n += len(op.quads)
	}
	return n < minCopy
}

// CommitAsync commits t in flight when it can (see pipelined), returning
// the function that waits for its outcome; otherwise it commits t before
// returning, with a nil wait.
func (t *Tx) CommitAsync(ctx context.Context) (wait func() error, err error) {
	if t.done {
		return nil, errors.New("commit after the transaction ended")
	}
	if !t.pipelined() {
		return nil, t.Commit(ctx)
	}
	ops, recs := t.ops, t.recs
	t.ops, t.recs = nil, nil
	what := fmt.Sprintf("write %d quads and records to %s", countQuads(ops), t.b.loc)
	// Planned before the commit in flight lands: that is the overlap.
	p, err := t.statements(ops, recs, true)
	if err == nil {
		err = t.b.land()
	}
	if err == nil && p.copy != nil {
		err = fmt.Errorf("%s: a pipelined commit cannot copy", what)
	}
	if err != nil {
		t.Close()
		return nil, err
	}
	stmts := append(append([]stmt{{sql: `BEGIN`}}, p.stmts...), stmt{sql: `COMMIT`})
	batch := &pgx.Batch{}
	for _, s := range stmts {
		batch.Queue(s.sql, s.args...)
	}
	f := &flight{br: t.b.conn.SendBatch(ctx, batch), what: what}
	t.begun, t.done = true, true
	// What it knows of the nodes counts the commit in flight already: the
	// next transaction is planned on it, and is never sent if it fails.
	t.sent(p)
	f.undo = t.b.undoOf(t)
	t.b.committed(t)
	t.b.inflight = f
	return t.b.await(f), nil
}
