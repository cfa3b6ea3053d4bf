package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Bulk loading, as pg_restore does it: a writer that opens an empty store
// drops the indexes of Cayley's quads table (the unique (s, p, o, l) ones,
// the four that Cayley's reader looks quads up by, and the primary key on
// horizon, see isPrimary) and builds them again, each with one sort, when it closes: 100,000
// quads took 7.4 s to insert with them, 0.9 s without and 1.6 s to build
// them after, on a busy 2-core machine. Reads stay correct in between
// (PostgreSQL scans the table), only slower.
//
// The indexes' definitions are kept in unkg_deferred_indexes, written in
// the same transaction as the DROP INDEX: that table is the marker. A
// writer killed during a load leaves it, and the next writer to open the
// store builds them first. A row goes with its index's CREATE INDEX, so a
// crash during the rebuild leaves exactly the indexes still to build.
//
// Without its unique indexes the store cannot refuse a quad it already
// holds; package graph never adds one (it counts the files stating each
// quad), and should one come the rebuild finds it, deletes the later copy
// and takes its nodes' references back. Deleting quads needs the unique
// index to find them: the first delete of a load builds every index in the
// delete's transaction (and a rollback leaves them deferred).
const deferredDDL = `CREATE TABLE IF NOT EXISTS unkg_deferred_indexes (name TEXT PRIMARY KEY, def TEXT NOT NULL);`

