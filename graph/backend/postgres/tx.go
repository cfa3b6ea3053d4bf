package postgres

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/unkg/unkg/graph/backend"
)

// querier is what a reader needs of a pgx transaction.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// reader reads records through a transaction (a snapshot or the writer's).
type reader struct {
	q   querier
	loc string
}

// scanPage is how many records Scan reads in one query: fn may then call
// the reader again (one connection runs one query at a time), and memory
// stays bounded on a large bucket.
const scanPage = 1000

func (r reader) Get(ctx context.Context, b backend.Bucket, key []byte) ([]byte, error) {
	if err := validBucket(b); err != nil {
		return nil, err
	}
	var v []byte
	err := r.q.QueryRow(ctx, `SELECT val FROM `+table(b)+` WHERE key = $1`, key).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("get %s/%q from %s: %w", b, key, r.loc, backend.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("get %s/%q from %s: %w", b, key, r.loc, err)
	}
	return v, nil
}

func (r reader) Scan(ctx context.Context, b backend.Bucket, prefix []byte, fn func(key, val []byte) error) error {
	if err := validBucket(b); err != nil {
		return err
	}
	end := prefixEnd(prefix)
	if prefix == nil {
		prefix = []byte{} // every key is >= the empty one; NULL compares with none
	}
	// Keyset pages: the first from the prefix on, the next after the last key.
	from, op := prefix, ">="
	for {
		q := `SELECT key, val FROM ` + table(b) + ` WHERE key ` + op + ` $1`
		args := []any{from}
		if end != nil {
			q += ` AND key < $2`
			args = append(args, end)
		}
		q += fmt.Sprintf(` ORDER BY key LIMIT %d`, scanPage)
		rows, err := r.q.Query(ctx, q, args...)
		if err != nil {
			return fmt.Errorf("scan %s/%q in %s: %w", b, prefix, r.loc, err)
		}
		type kv struct{ k, v []byte }
		var page []kv
		for rows.Next() {
			var e kv
			if err := rows.Scan(&e.k, &e.v); err != nil {
				rows.Close()
				return fmt.Errorf("scan %s/%q in %s: %w", b, prefix, r.loc, err)
			}
			page = append(page, e)
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("scan %s/%q in %s: %w", b, prefix, r.loc, err)
		}
		for _, e := range page {
			if err := fn(e.k, e.v); err != nil {
				if errors.Is(err, backend.ErrStopScan) {
					return nil
				}
				return err
			}
		}
		if len(page) < scanPage {
			return nil
		}
		from, op = page[len(page)-1].k, ">"
	}
}

// prefixEnd is the least key above every key that starts with prefix, or
// nil when there is none (an empty prefix, or one of 0xFF bytes only).
func prefixEnd(prefix []byte) []byte {
	end := bytes.Clone(prefix)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] < 0xFF {
			end[i]++
			return end[:i+1]
		}
	}
	return nil
}

// Tx is the write transaction: writes are buffered and sent (send) before
// any read of the transaction and at Commit. The SQL transaction begins
// with the first writes sent: reads before them need none, for no other
// session writes (the writer's lock).
type Tx struct {
	b     *Backend
	begun bool // BEGIN was sent
	rd    reader
	ops   []quadOp                                 // quad adds and deletes, in order
	recs  map[backend.Bucket]map[string]*recordPut // last write of each key; val nil is a delete
	n     int64                                    // writes so far, for Limits
	added int64                                    // quads added, for growBulk
	size  int64                                    // bytes so far
	err   error                                    // the first failed send: the SQL transaction is aborted
	done  bool
	// indexed says the deferred indexes were built in this transaction.
	indexed bool
	nodes   nodeState // what it learnt of the nodes (refs.go)
	// refs holds the QuadRef records of the labels read so far: package
	// graph asks for one per quad, and a Scan of the label's records once
	// costs one round trip instead of one per quad.
	refs map[string]map[string][]byte
}

