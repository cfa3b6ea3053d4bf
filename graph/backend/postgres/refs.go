package postgres

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
)

// Deferred reference counts. Cayley's nodes table counts, per node, the
// quads that use it (one per direction); only a writer reads the count, to
// delete a node no quad uses. Most of a document's nodes are stored
// already (predicates, organs, countries: 13,000 distinct nodes in 100,000
// quads of the benchmark), and updating their counts in every transaction
// wrote a new version of each (70% of the server's time of a load onto an
// empty store). So a writer keeps in memory the nodes it knows are stored,
// sends only the others (with the references of the transaction), and
// adds up the references that the quads it commits give to the nodes it
// did not send; it adds them to the nodes in one statement
// before anything reads the counts (a delete, or quads that were there
// already and take the merges), when the sums grow past maxPending, and at
// Close.
//
// The counts are the quads', which every commit keeps: a writer that dies
// before it adds its sums leaves a marker row in unkg_refs_pending
// (committed with the first transaction that defers), and the next writer
// counts every node's references again from the quads (recount) before it
// writes.
//
// A writer that opened an empty store knows every node stored (knownAll)
// until it forgets one or remembers maxKnown: the nodes it sends are new,
// and a plain INSERT adds them (newNodes), without the speculative
// insertion of ON CONFLICT.
const refsDDL = `CREATE TABLE IF NOT EXISTS unkg_refs_pending (pending BOOLEAN PRIMARY KEY);`

const (
	markRefs   = `INSERT INTO unkg_refs_pending VALUES (true) ON CONFLICT DO NOTHING`
	unmarkRefs = `DELETE FROM unkg_refs_pending`

	// addRefs adds the sums ($1 hashes, $2 counts) to the nodes.
	addRefs = `UPDATE nodes SET refs = nodes.refs + d.c FROM unnest($1::BYTEA[], $2::INT[]) AS d(h, c) WHERE nodes.hash = d.h`

	// recount sets every node's count from the quads; one hash join of a
	// scan of each table (LOCAL: the writer's session plans no hash joins).
	recount = `SET LOCAL enable_hashjoin = on;
UPDATE nodes SET refs = r.c FROM (SELECT h, count(*)::INT AS c FROM (
	SELECT subject_hash AS h FROM quads UNION ALL SELECT predicate_hash FROM quads
	UNION ALL SELECT object_hash FROM quads UNION ALL SELECT label_hash FROM quads WHERE label_hash IS NOT NULL) x GROUP BY h) r
WHERE nodes.hash = r.h AND nodes.refs <> r.c`
)

// maxKnown bounds the nodes a writer remembers as stored (about 60 bytes
// each); past it, the others are sent again (ON CONFLICT DO NOTHING).
const maxKnown = 1 << 20

// maxPending bounds the nodes whose sums a writer holds; past it, the
// next transaction adds them.
const maxPending = 1 << 17

// refSums are reference counts still to add to the nodes.
type refSums map[graph.ValueHash]int32

func (s refSums) addAll(o refSums) {
	for h, c := range o {
		s[h] += c
	}
}

// addStatement adds the sums to the nodes.
func (s refSums) addStatement() stmt {
	hs, cs := make([][]byte, 0, len(s)), make([]int32, 0, len(s))
	for h, c := range s {
		if c != 0 {
			hs, cs = append(hs, h[:]), append(cs, c)
		}
	}
	return stmt{addRefs, []any{hs, cs}}
}

