// Package badger is unkg's Badger v4 backend: Cayley's kv quad store (with
// its key layout, so Cayley's own tools read it) and unkg's records in one
// Badger database in a folder.
//
// Writes bypass Cayley's ApplyDeltas (quads.go): the caller adds only quads
// the graph lacks and deletes only quads it holds, so the duplicate checks
// and bloom filters are not needed, and a deleted quad is removed from the
// log and the index lists instead of being kept marked dead, so that a
// store whose files change does not grow.
//
// Commits are pipelined (pipeline.go): the next transaction is planned
// while Badger applies the last one, and learns of it through an overlay.
package badger

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	bdg "github.com/dgraph-io/badger/v4"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"

	"github.com/unkg/unkg/graph/backend"
	"github.com/unkg/unkg/graph/badgerkv"
)

// Name is the backend's name in the registry ("badger:DIR").
const Name = "badger"

func init() {
	backend.Register(Name, backend.Registration{
		Open: func(addr string, o backend.Options) (backend.Backend, error) { return Open(addr, o) },
	})
}

// Quad indexes of the store. Subject-predicate answers forward steps,
// object-predicate-subject reverse steps and full-quad existence, and the
// label index finds the quads of one document (for deletion).
var (
	IndexSP  = ckv.QuadIndex{Dirs: []quad.Direction{quad.Subject, quad.Predicate}}
	IndexOPS = ckv.QuadIndex{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}}
	IndexL   = ckv.QuadIndex{Dirs: []quad.Direction{quad.Label}}
	Indexes  = []ckv.QuadIndex{IndexSP, IndexOPS, IndexL}
)

// Cayley's key for its index list (graph/kv: metaBucket + "indexes").
var keyCayleyIndexes = hkv.SKey("meta", "indexes")

// holderFile names the process that has the store open for writing.
const holderFile = "unkg.holder"

// Store is a Badger backend. It is safe for concurrent use.
type Store struct {
	dir  string
	opts backend.Options
	bdb  *badgerkv.DB
	kv   hkv.KV
	ro   bool
	qs   atomic.Pointer[ckv.QuadStore]

	pages filePages // mapped file pages a read-only scan holds (DropFilePages)

	wmu      sync.Mutex   // one write transaction at a time
	cache    *cache       // committed nodes and index lists (quads.go)
	inflight *flight      // the last commit sent (pipeline.go); under wmu
	next     *badgerkv.Tx // a write transaction opened before inflight was sent; under wmu
	last     txSizes      // of the last transaction sent; under wmu

	closeOnce sync.Once
	closeErr  error
}

var _ backend.Backend = (*Store)(nil)

// Open opens the store in dir; unless o.ReadOnly it creates it if needed.
func Open(dir string, o backend.Options) (*Store, error) {
	if o.ReadOnly {
		if _, err := os.Stat(filepath.Join(dir, "MANIFEST")); err != nil {
			return nil, fmt.Errorf("%w at %s", backend.ErrNoStore, dir)
		}
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, wrapErr(err))
	}
	bo := badgerOptions(dir, o)
	bdb, err := badgerkv.Open(bo)
	if err != nil && o.ReadOnly && strings.Contains(err.Error(), "truncate required") {
		// A writer was killed: its last write-ahead log needs the replay
		// that only a writable open does. Do it, then open read-only.
		if w, werr := badgerkv.Open(badgerOptions(dir, backend.Options{})); werr == nil {
			if werr = w.Close(); werr == nil {
				bdb, err = badgerkv.Open(bo)
			}
		}
	}
	if err != nil {
		if errors.Is(err, badgerkv.ErrLocked) {
			return nil, fmt.Errorf("open store %s: %w%s", dir, backend.ErrLocked, holder(dir))
		}
		return nil, fmt.Errorf("open store %s: %w", dir, wrapErr(err))
	}
	s := &Store{dir: dir, opts: o, bdb: bdb, kv: flat.Upgrade(bdb), ro: o.ReadOnly, cache: newCache()}
	if !o.ReadOnly {
		cmd := strings.Join(os.Args, " ")
		if len(cmd) > 200 {
			cmd = cmd[:200]
		}
		_ = os.WriteFile(filepath.Join(dir, holderFile), []byte(fmt.Sprintf("%s (pid %d)", cmd, os.Getpid())), 0o644)
	}
	if err := s.init(); err != nil {
		bdb.Close()
		return nil, fmt.Errorf("open store %s: %w", dir, wrapErr(err))
	}
	if o.Scan {
		s.DropFilePages() // what opening the tables read
	}
	return s, nil
}

// scanCacheBytes is the block cache of a store opened for a scan: a scan
// reads each block once, and Badger's default (256 MB) would fill with the
// whole store.
const scanCacheBytes = 1 << 20