// quadRefLabel is the label part of a QuadRef key (backend.QuadRefKey:
// the label's prefix and a 16-byte hash), or false.
func quadRefLabel(key []byte) (string, bool) {
	const hash = 16
	if len(key) <= hash || key[len(key)-hash-1] != 0 {
		return "", false
	}
	return string(key[:len(key)-hash]), true
}

type quadOp struct {
	del   bool
	quads []quad.Quad
}

type recordPut struct{ val []byte }

func (t *Tx) Get(ctx context.Context, b backend.Bucket, key []byte) ([]byte, error) {
	if label, ok := quadRefLabel(key); ok && b == backend.QuadRef {
		return t.getQuadRef(ctx, label, key)
	}
	if err := t.send(ctx, false); err != nil {
		return nil, err
	}
	return t.rd.Get(ctx, b, key)
}

func (t *Tx) getQuadRef(ctx context.Context, label string, key []byte) ([]byte, error) {
	m, ok := t.refs[label]
	if !ok {
		m = map[string][]byte{}
		err := t.Scan(ctx, backend.QuadRef, []byte(label), func(k, v []byte) error {
			m[string(k)] = bytes.Clone(v)
			return nil
		})
		if err != nil {
			return nil, err
		}
		if t.refs == nil {
			t.refs = map[string]map[string][]byte{}
		}
		t.refs[label] = m
	}
	v, ok := m[string(key)]
	if !ok {
		return nil, fmt.Errorf("get %s/%q from %s: %w", backend.QuadRef, key, t.b.loc, backend.ErrNotFound)
	}
	return v, nil
}

func (t *Tx) Scan(ctx context.Context, b backend.Bucket, prefix []byte, fn func(key, val []byte) error) error {
	if err := t.send(ctx, false); err != nil {
		return err
	}
	return t.rd.Scan(ctx, b, prefix, fn)
}

func (t *Tx) AddQuads(ctx context.Context, qs []quad.Quad) error { return t.addOp(false, qs) }

func (t *Tx) DeleteQuads(ctx context.Context, qs []quad.Quad) error { return t.addOp(true, qs) }

func (t *Tx) addOp(del bool, qs []quad.Quad) error {
	if t.done {
		return errors.New("write after the transaction ended")
	}
	if len(qs) == 0 {
		return nil
	}
	t.n += int64(len(qs))
	if !del {
		t.added += int64(len(qs))
	}
	if t.n > t.b.Limits().MaxWrites {
		return fmt.Errorf("%d writes in one transaction on %s: %w", t.n, t.b.loc, backend.ErrTooBig)
	}
	if k := len(t.ops) - 1; k >= 0 && t.ops[k].del == del {
		t.ops[k].quads = append(t.ops[k].quads, qs...)
		return nil
	}
	t.ops = append(t.ops, quadOp{del: del, quads: slices.Clone(qs)})
	return nil
}

func (t *Tx) Put(b backend.Bucket, key, val []byte) error {
	if val == nil {
		val = []byte{}
	}
	return t.putRecord(b, key, val)
}

func (t *Tx) Delete(b backend.Bucket, key []byte) error { return t.putRecord(b, key, nil) }

func (t *Tx) putRecord(b backend.Bucket, key, val []byte) error {
	if t.done {
		return errors.New("write after the transaction ended")
	}
	if err := validBucket(b); err != nil {
		return err
	}
	lim := t.b.Limits()
	if len(key) > lim.MaxKey || len(val) > lim.MaxValue {
		return fmt.Errorf("record %s/%.40q of %d+%d bytes on %s: %w", b, key, len(key), len(val), t.b.loc, backend.ErrTooBig)
	}
	t.n++
	t.size += int64(len(key) + len(val))
	if t.n > lim.MaxWrites || t.size > lim.MaxBytes {
		return fmt.Errorf("%d writes of %d bytes in one transaction on %s: %w", t.n, t.size, t.b.loc, backend.ErrTooBig)
	}
	if t.recs == nil {
		t.recs = make(map[backend.Bucket]map[string]*recordPut)
	}
	m := t.recs[b]
	if m == nil {
		m = make(map[string]*recordPut)
		t.recs[b] = m
	}
	if val != nil {
		val = bytes.Clone(val)
	}
	m[string(key)] = &recordPut{val: val}
	if label, ok := quadRefLabel(key); ok && b == backend.QuadRef {
		if refs, ok := t.refs[label]; ok {
			if val == nil {
				delete(refs, string(key))
			} else {
				refs[string(key)] = val
			}
		}
	}
	return nil
}