// recountIfMarked counts the references again if a writer died with sums
// it had not added.
func (b *Backend) recountIfMarked(ctx context.Context) error {
	var marked bool
	if err := b.conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM unkg_refs_pending)`).Scan(&marked); err != nil {
		return fmt.Errorf("look for references left to count: %w", err)
	}
	if !marked {
		return nil
	}
	return b.inTxOf(ctx, "count the nodes' references again", recount, unmarkRefs)
}

// addPending adds the writer's sums to the nodes and takes the marker away.
func (b *Backend) addPending(ctx context.Context) error {
	if !b.refsMarked {
		return nil
	}
	s := b.pending.addStatement()
	if err := b.inTxOf(ctx, "add the nodes' references", stmt{sql: unmarkRefs}, s); err != nil {
		return err
	}
	b.pending, b.refsMarked = nil, false
	return nil
}

// inTxOf runs statements (SQL text or stmt) in one transaction of the
// writer's session.
func (b *Backend) inTxOf(ctx context.Context, what string, stmts ...any) error {
	tx, err := b.conn.Begin(ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	defer tx.Rollback(ctx)
	for _, s := range stmts {
		var err error
		switch s := s.(type) {
		case string:
			_, err = tx.Exec(ctx, s)
		case stmt:
			_, err = tx.Exec(ctx, s.sql, s.args...)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// nodeState is what a transaction learnt of the nodes, for the writer to
// take at its commit.
type nodeState struct {
	// added says the writer's sums were added to the nodes in this
	// transaction; pending are the sums of its quads not added.
	added   bool
	pending refSums
	// stored are nodes this transaction stored; forget those it may have
	// deleted.
	stored, forget map[graph.ValueHash]struct{}
	marked         bool
	// unlisted says it stored nodes that are not in stored.
	unlisted bool
}

// isStored says whether the node is known to be in the store, as seen by t.
func (t *Tx) isStored(h graph.ValueHash) bool {
	if _, ok := t.nodes.stored[h]; ok {
		return true
	}
	if _, ok := t.nodes.forget[h]; ok {
		return false
	}
	_, ok := t.b.known[h]
	return ok
}

// toAdd are the sums that an exact send adds: the writer's (unless added
// already in this transaction) and this transaction's.
func (t *Tx) toAdd() refSums {
	s := refSums{}
	if !t.nodes.added {
		s.addAll(t.b.pending)
	}
	s.addAll(t.nodes.pending)
	return s
}

// deferTooMuch says whether the sums held are past maxPending.
func (t *Tx) deferTooMuch() bool {
	return len(t.b.pending)+len(t.nodes.pending) > maxPending
}

// sent takes what a successful send did into the transaction's state.
func (t *Tx) sent(p *plan) {
	n := &t.nodes
	if p.exact {
		n.added, n.pending = true, nil
	}
	if len(p.pending) > 0 {
		if n.pending == nil {
			n.pending = refSums{}
		}
		n.pending.addAll(p.pending)
	}
	for _, h := range p.forget {
		if n.forget == nil {
			n.forget = map[graph.ValueHash]struct{}{}
		}
		n.forget[h] = struct{}{}
		delete(n.stored, h)
	}
	for _, h := range p.stored {
		if n.stored == nil {
			n.stored = map[graph.ValueHash]struct{}{}
		}
		n.stored[h] = struct{}{}
	}
	n.marked = n.marked || p.marks
	n.unlisted = n.unlisted || p.unlisted
}

// takeNodes takes a committed transaction's state into the writer's.
func (b *Backend) takeNodes(n *nodeState) {
	if n.added {
		b.pending = nil
	}
	if len(n.pending) > 0 {
		if b.pending == nil {
			b.pending = refSums{}
		}
		b.pending.addAll(n.pending)
	}
	b.refsMarked = b.refsMarked || n.marked
	if n.unlisted {
		b.knownAll = false
	}
	if b.known == nil {
		b.known = map[graph.ValueHash]struct{}{}
	}
	for h := range n.forget {
		delete(b.known, h)
		b.knownAll = false // a node forgotten may still be stored
	}
	for h := range n.stored {
		if len(b.known) >= maxKnown {
			b.knownAll = false
			break
		}
		b.known[h] = struct{}{}
	}
}

// nodesUndo is what takes a commit in flight back out of the writer's
// state (takeNodes, committed), should the server refuse it.
type nodesUndo struct {
	n *nodeState
	// pending are the writer's sums before the commit, when it added them
	// (takeNodes then dropped the map; otherwise it added the commit's sums
	// to it, which undo takes away).
	pending          refSums
	marked, knownAll bool
	added            int64
}

// undoOf is the undo of t's commit, before the writer takes it.
func (b *Backend) undoOf(t *Tx) nodesUndo {
	return nodesUndo{n: &t.nodes, pending: b.pending, marked: b.refsMarked, knownAll: b.knownAll, added: t.added}
}

// undo takes a refused commit back out of the writer's state: its sums,
// its marker and the nodes it stored. A commit in flight adds quads only
// (pipelined), and stores only nodes the writer did not know (isStored),
// so what it knows is again what it knew.
func (b *Backend) undo(u nodesUndo) {
	n := u.n
	if n.added {
		b.pending = u.pending
	} else {
		for h, c := range n.pending {
			if b.pending[h] -= c; b.pending[h] == 0 {
				delete(b.pending, h)
			}
		}
	}
	b.refsMarked = u.marked
	for h := range n.stored {
		delete(b.known, h)
	}
	// A node forgotten stays forgotten: the writer may send it again.
	b.knownAll = u.knownAll && len(n.forget) == 0
	b.added -= u.added
}
