// Package postgres is unkg's PostgreSQL backend. Quads live in Cayley
// v0.7.7's own SQL schema (tables nodes and quads, made by Cayley's
// postgres flavour), so Cayley's SQL quad store, Gizmo and Cayley's tools
// read the same database; unkg's records live in one table per bucket
// (unkg_meta, unkg_path, ...: key BYTEA PRIMARY KEY, val BYTEA) written in
// the same SQL transaction as the document's quads.
//
// Cayley's SQL writer makes a round trip per node and per quad. This
// backend buffers a transaction's writes and sends them as a few INSERT ...
// SELECT statements over bound arrays in one batch with the transaction's
// BEGIN, and the quads it adds by a binary COPY that ends with the COMMIT
// (copy.go), keeping the nodes' reference counts as Cayley does (one per direction of every quad that
// uses the node; a writer adds up those of nodes already stored and
// writes them later, refs.go). A load onto an empty store, or one that
// outgrows its store, builds the quads' indexes at its end (bulk.go), and
// sends a small transaction's commit in flight while the writer plans the
// next one (flight.go).
//
// One process writes at a time (a session advisory lock, whose holder the
// error names); readers use snapshots (REPEATABLE READ, READ ONLY) and run
// beside the writer.
//
// Where unkg makes the schema it drops the four foreign keys of Cayley's
// quads table (see dropForeignKeys); tables, columns, hashes and indexes
// are Cayley's.
//
// CockroachDB is not served by this backend (and no CockroachDB could be
// tested here): its one-writer lock is a session advisory lock, which
// CockroachDB has only as no-op stubs, and it sets PostgreSQL planner
// settings (enable_hashjoin) and reads pg_index, which CockroachDB does
// not have or fills otherwise. Cayley's own cockroach flavour
// (graph/sql/cockroach) loads unkg's N-Quads export there.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // Cayley's postgres flavour (lib/pq), for its schema and quad store
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/unkg/unkg/graph/backend"
)

// Name is the backend's registered name; --db postgres://... or
// postgresql://... chooses it.
const Name = "postgres"

// cayleyFlavour is the Cayley SQL flavour whose schema and reader we use.
const cayleyFlavour = "postgres"

// writerLock is the key of the session advisory lock that the one writer holds.
const writerLock = 0x756e6b67 // "unkg"

func init() {
	backend.Register(Name, backend.Registration{
		Prefixes: []string{"postgres://", "postgresql://"},
		Open:     Open,
	})
}

// Backend is an open PostgreSQL store.
type Backend struct {
	addr string
	loc  string
	opts backend.Options
	pool *pgxpool.Pool // readers (View), Compact, Size
	conn *pgx.Conn     // the writer's session: advisory lock and staging tables; nil when read-only
	// bulk is a load onto an empty store with the quads' indexes dropped
	// (bulk.go); inTx says a write transaction is open.
	bulk, inTx bool
	// known are nodes this writer knows are stored; pending the references
	// of its quads not yet added to their nodes, which refsMarked says the
	// store knows (refs.go).
	known      map[graph.ValueHash]struct{}
	pending    refSums
	refsMarked bool
	// knownAll says known holds every node stored: the writer opened an
	// empty store, has forgotten none and remembered all (refs.go).
	knownAll bool
	// held is the store's size at open and added the quads this writer has
	// added since, for growBulk, which grownTried says was tried.
	held, added int64
	grownTried  bool
	// horizonSeq is the sequence of the quads' horizons, for COPY
	// (copy.go); empty if the table has none.
	horizonSeq string
	// inflight is the commit sent and not yet answered, failed the
	// failure of one that was (flight.go).
	inflight *flight
	failed   error
	// refusedFlights counts the commits in flight that the server refused
	// for their data and the writer took back (flight.go).
	refusedFlights int

	mu      sync.Mutex
	qs      graph.QuadStore
	qsStale bool
	oldQS   []graph.QuadStore // replaced after commits, closed at Close
	closed  bool
}