// Commit loads what is buffered and commits, in the same round trip.
func (t *Tx) Commit(ctx context.Context) error {
	if t.done {
		return errors.New("commit after the transaction ended")
	}
	if err := t.send(ctx, true); err != nil {
		t.Close()
		return err
	}
	t.done = true
	t.b.committed(t)
	return nil
}

// Close rolls back unless committed.
func (t *Tx) Close() error {
	if t.done {
		return nil
	}
	t.done = true
	t.b.rolledBack()
	if !t.begun {
		return nil
	}
	if _, err := t.b.conn.Exec(context.Background(), `ROLLBACK`); err != nil {
		return fmt.Errorf("roll back on %s: %w", t.b.loc, err)
	}
	return nil
}

// wrapWriteErr gives the sentinels that callers branch on to PostgreSQL's
// error codes.
func wrapWriteErr(what string, err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "53100": // disk_full
			return fmt.Errorf("%s: %w: %w", what, backend.ErrNoSpace, err)
		case "54000", "54001", "53200": // program_limit_exceeded (index row too big), statement_too_complex, out_of_memory
			return fmt.Errorf("%s: %w: %w", what, backend.ErrTooBig, err)
		}
		if refusedCode(pe.Code) {
			return fmt.Errorf("%s: %w: %w", what, backend.ErrRefused, err)
		}
	}
	return fmt.Errorf("%s: %w", what, err)
}

// refusedCode says whether an SQLSTATE is the data's fault, so that the
// document whose transaction it was is refused and the others go on
// (backend.ErrRefused):
//
//   - class 22, data exception: a value the server's types refuse (text
//     with a byte sequence UTF-8 has not, 22021; a time out of range,
//     22008; a number out of range, 22003; a string too long, 22001), but
//     22P03, a binary value that does not decode, which is this writer's
//     COPY encoding, not a document's value;
//   - of class 23, integrity constraint violation, those of the data
//     against the schema: a check (23514, as a database administrator may
//     add), a NULL where a column takes none (23502), an exclusion
//     constraint (23P01) and the class's generic code (23000, as a trigger
//     raises).
//
// Not the data's fault, so they stop the writer: a unique violation
// (23505) or a foreign key's (23503, 23001, on a store Cayley made), which
// say that the writer's own idea of the stored rows is wrong (it inserts a
// quad only when its counts say the graph has none, and a quad's nodes
// with it), so that going on would write on a store it misreads; and the
// store's own troubles: a connection lost (08), a full disk (53100; an
// out of memory is ErrTooBig, above), an administrator's shutdown (57), a conflict or deadlock (40), a
// statement of this writer the server does not take (42), an internal
// error (XX).
func refusedCode(code string) bool {
	switch {
	case code == "22P03":
		return false
	case strings.HasPrefix(code, "22"):
		return true
	}
	switch code {
	case "23000", "23502", "23514", "23P01":
		return true
	}
	return false
}

// writerPlans holds the writer's session to nested loops over index
// lookups: the planner does not know how many rows an array parameter
// holds, and would otherwise hash-join a document's hundred rows with a
// scan of every node or quad, which makes a load quadratic in the size of
// the graph.
const writerPlans = `SET enable_hashjoin = off; SET enable_mergejoin = off;`