func badgerOptions(dir string, o backend.Options) bdg.Options {
	opts := badgerkv.DefaultOptions(dir)
	if o.Scan {
		opts = opts.WithBlockCacheSize(scanCacheBytes)
	}
	return opts.
		WithSyncWrites(o.SyncWrites).
		WithReadOnly(o.ReadOnly).
		WithDetectConflicts(false). // one writer
		// Larger memtables allow larger transactions (Badger takes 15% of
		// one in a commit), so fewer commits rewrite the index lists,
		// reference counts and counters that many documents share: 128 MB
		// against 64 cut the entries an ingest writes from 3.21 to 3.06 a
		// quad and its bytes from 222 to 201 (4,000 files, bench-store).
		WithMemTableSize(128 << 20).
		// Values up to 1 MB (Badger's default: every record) stay in the
		// LSM tree, where compaction drops their dead versions; a value
		// log would keep them until its file is rewritten.
		WithNumVersionsToKeep(1).
		WithCompactL0OnClose(true)
}

// holder says which process holds dir, when it left its name there.
func holder(dir string) string {
	b, err := os.ReadFile(filepath.Join(dir, holderFile))
	if err != nil || len(b) == 0 {
		return ""
	}
	s := string(b)
	if i := strings.LastIndex(s, "(pid "); i >= 0 {
		pid, err := strconv.Atoi(strings.TrimSuffix(s[i+5:], ")"))
		if err == nil && syscall.Kill(pid, 0) != nil {
			return "" // that process is gone: a reader holds it
		}
	}
	return ": " + s
}

func (s *Store) init() error {
	ctx := context.Background()
	var initialized bool
	err := hkv.View(s.kv, func(tx hkv.Tx) error {
		_, err := tx.Get(ctx, keyCayleyIndexes)
		if err == nil {
			initialized = true
			return nil
		}
		if errors.Is(err, hkv.ErrNotFound) {
			return nil
		}
		return err
	})
	if err != nil {
		return err
	}
	if !initialized {
		if s.ro {
			return backend.ErrNoStore
		}
		// Let Cayley lay out its buckets, then choose the indexes before
		// anything is written.
		if err := ckv.Init(s.kv, nil); err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
			return fmt.Errorf("init graph: %w", err)
		}
		ind, err := json.Marshal(Indexes)
		if err != nil {
			return err
		}
		if err := hkv.Update(ctx, s.kv, func(tx hkv.Tx) error { return tx.Put(keyCayleyIndexes, ind) }); err != nil {
			return fmt.Errorf("init graph: %w", err)
		}
	}
	return s.resetQuadStore()
}

// resetQuadStore opens a fresh Cayley quad store over the database: Cayley
// caches node ids, which a deletion may have made stale.
func (s *Store) resetQuadStore() error {
	qs, err := ckv.New(s.kv, graph.Options{ckv.OptNoBloom: true})
	if err != nil {
		return fmt.Errorf("open graph: %w", err)
	}
	kqs, ok := qs.(*ckv.QuadStore)
	if !ok {
		return fmt.Errorf("open graph: unexpected quad store %T", qs)
	}
	s.qs.Store(kqs)
	return nil
}

// Dir is the store's folder.
func (s *Store) Dir() string { return s.dir }

// Location is the store's folder.
func (s *Store) Location() string { return s.dir }

// QuadStore is Cayley's quad store over the graph.
func (s *Store) QuadStore() graph.QuadStore { return s.qs.Load() }

// Limits are Badger's transaction limits, with room for Cayley's own writes.
func (s *Store) Limits() backend.Limits {
	return backend.Limits{
		MaxKey:    60000,
		MaxValue:  256 << 20,
		MaxWrites: s.bdb.MaxBatchCount(),
		MaxBytes:  s.bdb.MaxBatchSize(),
	}
}

// Size is the bytes of the store's files.
func (s *Store) Size(context.Context) (int64, error) {
	var n int64
	err := filepath.Walk(s.dir, func(_ string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if fi.Mode().IsRegular() {
			n += allocated(fi)
		}
		return nil
	})
	return n, err
}

// allocated is the disk space of a file: Badger's memory-mapped files are
// sparse, their apparent size far over what they hold.
func allocated(fi os.FileInfo) int64 {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return st.Blocks * 512
	}
	return fi.Size()
}