// Open opens the store at a postgres:// URL. Unless read-only it takes the
// writer's lock and creates Cayley's schema and unkg's tables when missing.
func Open(addr string, o backend.Options) (backend.Backend, error) {
	ctx := context.Background()
	b := &Backend{addr: addr, loc: redact(addr), opts: o}
	cfg, err := pgxpool.ParseConfig(addr)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", b.loc, err)
	}
	cfg.ConnConfig.RuntimeParams["application_name"] = appName()
	// Commits are synchronous whatever o.SyncWrites says (the server's
	// synchronous_commit is left as it is, on by default): a document
	// reported stored must survive a crash of the server too.
	b.pool, err = pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", b.loc, err)
	}
	if err := b.pool.Ping(ctx); err != nil {
		b.pool.Close()
		if isCode(err, "3D000") && o.ReadOnly { // invalid_catalog_name: no such database
			return nil, fmt.Errorf("open %s: %w", b.loc, backend.ErrNoStore)
		}
		return nil, fmt.Errorf("open %s: %w", b.loc, err)
	}
	if o.ReadOnly {
		ok, err := b.hasStore(ctx)
		if err == nil && ok {
			err = b.openQuadStore()
		}
		if err != nil {
			b.pool.Close()
			return nil, fmt.Errorf("open %s: %w", b.loc, err)
		}
		if !ok {
			b.pool.Close()
			return nil, fmt.Errorf("open %s: %w", b.loc, backend.ErrNoStore)
		}
		return b, nil
	}
	if err := b.openWriter(ctx, cfg.ConnConfig); err != nil {
		b.pool.Close()
		return nil, fmt.Errorf("open %s: %w", b.loc, err)
	}
	if err := b.openQuadStore(); err != nil {
		b.Close()
		return nil, fmt.Errorf("open %s: %w", b.loc, err)
	}
	return b, nil
}

func (b *Backend) openQuadStore() error {
	qs, err := graph.NewQuadStore(cayleyFlavour, b.addr, nil)
	if err != nil {
		return fmt.Errorf("open Cayley's quad store: %w", err)
	}
	b.qs = qs
	return nil
}

func appName() string { return fmt.Sprintf("unkg pid %d", os.Getpid()) }

// redact is the URL without its password, for messages.
func redact(addr string) string {
	u, err := url.Parse(addr)
	if err != nil || u.User == nil {
		return addr
	}
	if _, has := u.User.Password(); has {
		u.User = url.User(u.User.Username())
	}
	return u.String()
}

func isCode(err error, code string) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == code
}

// hasStore says whether Cayley's and unkg's tables are there.
func (b *Backend) hasStore(ctx context.Context) (bool, error) {
	var quads, meta bool
	err := b.pool.QueryRow(ctx, `SELECT to_regclass('quads') IS NOT NULL, to_regclass($1) IS NOT NULL`,
		table(backend.Meta)).Scan(&quads, &meta)
	if err != nil {
		return false, fmt.Errorf("look for the store's tables: %w", err)
	}
	return quads && meta, nil
}

// dropForeignKeys takes away the four foreign keys that Cayley's postgres
// flavour puts on quads (its cockroach flavour has none, and its reader
// never needs them): checking them is 60% of the cost of inserting a quad
// (39 against 16 µs here). The merges keep what they promise: a quad's
// nodes are inserted before it, in the same transaction, and a node goes
// only when no quad refers to it. A store made by Cayley keeps its keys
// and works the same, slower.
const dropForeignKeys = `ALTER TABLE quads DROP CONSTRAINT IF EXISTS subject_hash_fk,
	DROP CONSTRAINT IF EXISTS predicate_hash_fk, DROP CONSTRAINT IF EXISTS object_hash_fk,
	DROP CONSTRAINT IF EXISTS label_hash_fk`