// A flush sends a transaction's buffered writes as a few statements over
// bound arrays (INSERT ... SELECT FROM unnest(...), quadsOf) in one batch
// with the BEGIN before them, and the quads of adds by a COPY whose query
// ends with the COMMIT (copy.go): a document costs two round trips, where
// Cayley's writer makes one per node and per quad.

// nodesOf is the unnest of a node array bound as $1..$12, in nodes' column order.
const nodesOf = `unnest($1::INT[], $2::BYTEA[], $3::BYTEA[], $4::TEXT[], $5::TEXT[], $6::TEXT[], $7::BOOLEAN[], $8::BOOLEAN[],
	$9::BIGINT[], $10::BOOLEAN[], $11::DOUBLE PRECISION[], $12::TIMESTAMPTZ[])
	AS s(refs, hash, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time)`

// quadsOf are the quads packed in $1, quadSize bytes each: the subject's,
// predicate's, object's and label's hashes, zeros for no label. One BYTEA
// costs the client nothing to encode, where four arrays of hashes cost a
// quarter of its time (pgx encodes an element at a time, by reflection);
// the server's cost is the same.
const quadsOf = `(SELECT substr($1::BYTEA, i*80+1, 20) AS s, substr($1::BYTEA, i*80+21, 20) AS p, substr($1::BYTEA, i*80+41, 20) AS o,
	nullif(substr($1::BYTEA, i*80+61, 20), '\x0000000000000000000000000000000000000000'::BYTEA) AS l
	FROM generate_series(0, length($1::BYTEA)/80 - 1) i) d`

const quadSize = 4 * quad.HashSize

const nodeColumns = `refs, hash, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time`

// The fast load, for quads that the graph does not hold (as package graph
// promises: it counts them): references computed here are added to the
// nodes there, the new nodes inserted, then the quads by a plain INSERT,
// all under a savepoint. ON CONFLICT costs 2.5 times a plain insert of a
// quad (speculative insertion into six indexes). Should a quad be there
// after all (a unique violation), the load goes back to the savepoint and
// takes the general merges below.
const (
	// fastNodes inserts the nodes not there and adds to the others the
	// references computed here: one probe of the primary key a node.
	fastNodes = `INSERT INTO nodes (` + nodeColumns + `) SELECT ` + nodeColumns + ` FROM ` + nodesOf + `
ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`

	// newNodes inserts nodes that are not there.
	newNodes = `INSERT INTO nodes (` + nodeColumns + `) SELECT ` + nodeColumns + ` FROM ` + nodesOf

	fastQuads = `INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts) SELECT s, p, o, l, now() FROM ` + quadsOf
)

// The merges. Nodes are made with no references; the quads inserted (a
// quad already there is skipped) then add one reference per direction to
// their nodes, as Cayley counts them, and a node left with none goes.
const (
	mergeNodes = `INSERT INTO nodes (` + nodeColumns + `) SELECT 0, hash, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time
FROM ` + nodesOf + ` ON CONFLICT (hash) DO NOTHING`

	refsOf = `, r AS (SELECT h, count(*) AS c FROM (
	SELECT subject_hash AS h FROM q UNION ALL SELECT predicate_hash FROM q
	UNION ALL SELECT object_hash FROM q UNION ALL SELECT label_hash FROM q WHERE label_hash IS NOT NULL) x GROUP BY h)
`
	mergeQuads = `WITH q AS (
	INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
	SELECT s, p, o, l, now() FROM ` + quadsOf + ` ON CONFLICT DO NOTHING
	RETURNING subject_hash, predicate_hash, object_hash, label_hash)` + refsOf +
		`UPDATE nodes SET refs = nodes.refs + r.c FROM r WHERE nodes.hash = r.h`

	// dropNodes deletes the nodes of a hash array ($1) that no quad uses.
	dropNodes = `DELETE FROM nodes WHERE hash = ANY($1::BYTEA[]) AND refs <= 0`

	deleteQuads = `WITH q AS (
	DELETE FROM quads USING ` + quadsOf + `
	WHERE quads.subject_hash = d.s AND quads.predicate_hash = d.p AND quads.object_hash = d.o
		AND quads.label_hash IS NOT DISTINCT FROM d.l
	RETURNING quads.subject_hash, quads.predicate_hash, quads.object_hash, quads.label_hash)` + refsOf +
		`UPDATE nodes SET refs = nodes.refs - r.c FROM r WHERE nodes.hash = r.h`
)