// Compact flattens the LSM tree (dropping dead versions and deleted keys)
// and rewrites value-log files that are mostly garbage. Badger has no call
// that flushes its memtable, so Compact closes and reopens the database
// (the close writes the memtable out and compacts level 0).
func (s *Store) Compact(ctx context.Context) error {
	if s.ro {
		return backend.ErrReadOnly
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if err := s.land(); err != nil {
		return fmt.Errorf("compact %s: %w", s.dir, err)
	}
	if err := s.bdb.Close(); err != nil {
		return fmt.Errorf("compact %s: %w", s.dir, wrapErr(err))
	}
	bdb, err := badgerkv.Open(badgerOptions(s.dir, s.opts))
	if err != nil {
		return fmt.Errorf("compact %s: reopen: %w", s.dir, wrapErr(err))
	}
	s.bdb, s.kv = bdb, flat.Upgrade(bdb)
	s.cache.drop()
	if err := s.resetQuadStore(); err != nil {
		return err
	}
	db := s.bdb.Badger()
	if err := db.Flatten(1); err != nil {
		return fmt.Errorf("compact %s: %w", s.dir, wrapErr(err))
	}
	for ctx.Err() == nil {
		if err := db.RunValueLogGC(0.3); err != nil {
			if errors.Is(err, bdg.ErrNoRewrite) || errors.Is(err, bdg.ErrRejected) {
				break
			}
			return fmt.Errorf("compact %s: %w", s.dir, wrapErr(err))
		}
	}
	return ctx.Err()
}

// Close closes the store. Closing twice is allowed.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		s.wmu.Lock()
		defer s.wmu.Unlock()
		lerr := s.land()
		if err := s.bdb.Close(); err != nil {
			s.closeErr = fmt.Errorf("close store %s: %w", s.dir, wrapErr(err))
		} else if lerr != nil {
			s.closeErr = fmt.Errorf("close store %s: %w", s.dir, lerr)
		}
		if !s.ro {
			os.Remove(filepath.Join(s.dir, holderFile))
		}
	})
	return s.closeErr
}

// wrapErr adds the backend's sentinels to Badger's errors.
func wrapErr(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, syscall.ENOSPC) || strings.Contains(err.Error(), "no space left on device"):
		if errors.Is(err, backend.ErrNoSpace) {
			return err
		}
		return fmt.Errorf("%w: %v", backend.ErrNoSpace, err)
	case errors.Is(err, bdg.ErrTxnTooBig) || errors.Is(err, bdg.ErrValueLogSize) ||
		strings.Contains(err.Error(), "exceeded") && strings.Contains(err.Error(), "size limit"):
		return fmt.Errorf("%w: %v", backend.ErrTooBig, err)
	}
	return err
}

// recordKey is where a record of unkg lives in Badger.
func recordKey(b backend.Bucket, key []byte) hkv.Key {
	return hkv.Key{[]byte("unkg"), []byte(b), key}
}

// View opens a read-only snapshot.
func (s *Store) View(context.Context) (backend.Reader, error) {
	tx, err := s.kv.Tx(false)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", s.dir, wrapErr(err))
	}
	return &reader{tx: tx}, nil
}

type reader struct{ tx hkv.Tx }

func (r *reader) Get(ctx context.Context, b backend.Bucket, key []byte) ([]byte, error) {
	v, err := r.tx.Get(ctx, recordKey(b, key))
	if errors.Is(err, hkv.ErrNotFound) {
		return nil, fmt.Errorf("%s %q: %w", b, key, backend.ErrNotFound)
	}
	return v, wrapErr(err)
}

func (r *reader) Scan(ctx context.Context, b backend.Bucket, prefix []byte, fn func(k, v []byte) error) error {
	it := r.tx.Scan(recordKey(b, prefix))
	defer it.Close()
	for it.Next(ctx) {
		k := it.Key()
		var key []byte
		switch len(k) {
		case 2: // an empty key
		case 3:
			key = k[2]
		default:
			continue
		}
		if err := fn(key, it.Val()); err != nil {
			if errors.Is(err, backend.ErrStopScan) {
				return nil
			}
			return err
		}
	}
	return wrapErr(it.Err())
}

func (r *reader) Close() error { return r.tx.Close() }

// Begin starts the write transaction. While the last commit is in flight
// it uses the transaction opened before that commit was sent, reading
// through the commit's writes (pipeline.go).
func (s *Store) Begin(ctx context.Context) (backend.Tx, error) {
	if s.ro {
		return nil, fmt.Errorf("write %s: %w", s.dir, backend.ErrReadOnly)
	}
	s.wmu.Lock()
	pt := &pipeTx{own: &overlay{log: make([]ovWrite, 0, s.last.writes)}}
	if s.next != nil {
		pt.base, s.next = s.next, nil
		if s.inflight != nil {
			pt.prev = s.inflight.ov
		}
	} else {
		// Badger waits here until the commit in flight is applied.
		tx, err := s.bdb.Tx(true)
		if err != nil {
			s.wmu.Unlock()
			return nil, fmt.Errorf("begin transaction: %w", wrapErr(err))
		}
		pt.base = tx.(*badgerkv.Tx)
	}
	tx, err := flat.Upgrade(oneTx{pt}).Tx(true)
	if err != nil {
		pt.base.Close()
		s.wmu.Unlock()
		return nil, fmt.Errorf("begin transaction: %w", wrapErr(err))
	}
	return &writeTx{reader: reader{tx: tx}, s: s, pt: pt, pend: newPending(s.last)}, nil
}