// execer is what index building needs of a connection or transaction.
type execer interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// startBulk drops the quads' indexes when the store holds no quad, or
// whatever it holds when grown, and says whether it did (or found them
// dropped by an earlier writer). A reader holding the table makes a grown
// start give up after lockWait: the load goes on with the indexes.
func (b *Backend) startBulk(ctx context.Context, grown bool) (bool, error) {
	tx, err := b.conn.Begin(ctx)
	if err != nil {
		return false, err
	}
	defer tx.Rollback(ctx)
	if grown {
		if _, err := tx.Exec(ctx, `SET LOCAL lock_timeout = `+lockWait); err != nil {
			return false, err
		}
	} else {
		var empty bool
		if err := tx.QueryRow(ctx, `SELECT NOT EXISTS (SELECT 1 FROM quads)`).Scan(&empty); err != nil {
			return false, fmt.Errorf("look for quads: %w", err)
		}
		if !empty {
			return false, nil
		}
	}
	// The primary key is kept as the constraint that it is (ALTER TABLE
	// ... ADD), the other indexes by their CREATE INDEX.
	rows, err := tx.Query(ctx, `SELECT c.relname, CASE WHEN i.indisprimary
			THEN 'ALTER TABLE quads ADD CONSTRAINT ' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid)
			ELSE pg_get_indexdef(i.indexrelid) END
		FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid LEFT JOIN pg_constraint k ON k.conindid = i.indexrelid AND k.contype = 'p'
		WHERE i.indrelid = 'quads'::regclass AND (NOT i.indisprimary OR k.oid IS NOT NULL) ORDER BY c.relname`)
	if err != nil {
		return false, fmt.Errorf("list the quads' indexes: %w", err)
	}
	names, defs, err := collect(rows)
	if err != nil {
		return false, fmt.Errorf("list the quads' indexes: %w", err)
	}
	for i, name := range names {
		if _, err := tx.Exec(ctx, `INSERT INTO unkg_deferred_indexes (name, def) VALUES ($1, $2)`, name, defs[i]); err != nil {
			return false, fmt.Errorf("keep the definition of %s: %w", name, err)
		}
		drop := `DROP INDEX ` + pgx.Identifier{name}.Sanitize()
		if isPrimary(defs[i]) {
			drop = `ALTER TABLE quads DROP CONSTRAINT ` + pgx.Identifier{name}.Sanitize()
		}
		if _, err := tx.Exec(ctx, drop); err != nil {
			if isCode(err, "55P03") { // lock_not_available
				return false, nil
			}
			return false, fmt.Errorf("drop index %s: %w", name, err)
		}
	}
	var deferred bool
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM unkg_deferred_indexes)`).Scan(&deferred); err != nil {
		return false, fmt.Errorf("read the deferred indexes: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return false, fmt.Errorf("commit the dropped indexes: %w", err)
	}
	return deferred, nil
}

// lockWait is how long a grown start waits for readers of the quads.
const lockWait = `'2s'`

// A load onto a store that holds quads keeps the indexes up until it
// would, with the transaction about to be sent, have added as many quads
// as the store held when the writer opened (the highest horizon, which
// counts deleted quads too) and at least minGrownBulk; then it drops them
// as onto an empty store, before that transaction's writes. Rebuilding them
// at the end costs the whole table's sort, which is then at most twice
// the load's, and a sort costs a third of inserting into an index, row for
// row, on this machine. With the costs above (74 µs a quad inserted with
// the indexes, 9 without, 16 a quad to build them) a load of n quads onto
// at most n pays from a few hundred: at 2,000, 82 ms against 148. (A
// variable for the tests.)
var minGrownBulk int64 = 2000

// growBulk starts a bulk load when the writer's load, with the quads of
// the transaction about to be sent (pending), has outgrown the store it
// opened; it tries once. Counting the pending quads lets the transaction
// that crosses the line go without the indexes: a hundred documents
// inserted with the six indexes up cost about what the rebuild costs.
func (b *Backend) growBulk(ctx context.Context, pending int64) error {
	if b.bulk || b.grownTried || b.added+pending < max(b.held, minGrownBulk) {
		return nil
	}
	b.grownTried = true
	var err error
	if b.bulk, err = b.startBulk(ctx, true); err != nil {
		return fmt.Errorf("start a bulk load on %s: %w", b.loc, err)
	}
	return nil
}

// The quads' primary key (horizon) is deferred too: inserting a row into
// it cost a third of the server's time of a load at one document a
// transaction (a descent of the btree a quad), where building it is one
// pass over rows already in horizon order. Nothing reads it during a load
// (the sequence numbers the quads, one writer adds them); dropping the
// copies of a quad stored twice finds them by it, so it is built first,
// alone, before the other indexes (ADD CONSTRAINT locks the table).

// isPrimary says whether a deferred definition is the primary key's.
func isPrimary(def string) bool { return strings.HasPrefix(def, "ALTER TABLE ") }

// deferred lists the indexes still to build, the primary key first.
func deferred(ctx context.Context, q execer) (names, defs []string, err error) {
	rows, err := q.Query(ctx, `SELECT name, def FROM unkg_deferred_indexes ORDER BY def NOT LIKE 'ALTER TABLE %', name`)
	if err == nil {
		names, defs, err = collect(rows)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("read the deferred indexes: %w", err)
	}
	return names, defs, nil
}

func collect(rows pgx.Rows) (names, defs []string, err error) {
	defer rows.Close()
	for rows.Next() {
		var n, d string
		if err := rows.Scan(&n, &d); err != nil {
			return nil, nil, err
		}
		names, defs = append(names, n), append(defs, d)
	}
	return names, defs, rows.Err()
}

// buildIndexes builds the deferred indexes through q (a transaction of
// the writer's session). It does not ANALYZE (a quarter of the time of the
// build): autovacuum analyzes a table that a load changed.
func buildIndexes(ctx context.Context, q execer) error {
	names, defs, err := deferred(ctx, q)
	if err != nil {
		return err
	}
	if len(names) == 0 {
		return nil
	}
	if _, err := q.Exec(ctx, buildMemory); err != nil {
		return fmt.Errorf("set maintenance_work_mem: %w", err)
	}
	for i, name := range names {
		if err := buildUnique(ctx, q, name, defs[i]); err != nil {
			return err
		}
	}
	return nil
}

// buildMemory is the sort memory of a build: the default 64 MB spills a
// large graph to disk. LOCAL: the setting ends with the transaction.
const buildMemory = `SET LOCAL maintenance_work_mem = '256MB'`

// buildUnique builds an index, and if it is a unique one that finds a
// quad stored twice, drops the copies and builds it again.
func buildUnique(ctx context.Context, q execer, name, def string) error {
	err := buildIndex(ctx, q, name, def)
	if isCode(err, "23505") { // unique_violation
		if err = dropDuplicateQuads(ctx, q); err == nil {
			err = buildIndex(ctx, q, name, def)
		}
	}
	if err != nil {
		return fmt.Errorf("build index %s: %w", name, err)
	}
	return nil
}

// buildIndex builds one index under a savepoint, so that a failure leaves
// the transaction usable, and takes its row off the marker.
func buildIndex(ctx context.Context, q execer, name, def string) error {
	if _, err := q.Exec(ctx, `SAVEPOINT unkg_index`); err != nil {
		return err
	}
	if _, err := q.Exec(ctx, def); err != nil {
		if _, rerr := q.Exec(ctx, `ROLLBACK TO SAVEPOINT unkg_index`); rerr != nil {
			return fmt.Errorf("%w (and rolling back: %w)", err, rerr)
		}
		return err
	}
	if _, err := q.Exec(ctx, `DELETE FROM unkg_deferred_indexes WHERE name = $1`, name); err != nil {
		return err
	}
	_, err := q.Exec(ctx, `RELEASE SAVEPOINT unkg_index`)
	return err
}

// dropDuplicateQuads deletes every copy of a quad but the first and takes
// the copies' references from their nodes (the fast load counted them).
const dropDuplicateQuads0 = `WITH q AS (
	DELETE FROM quads USING (SELECT horizon FROM (SELECT horizon, row_number() OVER (
		PARTITION BY subject_hash, predicate_hash, object_hash, label_hash ORDER BY horizon) AS n FROM quads) x WHERE n > 1) d
	WHERE quads.horizon = d.horizon
	RETURNING quads.subject_hash, quads.predicate_hash, quads.object_hash, quads.label_hash)` + refsOf +
	`UPDATE nodes SET refs = nodes.refs - r.c FROM r WHERE nodes.hash = r.h`

func dropDuplicateQuads(ctx context.Context, q execer) error {
	if _, err := q.Exec(ctx, dropDuplicateQuads0); err != nil {
		return fmt.Errorf("drop quads stored twice: %w", err)
	}
	return nil
}

// buildWorkers is how many indexes endBulk builds at a time, each on a
// connection of its own: a build is one sort on one core (two at a time
// took 0.78 s where one after the other took 1.12 s, on a busy 2-core
// machine).
const buildWorkers = 2

// endBulk builds the deferred indexes: the unique ones in one transaction
// of the writer's session (they may need the duplicates dropped), and
// meanwhile the others buildWorkers at a time on pooled connections, each
// in a transaction with its marker row. A build holds a SHARE lock on the
// quads, which the others' take too; dropping duplicates waits for them.
func (b *Backend) endBulk(ctx context.Context) error {
	names, defs, err := deferred(ctx, b.conn)
	if err != nil {
		return err
	}
	if len(names) == 0 {
		b.bulk = false
		return nil
	}
	var unique, rest []int
	for i, def := range defs {
		if isPrimary(def) {
			if err := b.buildAlone(ctx, names[i], def); err != nil {
				return err
			}
			continue
		}
		if strings.HasPrefix(def, "CREATE UNIQUE ") {
			unique = append(unique, i)
		} else {
			rest = append(rest, i)
		}
	}
	errs := make([]error, len(rest)+1)
	var wg sync.WaitGroup
	wg.Add(len(rest))
	go func() {
		sem := make(chan struct{}, buildWorkers)
		for k, i := range rest {
			sem <- struct{}{}
			go func() {
				defer func() { <-sem; wg.Done() }()
				errs[k] = b.buildAlone(ctx, names[i], defs[i])
			}()
		}
	}()
	errs[len(rest)] = b.buildUniques(ctx, names, defs, unique)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	b.bulk = false
	return nil
}

// buildUniques builds the unique indexes of names in one transaction.
func (b *Backend) buildUniques(ctx context.Context, names, defs []string, unique []int) error {
	if len(unique) == 0 {
		return nil
	}
	tx, err := b.conn.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, buildMemory); err != nil {
		return fmt.Errorf("set maintenance_work_mem: %w", err)
	}
	for _, i := range unique {
		if err := buildUnique(ctx, tx, names[i], defs[i]); err != nil {
			return err
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("commit the unique indexes: %w", err)
	}
	return nil
}

// buildAlone builds one index in a transaction of its own on a pooled
// connection.
func (b *Backend) buildAlone(ctx context.Context, name, def string) error {
	tx, err := b.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("build index %s: %w", name, err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, buildMemory); err != nil {
		return fmt.Errorf("build index %s: %w", name, err)
	}
	if err := buildIndex(ctx, tx, name, def); err != nil {
		return fmt.Errorf("build index %s: %w", name, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("build index %s: %w", name, err)
	}
	return nil
}