// openWriter connects the writer's session, takes the lock and makes the
// schema and the staging tables.
func (b *Backend) openWriter(ctx context.Context, cc *pgx.ConnConfig) error {
	conn, err := pgx.ConnectConfig(ctx, cc)
	if err != nil {
		return err
	}
	// A writer killed a moment ago holds the lock until the server sees its
	// connection close: wait a little for it.
	_, err = conn.Exec(ctx, `SET lock_timeout = '3s'; SELECT pg_advisory_lock(`+fmt.Sprint(writerLock)+`); SET lock_timeout = 0`)
	if isCode(err, "55P03") { // lock_not_available
		holder := lockHolder(ctx, conn)
		conn.Close(ctx)
		return fmt.Errorf("%w (%s)", backend.ErrLocked, holder)
	}
	if err != nil {
		conn.Close(ctx)
		return fmt.Errorf("take the writer's lock: %w", err)
	}
	b.conn = conn
	var hasQuads bool
	if err := conn.QueryRow(ctx, `SELECT to_regclass('quads') IS NOT NULL`).Scan(&hasQuads); err != nil {
		return b.closeWriter(fmt.Errorf("look for Cayley's tables: %w", err))
	}
	if !hasQuads {
		// Cayley makes its own schema, so its reader finds what it expects.
		if err := graph.InitQuadStore(cayleyFlavour, b.addr, nil); err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
			return b.closeWriter(fmt.Errorf("make Cayley's schema: %w", err))
		}
		if _, err := conn.Exec(ctx, dropForeignKeys); err != nil {
			return b.closeWriter(fmt.Errorf("drop the foreign keys of Cayley's quads: %w", err))
		}
	}
	var ddl strings.Builder
	for _, bk := range backend.Buckets {
		fmt.Fprintf(&ddl, "CREATE TABLE IF NOT EXISTS %s (key BYTEA PRIMARY KEY, val BYTEA NOT NULL);\n", table(bk))
	}
	ddl.WriteString(deferredDDL)
	ddl.WriteString(refsDDL)
	ddl.WriteString(writerPlans)
	if _, err := conn.Exec(ctx, ddl.String()); err != nil {
		return b.closeWriter(fmt.Errorf("make unkg's tables: %w", err))
	}
	var seq *string
	if err := conn.QueryRow(ctx, `SELECT pg_get_serial_sequence('quads', 'horizon')`).Scan(&seq); err != nil {
		return b.closeWriter(fmt.Errorf("find the sequence of the quads' horizons: %w", err))
	}
	if seq != nil && !strings.Contains(*seq, "'") {
		b.horizonSeq = *seq
	}
	if err := b.recountIfMarked(ctx); err != nil {
		return b.closeWriter(err)
	}
	if b.bulk, err = b.startBulk(ctx, false); err != nil {
		return b.closeWriter(fmt.Errorf("start a bulk load: %w", err))
	}
	if err := conn.QueryRow(ctx, `SELECT NOT EXISTS (SELECT 1 FROM quads) AND NOT EXISTS (SELECT 1 FROM nodes)`).Scan(&b.knownAll); err != nil {
		return b.closeWriter(fmt.Errorf("look for nodes: %w", err))
	}
	if !b.bulk {
		// A load that a crash cut short left indexes to build.
		if err := b.endBulk(ctx); err != nil {
			return b.closeWriter(fmt.Errorf("build the indexes of an unfinished load: %w", err))
		}
		if err := conn.QueryRow(ctx, `SELECT coalesce(max(horizon), 0) FROM quads`).Scan(&b.held); err != nil {
			return b.closeWriter(fmt.Errorf("count the quads held: %w", err))
		}
	}
	return nil
}

func (b *Backend) closeWriter(err error) error {
	b.conn.Close(context.Background())
	b.conn = nil
	return err
}

// lockHolder names the session that holds the writer's lock.
func lockHolder(ctx context.Context, conn *pgx.Conn) string {
	var app, client string
	var pid int
	err := conn.QueryRow(ctx, `SELECT a.pid, coalesce(a.application_name, ''), coalesce(host(a.client_addr), 'local')
		FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
		WHERE l.locktype = 'advisory' AND l.objid = $1 AND l.granted
			AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) LIMIT 1`, int64(writerLock)).Scan(&pid, &app, &client)
	if err != nil {
		return "held by another session"
	}
	return fmt.Sprintf("held by %q from %s, server pid %d", app, client, pid)
}

// table is the table of a bucket's records.
func table(b backend.Bucket) string { return "unkg_" + string(b) }

// validBucket guards the table names built from buckets.
func validBucket(b backend.Bucket) error {
	for _, k := range backend.Buckets {
		if k == b {
			return nil
		}
	}
	return fmt.Errorf("unknown bucket %q", b)
}

// Limits: keys are btree index entries (at most about 2.7 KB in
// PostgreSQL), values are BYTEA (1 GB, kept far lower for memory); a
// transaction buffers its writes in memory until it loads them.
func (b *Backend) Limits() backend.Limits {
	return backend.Limits{MaxKey: 2000, MaxValue: 64 << 20, MaxWrites: 1 << 18, MaxBytes: 256 << 20}
}

