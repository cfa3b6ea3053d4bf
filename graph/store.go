// Package graph keeps extracted facts as one knowledge graph: Cayley's kv
// quad store over Badger v4 (through graph/badgerkv), written one document
// per transaction group, with named queries over it.
//
// Layout of the key-value store: Cayley's own buckets (meta, log, nodes and
// three quad indexes: subject-predicate, object-predicate-subject and label)
// plus unkg's records, under the first key part "unkg":
//
//	unkg/meta/version          store layout and QuadsVersion
//	unkg/path/PATH             -> document id of the file last ingested at PATH
//	unkg/doc/ID/PATH           -> the file's record: its full Facts (JSON), the document index
//	unkg/name/FOLDED/ENTITY    name index: a folded name or acronym -> an entity id
//	unkg/ename/ENTITY          the entity's display name (English where known)
//	unkg/count/PREDICATE       number of quads with that predicate
//	unkg/adj/DIR+PRED/NODE     a node's neighbours by a predicate, with the
//	                           documents stating each edge (adj.go)
package graph

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"

	"github.com/unkg/unkg/graph/badgerkv"
)

// ErrLocked says that another process has the store open.
var ErrLocked = badgerkv.ErrLocked

// Quad indexes of the store. Subject-predicate answers forward steps
// (meetings an organization attended), object-predicate-subject reverse
// steps (attendees of a meeting) and full-quad existence checks, and the
// label index finds the quads of one document without a scan (Cayley's
// duplicate check intersects all three, which keeps it cheap for facts that
// many documents state).
var (
	IndexSP  = ckv.QuadIndex{Dirs: []quad.Direction{quad.Subject, quad.Predicate}}
	IndexOPS = ckv.QuadIndex{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}}
	IndexL   = ckv.QuadIndex{Dirs: []quad.Direction{quad.Label}}
	Indexes  = []ckv.QuadIndex{IndexSP, IndexOPS, IndexL}
)

// layoutVersion 2 added the adjacency records; a store of version 1 gets
// them when it is opened (migrateAdj).
const layoutVersion = 2

// Options tune a store. The zero value is the default.
type Options struct {
	// SyncWrites makes every commit wait for fsync. Without it a commit is
	// still atomic and survives a crash of the process (SIGKILL), but the
	// last commits may be lost if the machine loses power.
	SyncWrites bool
	// GroupFraction is the share of Badger's transaction limits that a
	// group of documents may fill (default 0.5).
	GroupFraction float64
}

// Store is a knowledge graph in a folder. It is safe for concurrent use;
// writes are serialized.
type Store struct {
	dir  string
	bdb  *badgerkv.DB
	kv   *ambientKV
	opts Options
	qs   atomic.Pointer[ckv.QuadStore]

	wmu       sync.Mutex // one writer
	namesSeen map[string]struct{}
	nodes     map[graph.ValueHash]nodeInfo // committed node ids and reference counts
	// nodesComplete: nodes holds every node of the store; nodesTried: a
	// load was tried since the cache was last dropped.
	nodesComplete, nodesTried bool
	lists                     map[string][]byte // committed index lists (addquads.go)
	listBytes                 int
	adjCache                  map[string][]byte // committed adjacency records (adj.go)
	adjBytes                  int
	closeOnce                 sync.Once
	closeErr                  error
}