// stmt is a statement and its arguments, for a batch.
type stmt struct {
	sql  string
	args []any
}

// send sends the buffered writes (and, when commit, the COMMIT) in one
// batch and a COPY, beginning the SQL transaction in it if no read has
// yet. Quads go by the fast load; should one be there after all, the
// transaction goes back to its savepoint and the writes are sent again
// with the merges.
func (t *Tx) send(ctx context.Context, commit bool) error {
	if t.err != nil {
		return t.err
	}
	if t.done {
		return errors.New("read after the transaction ended")
	}
	// The session is free, and what this reads committed, once the commit
	// in flight has landed (flight.go).
	if err := t.b.land(); err != nil {
		t.err = err
		return err
	}
	ops, recs := t.ops, t.recs
	t.ops, t.recs = nil, nil
	if len(ops) == 0 && len(recs) == 0 && (!commit || !t.begun) {
		return nil
	}
	if err := t.sendOps(ctx, ops, recs, commit); err != nil {
		t.err = wrapWriteErr(fmt.Sprintf("write %d quads and records to %s", countQuads(ops), t.b.loc), err)
		return t.err
	}
	return nil
}

func countQuads(ops []quadOp) int {
	n := 0
	for _, op := range ops {
		n += len(op.quads)
	}
	return n
}

func (t *Tx) sendOps(ctx context.Context, ops []quadOp, recs map[backend.Bucket]map[string]*recordPut, commit bool) error {
	hasDel := slices.ContainsFunc(ops, func(op quadOp) bool { return op.del })
	if !t.begun && !hasDel {
		// Before the transaction begins: startBulk runs one of its own.
		if err := t.b.growBulk(ctx, t.added); err != nil {
			return err
		}
	}
	if t.b.bulk && !t.indexed && hasDel {
		// Deletes find their quads by the unique index.
		if err := t.begin(ctx); err != nil {
			return err
		}
		if err := buildIndexes(ctx, t.b.conn); err != nil {
			return err
		}
		t.indexed = true
	}
	fast, err := t.statements(ops, recs, true)
	if err != nil {
		return err
	}
	// In a bulk load no unique index can refuse a quad (they are deferred;
	// nodes and records take ON CONFLICT): no savepoint, whose
	// subtransaction costs every write.
	savepoint := !t.b.bulk || t.indexed
	var pre, post []stmt
	if !t.begun {
		pre = append(pre, stmt{sql: `BEGIN`})
	}
	if savepoint {
		pre = append(pre, stmt{sql: `SAVEPOINT unkg_flush`})
		post = append(post, stmt{sql: `RELEASE SAVEPOINT unkg_flush`})
	}
	if commit {
		post = append(post, stmt{sql: `COMMIT`})
	}
	// The COPY's query carries post.
	batchPost := post
	if fast.copy != nil {
		batchPost = nil
	}
	err = t.batch(ctx, slices.Concat(pre, fast.stmts, batchPost), fast.copy)
	t.begun = true // the BEGIN went: a failed batch leaves the transaction open, to roll back
	if err == nil && fast.copy != nil {
		err = fast.copy.send(ctx, t.b.conn, post)
	}
	if err == nil {
		t.sent(fast)
		return nil
	}
	if !savepoint || !isCode(err, "23505") { // unique_violation: a quad was there
		return err
	}
	// Alone: pgx prepares a batch's new statements first, which an aborted
	// transaction refuses.
	if _, err := t.b.conn.Exec(ctx, `ROLLBACK TO SAVEPOINT unkg_flush`); err != nil {
		return err
	}
	merges, err := t.statements(ops, recs, false)
	if err != nil {
		return err
	}
	if err := t.batch(ctx, slices.Concat(merges.stmts, post), nil); err != nil {
		return err
	}
	t.sent(merges)
	return nil
}