// Begin starts the write transaction.
func (b *Backend) Begin(ctx context.Context) (backend.Tx, error) {
	if b.conn == nil {
		return nil, fmt.Errorf("begin on %s: %w", b.loc, backend.ErrReadOnly)
	}
	if b.failed != nil {
		return nil, fmt.Errorf("begin: %w", b.failed)
	}
	b.mu.Lock()
	b.inTx = true
	b.mu.Unlock()
	return &Tx{b: b, rd: reader{q: b.conn, loc: b.loc}}, nil
}

// View is a snapshot of the committed state.
func (b *Backend) View(ctx context.Context) (backend.Reader, error) {
	tx, err := b.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("view %s: %w", b.loc, err)
	}
	return &view{reader: reader{q: tx, loc: b.loc}, tx: tx}, nil
}

type view struct {
	reader
	tx pgx.Tx
}

func (v *view) Close() error { return v.tx.Rollback(context.Background()) }

// QuadStore is Cayley's SQL quad store on the same database.
func (b *Backend) QuadStore() graph.QuadStore {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.bulk && !b.inTx && !b.closed && b.land() == nil {
		// A reader in this process: give it the indexes (should the build
		// fail, it still reads, by scans, and Close tries again).
		if err := b.endBulk(context.Background()); err == nil {
			b.qsStale = true
		}
	}
	if b.qs != nil && !b.qsStale {
		return b.qs
	}
	// Cayley's store caches its counts; a new one after our commits sees
	// them. Should the new one fail to open, the old one still reads (with
	// stale counts).
	qs, err := graph.NewQuadStore(cayleyFlavour, b.addr, nil)
	if err != nil {
		return b.qs
	}
	b.oldQS = append(b.oldQS, b.qs)
	b.qs, b.qsStale = qs, false
	return qs
}

func (b *Backend) committed(t *Tx) {
	b.mu.Lock()
	b.qsStale = true
	b.inTx = false
	if t.indexed {
		// A load that deletes keeps the indexes it built for the deletes
		// (growBulk would drop them again, and the next delete build them).
		b.bulk, b.grownTried = false, true
	}
	b.takeNodes(&t.nodes)
	b.added += t.added
	b.mu.Unlock()
}

func (b *Backend) rolledBack() {
	b.mu.Lock()
	b.inTx = false
	b.mu.Unlock()
}

// Compact vacuums and analyzes the store's tables.
func (b *Backend) Compact(ctx context.Context) error {
	if _, err := b.pool.Exec(ctx, `VACUUM (ANALYZE) `+strings.Join(tables(), ", ")); err != nil {
		return fmt.Errorf("vacuum %s: %w", b.loc, err)
	}
	return nil
}

func tables() []string {
	ts := []string{"nodes", "quads"}
	for _, bk := range backend.Buckets {
		ts = append(ts, table(bk))
	}
	return ts
}

// Size is the space of the store's tables with their indexes and TOAST.
func (b *Backend) Size(ctx context.Context) (int64, error) {
	var n int64
	err := b.pool.QueryRow(ctx, `SELECT coalesce(sum(pg_total_relation_size(to_regclass(t))), 0)::BIGINT FROM unnest($1::TEXT[]) t`,
		tables()).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("size of %s: %w", b.loc, err)
	}
	return n, nil
}

// Location is the URL without its password.
func (b *Backend) Location() string { return b.loc }

// Close releases the connections and the writer's lock.
func (b *Backend) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil
	}
	b.closed = true
	var errs []error
	if b.conn != nil {
		errs = append(errs, b.land())
	}
	if b.conn != nil && !b.inTx && b.failed == nil {
		// A transaction left open keeps the marker: the next writer counts.
		errs = append(errs, b.addPending(context.Background()))
	}
	if b.conn != nil && b.bulk && !b.inTx {
		errs = append(errs, b.endBulk(context.Background()))
	}
	for _, qs := range append(b.oldQS, b.qs) {
		if qs != nil {
			errs = append(errs, qs.Close())
		}
	}
	if b.conn != nil {
		// Unlock first: the server ends a closed session a little later.
		_, err := b.conn.Exec(context.Background(), `SELECT pg_advisory_unlock($1)`, int64(writerLock))
		errs = append(errs, err, b.conn.Close(context.Background()))
	}
	b.pool.Close()
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close %s: %w", b.loc, err)
	}
	return nil
}
