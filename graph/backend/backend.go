// Package backend is the storage interface under unkg's graph: a place that
// keeps quads (Cayley's graph, for Gizmo and the exporters) and unkg's own
// records, written one transaction at a time.
//
// A backend knows nothing of documents, names or adjacency: package graph
// computes every quad and record to write, so one write path serves every
// backend. A backend must give:
//
//   - atomic write transactions: the quads and records of a Tx are all
//     visible after Commit, or none of them after a failed Commit, a Close
//     without Commit, or a crash (SIGKILL) at any point;
//   - reads inside a Tx that see the Tx's own writes;
//   - read-only snapshots (Reader) that several processes may hold at once
//     while no writer is open;
//   - Cayley's graph.QuadStore over the same quads, for Gizmo and export.
//
// Backends register themselves by name (Register), as Cayley's quad stores
// do with graph.RegisterQuadStore, and Open chooses one from the --db value:
// a plain path or "badger:DIR" for Badger, "postgres://..." for PostgreSQL.
package backend

import (
	"context"
	"errors"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Bucket is a family of unkg's records. Keys are byte strings compared
// byte by byte (Scan returns them in that order); values are opaque bytes.
// The layout of keys and values is package graph's; the comments say what
// each bucket holds so a backend can choose tables or indexes for them.
type Bucket string

const (
	// Meta holds the store's layout version and other single values.
	Meta Bucket = "meta"
	// Path maps a file's path key to the document id last ingested from it.
	Path Bucket = "path"
	// Doc holds a file's record: KeyDoc(id, path) -> the compressed facts.
	Doc Bucket = "doc"
	// Name is the name index: folded name \x00 entity id -> empty.
	Name Bucket = "name"
	// DisplayName maps an entity id to the name to show for it.
	DisplayName Bucket = "ename"
	// Count maps a predicate to its number of live quads (8 bytes, big-endian),
	// and "" to the number of all live quads.
	Count Bucket = "count"
	// Adj holds one empty record per (direction, predicate, node,
	// neighbour, label): AdjKey. Neighbours reads a node's edges by prefix.
	Adj Bucket = "adj"
	// QuadRef counts, per document id, its files (label \x00 -> count) and,
	// for an id of several files, the files that state each quad:
	// label \x00 quad key -> count (uvarint). Replacing one of a document's
	// files reads only its own quads, never its siblings'.
	QuadRef Bucket = "qref"
)

// Buckets lists every bucket, for backends that create a table for each.
var Buckets = []Bucket{Meta, Path, Doc, Name, DisplayName, Count, Adj, QuadRef}

// Errors that callers branch on. Backends wrap them with context.
var (
	// ErrNotFound is a record that is not there (Get).
	ErrNotFound = errors.New("not found")
	// ErrNoStore is a read-only open where no store exists; nothing is created.
	ErrNoStore = errors.New("no store")
	// ErrLocked is a store that another process holds for writing (or, for
	// a writer, that readers hold). The message names the process when the
	// backend can tell.
	ErrLocked = errors.New("store is in use by another process")
	// ErrTooBig is a write that the backend cannot take in one transaction:
	// a key or value over its limit, or too many writes. The caller refuses
	// the document whose transaction it was; the backend stays usable.
	ErrTooBig = errors.New("too big for the store")
	// ErrRefused is a write that the store refused for its data: a value
	// that its types do not take, a constraint of its schema that the data
	// breaks (PostgreSQL's data exceptions and integrity violations, see
	// the postgres backend). The caller refuses the document whose
	// transaction it was; the backend stays usable, also when the refusal
	// is the outcome of a commit in flight (a transaction planned after it
	// then fails, and is planned again).
	ErrRefused = errors.New("refused by the store")
	// ErrNoSpace is a write that failed because the disk is full.
	ErrNoSpace = errors.New("no space left on device")
	// ErrReadOnly is a write through a store opened read-only.
	ErrReadOnly = errors.New("store is open read-only")
)

// Options say how to open a store.
type Options struct {
	// ReadOnly opens for reading only: Begin fails with ErrReadOnly, other
	// read-only opens may run at the same time, and a missing store is
	// ErrNoStore (nothing is created).
	ReadOnly bool
	// SyncWrites makes every Commit wait until the data is durable on disk
	// (without it a commit still survives a crash of the process).
	SyncWrites bool
	// Scan says the store is opened for one pass over its quads (an
	// export): a backend keeps its read caches small, since a scan reads
	// each block once, so that memory does not grow with the store.
	Scan bool
}

// PageDropper is a backend whose reads map its files into memory (Badger
// maps its tables): DropFilePages releases the pages a scan has touched,
// so that a long scan's resident memory stays bounded. The data stays in
// the kernel's page cache; a later read maps it again.
type PageDropper interface {
	DropFilePages()
}

// Limits are the sizes a backend takes in one transaction; package graph
// groups documents and cuts long names to stay within them.
type Limits struct {
	MaxKey    int   // bytes of a record key, bucket excluded
	MaxValue  int   // bytes of a record value
	MaxWrites int64 // writes (quads and records) in one transaction
	MaxBytes  int64 // bytes written in one transaction
}

// Backend is an open store.
type Backend interface {
	// Begin starts a write transaction. There is at most one at a time in
	// a process; callers serialize. Begin on a read-only store is ErrReadOnly.
	Begin(ctx context.Context) (Tx, error)
	// View returns a consistent snapshot of the committed state. Close it.
	View(ctx context.Context) (Reader, error)
	// QuadStore is Cayley's quad store over the backend's quads, for Gizmo
	// and export. Never write through it. After a Commit it shows the new
	// quads (a backend may return a new value after each Commit: call
	// QuadStore again rather than keeping it across writes).
	QuadStore() graph.QuadStore
	// Limits are the backend's transaction limits.
	Limits() Limits
	// Compact reclaims the space of deleted and replaced data (Badger's
	// value-log GC and LSM compaction, PostgreSQL's VACUUM). It may be slow.
	Compact(ctx context.Context) error
	// Size is the space the store takes, in bytes (on disk for Badger, the
	// relations for PostgreSQL), for bench and stats.
	Size(ctx context.Context) (int64, error)
	// Location is what the user named (a folder, a URL without password),
	// for messages.
	Location() string
	// Close releases the store. Closing twice is allowed.
	Close() error
}

// Reader reads records. Keys and values returned are valid only until the
// next call on the Reader (copy to keep them).
type Reader interface {
	// Get returns the record at key in b, or an error wrapping ErrNotFound.
	Get(ctx context.Context, b Bucket, key []byte) ([]byte, error)
	// Scan calls fn for every record of b whose key starts with prefix, in
	// key order, until fn returns an error (Scan returns it) or
	// ErrStopScan (Scan returns nil).
	Scan(ctx context.Context, b Bucket, prefix []byte, fn func(key, val []byte) error) error
	// Close ends the snapshot (on a Tx, see Tx.Close).
	Close() error
}

// ErrStopScan ends a Scan early without an error.
var ErrStopScan = errors.New("stop scan")

// Tx is a write transaction. Its reads see its own writes.
type Tx interface {
	Reader
	// AddQuads adds quads that the graph does not hold yet (the caller
	// knows: QuadRef counts them). Their nodes are created as needed.
	AddQuads(ctx context.Context, qs []quad.Quad) error
	// DeleteQuads deletes quads that the graph holds; nodes that no quad
	// uses any more are removed.
	DeleteQuads(ctx context.Context, qs []quad.Quad) error
	// Put writes a record; Delete removes one (a missing one is not an
	// error). A key or value over Limits is an error wrapping ErrTooBig.
	Put(b Bucket, key, val []byte) error
	Delete(b Bucket, key []byte) error
	// Commit makes every write of the transaction visible at once. A
	// transaction over the backend's limits fails with ErrTooBig, a full
	// disk with ErrNoSpace; nothing of it is then written.
	Commit(ctx context.Context) error
	// Close ends the transaction, discarding it unless committed.
	Close() error
}