// begin begins the SQL transaction, before the first read.
func (t *Tx) begin(ctx context.Context) error {
	if t.begun {
		return nil
	}
	if _, err := t.b.conn.Exec(ctx, `BEGIN`); err != nil {
		return fmt.Errorf("begin on %s: %w", t.b.loc, err)
	}
	t.begun = true
	return nil
}

// batch sends statements in one round trip, and the reservation of c's
// horizons if c is not nil.
func (t *Tx) batch(ctx context.Context, stmts []stmt, c *quadCopy) error {
	b := &pgx.Batch{}
	for _, s := range stmts {
		b.Queue(s.sql, s.args...)
	}
	if c != nil {
		c.queue(b, t.b.horizonSeq)
	}
	return t.b.conn.SendBatch(ctx, b).Close()
}

// plan is what one send writes, and what it tells the transaction of the
// nodes (refs.go).
type plan struct {
	stmts []stmt
	// exact adds every reference count still to add before the quads'
	// writes, which then keep the counts exact; otherwise the send defers
	// its quads' counts (pending).
	exact          bool
	pending        refSums
	stored, forget []graph.ValueHash
	marks          bool
	// unlisted says it stores nodes that it does not list in stored.
	unlisted bool
	// copy holds the quads that go by COPY after the statements (copy.go).
	copy *quadCopy
}

// statements are the writes of ops and recs, by the fast load or the
// merges. The fast load of adds alone sends only the nodes not known to be
// stored, with their counts, and defers the counts of the others; deletes
// and the merges read the counts, so they make them exact first.
func (t *Tx) statements(ops []quadOp, recs map[backend.Bucket]map[string]*recordPut, fast bool) (*plan, error) {
	hasDel := slices.ContainsFunc(ops, func(op quadOp) bool { return op.del })
	p := &plan{exact: !fast || t.deferTooMuch() || hasDel}
	// Adds alone copy their quads (copy.go), after the nodes' statements.
	addQuads := func(a *opArrays) {
		if !fast || hasDel || t.b.horizonSeq == "" {
			p.stmts = append(p.stmts, stmt{fastQuads, a.quads})
			return
		}
		if p.copy == nil {
			p.copy = &quadCopy{}
		}
		p.copy.packed = append(p.copy.packed, a.quads[0].([]byte)...)
	}
	if p.exact {
		if s := t.toAdd(); len(s) > 0 {
			p.stmts = append(p.stmts, s.addStatement())
		}
	}
	for _, op := range ops {
		a, err := arraysOf(op)
		if err != nil {
			return nil, err
		}
		switch {
		case op.del:
			p.stmts = append(p.stmts, stmt{deleteQuads, a.quads}, stmt{dropNodes, []any{a.hashes()}})
			p.forget = append(p.forget, a.order...)
		case !p.exact:
			nodes, sent, err := a.nodes(func(h graph.ValueHash) bool { return t.isStored(h) })
			if err != nil {
				return nil, err
			}
			if len(sent) > 0 {
				ins := fastNodes
				if t.b.knownAll && !t.nodes.unlisted && len(t.nodes.forget) == 0 && len(p.stored) == 0 {
					ins = newNodes // none of them is stored (refs.go)
				}
				p.stmts = append(p.stmts, stmt{ins, nodes.args()})
			}
			addQuads(a)
			p.stored = append(p.stored, sent...)
			// The nodes sent took their counts; the others' wait.
			for _, h := range sent {
				delete(a.refs, h)
			}
			if len(a.refs) > 0 {
				p.pending = a.refs
			}
		case fast:
			nodes, _, err := a.nodes(nil)
			if err != nil {
				return nil, err
			}
			p.unlisted = true
			p.stmts = append(p.stmts, stmt{fastNodes, nodes.args()})
			addQuads(a)
		default:
			nodes, _, err := a.nodes(nil)
			if err != nil {
				return nil, err
			}
			p.stmts = append(p.stmts, stmt{mergeNodes, nodes.args()}, stmt{mergeQuads, a.quads}, stmt{dropNodes, []any{a.hashes()}})
			p.forget = append(p.forget, a.order...)
		}
	}
	if p.copy != nil && p.copy.n() < minCopy {
		// Too few for the COPY's round trip: one INSERT, in the batch.
		p.stmts = append(p.stmts, stmt{numberedQuads(t.b.horizonSeq), []any{p.copy.packed}})
		p.copy = nil
	}
	if len(p.pending) > 0 && !t.b.refsMarked && !t.nodes.marked {
		p.stmts = append(p.stmts, stmt{sql: markRefs})
		p.marks = true
	}
	p.stmts = append(p.stmts, recordStatements(recs)...)
	return p, nil
}

