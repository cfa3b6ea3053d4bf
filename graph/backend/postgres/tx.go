package postgres

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
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

// Tx is the write transaction: writes are buffered and loaded by flush,
// before any read of the transaction and at Commit.
type Tx struct {
	b    *Backend
	tx   pgx.Tx
	rd   reader
	ops  []quadOp                                 // quad adds and deletes, in order
	recs map[backend.Bucket]map[string]*recordPut // last write of each key; val nil is a delete
	n    int64                                    // writes so far, for Limits
	size int64                                    // bytes so far
	err  error                                    // the first failed flush: the SQL transaction is aborted
	done bool
	// indexed says the deferred indexes were built in this transaction.
	indexed bool
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
	if err := t.flush(ctx); err != nil {
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
	if err := t.flush(ctx); err != nil {
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

// Commit loads what is buffered and commits.
func (t *Tx) Commit(ctx context.Context) error {
	if t.done {
		return errors.New("commit after the transaction ended")
	}
	if err := t.flush(ctx); err != nil {
		t.Close()
		return err
	}
	t.done = true
	if err := t.tx.Commit(ctx); err != nil {
		t.b.rolledBack()
		return wrapWriteErr("commit on "+t.b.loc, err)
	}
	t.b.committed(t.indexed)
	return nil
}

// Close rolls back unless committed.
func (t *Tx) Close() error {
	if t.done {
		return nil
	}
	t.done = true
	t.b.rolledBack()
	if err := t.tx.Rollback(context.Background()); err != nil && !errors.Is(err, pgx.ErrTxClosed) {
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
	}
	return fmt.Errorf("%s: %w", what, err)
}

// stagingDDL makes the writer's session's staging tables. A flush empties
// them with DELETE: TRUNCATE (or ON COMMIT DELETE ROWS) makes new files
// at every transaction and costs more than the load (milliseconds).
const stagingDDL = `
CREATE TEMP TABLE IF NOT EXISTS unkg_stage_nodes (
	hash BYTEA, value BYTEA, value_string TEXT, datatype TEXT, language TEXT, iri BOOLEAN, bnode BOOLEAN,
	value_int BIGINT, value_bool BOOLEAN, value_float DOUBLE PRECISION, value_time TIMESTAMPTZ, refs INT
);
CREATE TEMP TABLE IF NOT EXISTS unkg_stage_quads (s BYTEA, p BYTEA, o BYTEA, l BYTEA);
CREATE TEMP TABLE IF NOT EXISTS unkg_stage_records (bucket TEXT, key BYTEA, val BYTEA);
`

// writerPlans holds the writer's session to nested loops over index
// lookups: the staging tables have no statistics, and the planner would
// otherwise hash-join a document's hundred rows with a scan of every node
// or quad, which makes a load quadratic in the size of the graph.
const writerPlans = `SET enable_hashjoin = off; SET enable_mergejoin = off;`

var stageNodeColumns = []string{"hash", "value", "value_string", "datatype", "language", "iri", "bnode",
	"value_int", "value_bool", "value_float", "value_time", "refs"}

// The fast load, for quads that the graph does not hold (as package graph
// promises: it counts them): references computed here are added to the
// nodes there, the new nodes inserted, then the quads by a plain INSERT,
// all under a savepoint. ON CONFLICT costs 2.5 times a plain insert of a
// quad (speculative insertion into six indexes). Should a quad be there
// after all (a unique violation), the load goes back to the savepoint and
// takes the general merges below.
const (
	fastAddRefs = `UPDATE nodes SET refs = nodes.refs + s.refs FROM unkg_stage_nodes s WHERE nodes.hash = s.hash`

	fastNewNodes = `INSERT INTO nodes (refs, hash, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time)
SELECT refs, hash, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time
FROM unkg_stage_nodes s WHERE NOT EXISTS (SELECT 1 FROM nodes WHERE nodes.hash = s.hash)`

	fastQuads = `INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
SELECT s, p, o, l, now() FROM unkg_stage_quads`
)

// The merges. Nodes are made with no references; the quads inserted (a
// quad already there is skipped) then add one reference per direction to
// their nodes, as Cayley counts them, and a node left with none goes.
const (
	mergeNodes = `INSERT INTO nodes (refs, hash, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time)
SELECT 0, hash, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time
FROM unkg_stage_nodes ON CONFLICT (hash) DO NOTHING`

	refsOf = `, r AS (SELECT h, count(*) AS c FROM (
	SELECT subject_hash AS h FROM q UNION ALL SELECT predicate_hash FROM q
	UNION ALL SELECT object_hash FROM q UNION ALL SELECT label_hash FROM q WHERE label_hash IS NOT NULL) x GROUP BY h)
`
	mergeQuads = `WITH q AS (
	INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
	SELECT s, p, o, l, now() FROM unkg_stage_quads ON CONFLICT DO NOTHING
	RETURNING subject_hash, predicate_hash, object_hash, label_hash)` + refsOf +
		`UPDATE nodes SET refs = nodes.refs + r.c FROM r WHERE nodes.hash = r.h`

	dropUnusedNodes = `DELETE FROM nodes USING unkg_stage_nodes s WHERE nodes.hash = s.hash AND nodes.refs <= 0`

	deleteQuads = `WITH q AS (
	DELETE FROM quads USING unkg_stage_quads d
	WHERE quads.subject_hash = d.s AND quads.predicate_hash = d.p AND quads.object_hash = d.o
		AND quads.label_hash IS NOT DISTINCT FROM d.l
	RETURNING quads.subject_hash, quads.predicate_hash, quads.object_hash, quads.label_hash)` + refsOf +
		`UPDATE nodes SET refs = nodes.refs - r.c FROM r WHERE nodes.hash = r.h`

	dropDeletedNodes = `DELETE FROM nodes WHERE refs <= 0 AND hash IN (
	SELECT s FROM unkg_stage_quads UNION SELECT p FROM unkg_stage_quads
	UNION SELECT o FROM unkg_stage_quads UNION SELECT l FROM unkg_stage_quads)`
)

// flush loads the buffered writes into the SQL transaction.
func (t *Tx) flush(ctx context.Context) error {
	if t.err != nil {
		return t.err
	}
	if t.done {
		return errors.New("read after the transaction ended")
	}
	ops, recs := t.ops, t.recs
	t.ops, t.recs = nil, nil
	for _, op := range ops {
		if err := t.loadQuads(ctx, op); err != nil {
			t.err = wrapWriteErr(fmt.Sprintf("write %d quads to %s", len(op.quads), t.b.loc), err)
			return t.err
		}
	}
	if len(recs) > 0 {
		if err := t.loadRecords(ctx, recs); err != nil {
			t.err = wrapWriteErr("write records to "+t.b.loc, err)
			return t.err
		}
	}
	return nil
}

func (t *Tx) loadQuads(ctx context.Context, op quadOp) error {
	rows := make([][]any, 0, len(op.quads))
	nodes := make(map[graph.ValueHash]quad.Value)
	refs := make(map[graph.ValueHash]int)
	seen := make(map[graph.QuadHash]struct{}, len(op.quads))
	for _, q := range op.quads {
		var qh graph.QuadHash
		row := make([]any, 4)
		for i, dir := range quad.Directions {
			v := q.Get(dir)
			if v == nil {
				continue
			}
			h := graph.HashOf(v)
			qh.Set(dir, h)
			row[i] = csql.NodeHash{ValueHash: h}.SQLValue()
			if !op.del {
				nodes[h] = v
			}
		}
		if _, dup := seen[qh]; dup {
			continue
		}
		seen[qh] = struct{}{}
		rows = append(rows, row)
		for _, dir := range quad.Directions {
			if h := qh.Get(dir); h.Valid() {
				refs[h]++
			}
		}
	}
	if !op.del {
		nrows := make([][]any, 0, len(nodes))
		for h, v := range nodes {
			row, err := nodeRow(h, v)
			if err != nil {
				return err
			}
			row[len(row)-1] = refs[h]
			nrows = append(nrows, row)
		}
		if _, err := t.tx.CopyFrom(ctx, pgx.Identifier{"unkg_stage_nodes"}, stageNodeColumns, pgx.CopyFromRows(nrows)); err != nil {
			return fmt.Errorf("copy nodes: %w", err)
		}
	}
	if _, err := t.tx.CopyFrom(ctx, pgx.Identifier{"unkg_stage_quads"}, []string{"s", "p", "o", "l"}, pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("copy quads: %w", err)
	}
	var merges []string
	if op.del && t.b.bulk && !t.indexed {
		// Deletes find their quads by the unique index.
		if err := buildIndexes(ctx, t.tx); err != nil {
			return err
		}
		t.indexed = true
	}
	if op.del {
		merges = []string{deleteQuads, dropDeletedNodes}
	} else {
		// The staging is emptied in the same round trip; after a failed
		// statement the server skips the rest, so it is still full then.
		err := t.run(ctx, append([]string{`SAVEPOINT unkg_add`, fastAddRefs, fastNewNodes, fastQuads, `RELEASE SAVEPOINT unkg_add`},
			t.clearStage(len(rows)+len(nodes))...)...)
		if !isCode(err, "23505") { // unique_violation: a quad was there
			return err
		}
		if _, err := t.tx.Exec(ctx, `ROLLBACK TO SAVEPOINT unkg_add`); err != nil {
			return fmt.Errorf("merge quads: %w", err)
		}
		merges = []string{mergeNodes, mergeQuads, dropUnusedNodes}
	}
	return t.run(ctx, append(merges, t.clearStage(len(rows)+len(nodes))...)...)
}

// truncateAfter is how many staged rows DELETE leaves dead before a
// TRUNCATE: autovacuum skips temporary tables, so their dead rows would
// make every later scan of the staging slower.
const truncateAfter = 50000

// clearStage is the statements that empty the staging tables after a
// load of n rows.
func (t *Tx) clearStage(n int) []string {
	t.b.staged += n
	if t.b.staged < truncateAfter {
		return []string{`DELETE FROM unkg_stage_nodes`, `DELETE FROM unkg_stage_quads`, `DELETE FROM unkg_stage_records`}
	}
	t.b.staged = 0
	return []string{`TRUNCATE unkg_stage_nodes, unkg_stage_quads, unkg_stage_records`}
}

// run sends statements in one round trip.
func (t *Tx) run(ctx context.Context, stmts ...string) error {
	batch := &pgx.Batch{}
	for _, s := range stmts {
		batch.Queue(s)
	}
	if err := t.tx.SendBatch(ctx, batch).Close(); err != nil {
		return fmt.Errorf("merge quads: %w", err)
	}
	return nil
}

// nodeRow is a node's row of unkg_stage_nodes, its value in the columns
// that Cayley's SQL store writes and reads for its type.
func nodeRow(h graph.ValueHash, v quad.Value) ([]any, error) {
	typ, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: h}, v)
	if err != nil {
		return nil, fmt.Errorf("node %v: %w", v, err)
	}
	row := make([]any, len(stageNodeColumns))
	row[0] = vals[0]
	for i, col := range typ.Columns() {
		j := slices.Index(stageNodeColumns, col)
		if j < 0 {
			return nil, fmt.Errorf("node %v: Cayley's column %q is not staged", v, col)
		}
		val := vals[i+1]
		if tm, ok := val.(time.Time); ok {
			val = tm.UTC()
		}
		row[j] = val
	}
	return row, nil
}

// loadRecords copies the records put into staging and merges them into
// their buckets' tables, deletes by key lists, all in one batch.
func (t *Tx) loadRecords(ctx context.Context, recs map[backend.Bucket]map[string]*recordPut) error {
	var rows [][]any
	batch := &pgx.Batch{}
	for _, b := range backend.Buckets {
		m := recs[b]
		var dels [][]byte
		puts := false
		for k, p := range m {
			if p.val == nil {
				dels = append(dels, []byte(k))
				continue
			}
			rows = append(rows, []any{string(b), []byte(k), p.val})
			puts = true
		}
		if len(dels) > 0 {
			batch.Queue(`DELETE FROM `+table(b)+` WHERE key = ANY($1)`, dels)
		}
		if puts {
			batch.Queue(`INSERT INTO ` + table(b) + ` (key, val) SELECT key, val FROM unkg_stage_records WHERE bucket = '` +
				string(b) + `' ON CONFLICT (key) DO UPDATE SET val = EXCLUDED.val`)
		}
	}
	if len(rows) > 0 {
		if _, err := t.tx.CopyFrom(ctx, pgx.Identifier{"unkg_stage_records"}, []string{"bucket", "key", "val"}, pgx.CopyFromRows(rows)); err != nil {
			return fmt.Errorf("copy records: %w", err)
		}
		for _, s := range t.clearStage(len(rows)) {
			batch.Queue(s)
		}
	}
	if err := t.tx.SendBatch(ctx, batch).Close(); err != nil {
		return fmt.Errorf("merge records: %w", err)
	}
	return nil
}