// Open opens the store in dir, creating it if needed. If another process
// has it open the error wraps ErrLocked.
func Open(dir string, opts Options) (*Store, error) {
	if opts.GroupFraction <= 0 || opts.GroupFraction > 1 {
		opts.GroupFraction = 0.5
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	bo := badgerkv.DefaultOptions(dir).
		WithSyncWrites(opts.SyncWrites).
		WithDetectConflicts(false). // one writer per process, one process per store
		// Larger memtables allow larger transactions (15% of a memtable:
		// about 200,000 writes), so fewer commits rewrite the index lists
		// that many documents share.
		WithMemTableSize(128 << 20).
		// Facts records and long index lists go to the value log, written
		// once, instead of being copied through every LSM compaction.
		WithValueThreshold(512)
	bdb, err := badgerkv.Open(bo)
	if err != nil {
		if errors.Is(err, badgerkv.ErrLocked) {
			return nil, fmt.Errorf("open store %s: %w", dir, ErrLocked)
		}
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	s := &Store{dir: dir, bdb: bdb, kv: &ambientKV{KV: flat.Upgrade(bdb)}, opts: opts,
		namesSeen: map[string]struct{}{}, nodes: map[graph.ValueHash]nodeInfo{}, lists: map[string][]byte{},
		adjCache: map[string][]byte{}}
	if err := s.init(); err != nil {
		bdb.Close()
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	return s, nil
}

var (
	keyVersion = hkv.SKey("unkg", "meta", "version")
	// Cayley's key for its index list (graph/kv: metaBucket + "indexes").
	keyCayleyIndexes = hkv.SKey("meta", "indexes")
)

func (s *Store) init() error {
	ctx := context.Background()
	want := strconv.Itoa(layoutVersion) + "/" + strconv.Itoa(QuadsVersion)
	var have string
	err := hkv.View(s.kv, func(tx hkv.Tx) error {
		v, err := tx.Get(ctx, keyVersion)
		if err == nil {
			have = string(v)
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
	if have == "" {
		// A new store: let Cayley lay out its buckets, then choose the indexes
		// before anything is written.
		if err := ckv.Init(s.kv, nil); err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
			return fmt.Errorf("init graph: %w", err)
		}
		ind, err := json.Marshal(Indexes)
		if err != nil {
			return err
		}
		err = hkv.Update(ctx, s.kv, func(tx hkv.Tx) error {
			if err := tx.Put(keyCayleyIndexes, ind); err != nil {
				return err
			}
			return tx.Put(keyVersion, []byte(want))
		})
		if err != nil {
			return fmt.Errorf("init graph: %w", err)
		}
	} else if have == "1/"+strconv.Itoa(QuadsVersion) {
		if err := s.resetQuadStore(); err != nil {
			return err
		}
		if err := s.migrateAdj(ctx); err != nil {
			return fmt.Errorf("add adjacency records: %w", err)
		}
		if err := hkv.Update(ctx, s.kv, func(tx hkv.Tx) error { return tx.Put(keyVersion, []byte(want)) }); err != nil {
			return err
		}
	} else if have != want {
		return fmt.Errorf("store layout %s, this unkg writes %s: re-ingest into a new store", have, want)
	}
	return s.resetQuadStore()
}

// resetQuadStore opens a fresh Cayley quad store over the database. Cayley
// keeps caches and pending index writes in memory that a failed transaction
// leaves stale, so the write path calls this after any failure.
func (s *Store) resetQuadStore() error {
	// Without Cayley's bloom filters: unkg adds quads itself (addquads.go),
	// so Cayley's filter of existing quads would be incomplete, and its
	// delete path must look every quad up.
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

// QuadStore is the Cayley quad store, for Gizmo and the exporters. Do not
// write through it: use Write.
func (s *Store) QuadStore() graph.QuadStore { return s.qs.Load() }

func (s *Store) kqs() *ckv.QuadStore { return s.qs.Load() }

// Close closes the store. Closing twice is allowed.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		s.wmu.Lock()
		defer s.wmu.Unlock()
		if err := s.bdb.Close(); err != nil {
			s.closeErr = fmt.Errorf("close store %s: %w", s.dir, err)
		}
	})
	return s.closeErr
}

// ambientKV is the key-value store Cayley sees. While the writer holds a
// transaction of its own (set), Cayley's writable transactions are that
// transaction, with Commit and Close left to the writer; so the quads that
// Cayley's ApplyDeltas writes and unkg's records land in one Badger
// transaction. Read-only transactions are always fresh.
type ambientKV struct {
	hkv.KV
	mu  sync.Mutex
	cur hkv.Tx
}

func (a *ambientKV) set(tx hkv.Tx) {
	a.mu.Lock()
	a.cur = tx
	a.mu.Unlock()
}

func (a *ambientKV) Tx(rw bool) (hkv.Tx, error) {
	if rw {
		a.mu.Lock()
		cur := a.cur
		a.mu.Unlock()
		if cur != nil {
			return borrowedTx{cur}, nil
		}
	}
	return a.KV.Tx(rw)
}

// borrowedTx is the writer's transaction lent to Cayley.
type borrowedTx struct{ hkv.Tx }

func (borrowedTx) Commit(context.Context) error { return nil }
func (borrowedTx) Close() error                 { return nil }

// Record keys.

func keyPath(path string) hkv.Key { return hkv.SKey("unkg", "path", path) }

func keyDoc(id, path string) hkv.Key { return hkv.SKey("unkg", "doc", id, path) }

func keyDocPrefix(id string) hkv.Key {
	return hkv.Key{[]byte("unkg"), []byte("doc"), []byte(id), {}} // trailing separator
}

func keyName(folded, id string) hkv.Key { return hkv.SKey("unkg", "name", folded, id) }

func keyDisplayName(id string) hkv.Key { return hkv.SKey("unkg", "ename", id) }

func keyCount(pred string) hkv.Key { return hkv.SKey("unkg", "count", pred) }

func putInt(tx hkv.Tx, k hkv.Key, v int64) error {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(v))
	return tx.Put(k, b[:])
}

// getInt reads a counter of our own records (big-endian); a missing key is 0.
func getInt(ctx context.Context, tx hkv.Tx, k hkv.Key) (int64, error) {
	return getUint64(ctx, tx, k, binary.BigEndian)
}

// getUint64 reads an 8-byte number in the given byte order; a missing key is 0.
func getUint64(ctx context.Context, tx hkv.Tx, k hkv.Key, order binary.ByteOrder) (int64, error) {
	v, err := tx.Get(ctx, k)
	if errors.Is(err, hkv.ErrNotFound) {
		return 0, nil
	} else if err != nil {
		return 0, err
	}
	if len(v) != 8 {
		return 0, fmt.Errorf("bad 8-byte value at %q", k)
	}
	return int64(order.Uint64(v)), nil
}