// opArrays are an op's quads (each once) packed as quadsOf reads them, and its
// nodes in the order of first use with the references the quads give them.
type opArrays struct {
	quads []any
	order []graph.ValueHash
	vals  map[graph.ValueHash]quad.Value
	refs  refSums
}

func arraysOf(op quadOp) (*opArrays, error) {
	packed := make([]byte, 0, quadSize*len(op.quads))
	a := &opArrays{vals: make(map[graph.ValueHash]quad.Value), refs: refSums{}}
	seen := make(map[graph.QuadHash]struct{}, len(op.quads))
	// A document's quads share their label and most predicates: a string's
	// SHA-1 once.
	hashes := make(map[quad.Value]graph.ValueHash)
	hashOf := func(v quad.Value) graph.ValueHash {
		switch v.(type) {
		case quad.IRI, quad.String, quad.BNode:
			h, ok := hashes[v]
			if !ok {
				h = graph.HashOf(v)
				hashes[v] = h
			}
			return h
		}
		return graph.HashOf(v)
	}
	for _, q := range op.quads {
		var qh graph.QuadHash
		for _, dir := range quad.Directions {
			if v := q.Get(dir); v != nil {
				h := hashOf(v)
				qh.Set(dir, h)
				if _, ok := a.vals[h]; !ok {
					a.vals[h] = v
					a.order = append(a.order, h)
				}
			}
		}
		if _, dup := seen[qh]; dup {
			continue
		}
		seen[qh] = struct{}{}
		for _, dir := range quad.Directions {
			h := qh.Get(dir)
			packed = append(packed, h[:]...) // zeros: no label
			if h.Valid() {
				a.refs[h]++
			}
		}
	}
	a.quads = []any{packed}
	return a, nil
}

// hashes are the op's nodes' hashes.
func (a *opArrays) hashes() [][]byte {
	out := make([][]byte, len(a.order))
	for i, h := range a.order {
		out[i] = slices.Clone(h[:])
	}
	return out
}

// nodes are the op's nodes but those skip says (skip may be nil), with
// their references, as Cayley's columns; and their hashes.
func (a *opArrays) nodes(skip func(graph.ValueHash) bool) (*nodeArrays, []graph.ValueHash, error) {
	n := &nodeArrays{}
	var sent []graph.ValueHash
	for _, h := range a.order {
		if skip != nil && skip(h) {
			continue
		}
		if err := n.add(h, a.vals[h], a.refs[h]); err != nil {
			return nil, nil, err
		}
		sent = append(sent, h)
	}
	return n, sent, nil
}