// land waits for the commit in flight and drops the transaction opened
// ahead of it. The caller holds wmu.
func (s *Store) land() error {
	if s.next != nil {
		s.next.Close()
		s.next = nil
	}
	f := s.inflight
	if f == nil {
		return nil
	}
	s.inflight = nil
	<-f.done
	return f.err
}

type writeTx struct {
	reader
	s       *Store
	pt      *pipeTx
	pend    *pending
	deleted bool  // nodes were removed: Cayley's caches must go
	loaded  bool  // it filled the node and list caches (loadNodes), own writes included
	bytes   int64 // about what the transaction writes, for the space check
	done    bool
}

func (t *writeTx) Put(b backend.Bucket, key, val []byte) error {
	if len(key) > t.s.Limits().MaxKey {
		return fmt.Errorf("%s key of %d bytes: %w", b, len(key), backend.ErrTooBig)
	}
	t.bytes += int64(len(key) + len(val) + 32)
	return t.put(recordKey(b, key), val)
}

func (t *writeTx) Delete(b backend.Bucket, key []byte) error {
	t.bytes += int64(len(key) + 32)
	return t.del(recordKey(b, key))
}

// spareBytes is the free space a commit leaves at least. Badger writes its
// memtables and value log through memory-mapped files, where a full disk
// is a SIGBUS instead of an error; so a commit that could fill the disk is
// refused before it is written.
const spareBytes = 8 << 20

// checkSpace fails with ErrNoSpace when the disk under the store lacks
// room for n more bytes (twice: the write-ahead log and the tables).
func (s *Store) checkSpace(n int64) error {
	var st syscall.Statfs_t
	if err := syscall.Statfs(s.dir, &st); err != nil {
		return nil // cannot tell: let Badger try
	}
	free := int64(st.Bavail) * int64(st.Bsize)
	if free < 2*n+spareBytes {
		return fmt.Errorf("%w: %d MB free under %s", backend.ErrNoSpace, free>>20, s.dir)
	}
	return nil
}

// Commit makes the transaction's writes visible and waits until they are.
func (t *writeTx) Commit(ctx context.Context) error {
	wait, err := t.CommitAsync(ctx)
	if err != nil {
		return err
	}
	return wait()
}

// CommitAsync sends the transaction to be written after the commit in
// flight, and returns once the next transaction may begin. wait returns
// when the writes are applied, with the commit's outcome: nothing of the
// transaction is known to be stored before wait returns nil.
func (t *writeTx) CommitAsync(ctx context.Context) (wait func() error, err error) {
	if t.done {
		return nil, errors.New("commit of a finished transaction")
	}
	t.done = true
	s := t.s
	defer s.wmu.Unlock()
	discard := func() {
		if t.loaded {
			s.cache.drop()
		}
		t.tx.Close()
	}
	if err := s.checkSpace(t.bytes); err != nil {
		discard()
		return nil, fmt.Errorf("commit: %w", err)
	}
	// The commit before this one: its outcome decides whether this one,
	// planned on top of it, may go.
	if err := s.land(); err != nil {
		discard()
		s.cache.drop()
		return nil, fmt.Errorf("commit: %w", err)
	}
	if err := ctx.Err(); err != nil {
		discard()
		return nil, err
	}
	// The next transaction's snapshot: everything before this commit.
	if nx, err := s.bdb.Tx(true); err == nil {
		s.next = nx.(*badgerkv.Tx)
	}
	s.last = txSizes{writes: len(t.pt.own.log), nodes: len(t.pend.nodes), lists: len(t.pend.lists)}
	f := &flight{ov: t.pt.own, done: make(chan struct{}), deleted: t.deleted}
	t.pt.base.CommitWith(func(err error) {
		f.err = wrapErr(err)
		close(f.done)
	})
	s.inflight = f
	go f.ov.index() // for the next transaction's reads, on a spare core
	s.cache.apply(t.pend)
	return func() error {
		<-f.done
		if f.err != nil {
			s.cache.drop()
			return fmt.Errorf("commit: %w", f.err)
		}
		if f.deleted {
			return s.resetQuadStore()
		}
		return nil
	}, nil
}

func (t *writeTx) Close() error {
	if t.done {
		return nil
	}
	t.done = true
	defer t.s.wmu.Unlock()
	if t.loaded {
		// Not committed: the caches it loaded hold its writes.
		t.s.cache.drop()
	}
	return t.tx.Close()
}