// nodeArrays are nodes as one array per column of Cayley's nodes table,
// NULL (a nil pointer or slice) where the value's type has no column.
type nodeArrays struct {
	refs                            []int32
	hash, value                     [][]byte
	valueString, datatype, language []*string
	iri, bnode, valueBool           []*bool
	valueInt                        []*int64
	valueFloat                      []*float64
	valueTime                       []*time.Time
}

func (n *nodeArrays) args() []any {
	return []any{n.refs, n.hash, n.value, n.valueString, n.datatype, n.language, n.iri, n.bnode,
		n.valueInt, n.valueBool, n.valueFloat, n.valueTime}
}

// add appends a node, its value in the columns that Cayley's SQL store
// writes and reads for its type.
func (n *nodeArrays) add(h graph.ValueHash, v quad.Value, refs int32) error {
	typ, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: h}, v)
	if err != nil {
		return fmt.Errorf("node %v: %w", v, err)
	}
	n.refs = append(n.refs, refs)
	n.hash = append(n.hash, slices.Clone(h[:]))
	n.value = append(n.value, nil)
	for _, p := range []*[]*string{&n.valueString, &n.datatype, &n.language} {
		*p = append(*p, nil)
	}
	for _, p := range []*[]*bool{&n.iri, &n.bnode, &n.valueBool} {
		*p = append(*p, nil)
	}
	n.valueInt = append(n.valueInt, nil)
	n.valueFloat = append(n.valueFloat, nil)
	n.valueTime = append(n.valueTime, nil)
	last := len(n.refs) - 1
	for i, col := range typ.Columns() {
		val := vals[i+1]
		ok := false
		switch col {
		case "value":
			n.value[last], ok = val.([]byte)
		case "value_string":
			n.valueString[last], ok = ptr[string](val)
		case "datatype":
			n.datatype[last], ok = ptr[string](val)
		case "language":
			n.language[last], ok = ptr[string](val)
		case "iri":
			n.iri[last], ok = ptr[bool](val)
		case "bnode":
			n.bnode[last], ok = ptr[bool](val)
		case "value_bool":
			n.valueBool[last], ok = ptr[bool](val)
		case "value_int":
			var x int64
			if x, ok = val.(int64); ok {
				n.valueInt[last] = &x
			}
		case "value_float":
			var x float64
			if x, ok = val.(float64); ok {
				n.valueFloat[last] = &x
			}
		case "value_time":
			var x time.Time
			if x, ok = val.(time.Time); ok {
				x = x.UTC()
				n.valueTime[last] = &x
			}
		}
		if !ok {
			return fmt.Errorf("node %v: Cayley's column %q with a %T is not loaded", v, col, val)
		}
	}
	return nil
}

// ptr is a pointer to a copy of v, if v is a T.
func ptr[T any](v any) (*T, bool) {
	x, ok := v.(T)
	return &x, ok
}

// recordStatements are the writes of the records: per bucket, the deletes
// by a key array and the puts by a key and a value array.
func recordStatements(recs map[backend.Bucket]map[string]*recordPut) []stmt {
	var out []stmt
	for _, b := range backend.Buckets {
		var dels, keys, vals [][]byte
		for k, p := range recs[b] {
			if p.val == nil {
				dels = append(dels, []byte(k))
				continue
			}
			keys, vals = append(keys, []byte(k)), append(vals, p.val)
		}
		if len(dels) > 0 {
			out = append(out, stmt{`DELETE FROM ` + table(b) + ` WHERE key = ANY($1::BYTEA[])`, []any{dels}})
		}
		if len(keys) > 0 {
			out = append(out, stmt{`INSERT INTO ` + table(b) + ` (key, val) SELECT * FROM unnest($1::BYTEA[], $2::BYTEA[])
ON CONFLICT (key) DO UPDATE SET val = EXCLUDED.val`, []any{keys, vals}})
		}
	}
	return out
}
