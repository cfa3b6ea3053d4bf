// Package graph keeps extracted facts as one knowledge graph over a store
// backend (graph/backend: Badger or PostgreSQL), written one group of
// documents per transaction, with named queries over it.
//
// Beside the quads (Cayley's graph, labelled with document ids) the store
// keeps unkg's records, in the backend's buckets:
//
//	meta     version               store layout and QuadsVersion
//	path     PATH                  -> document id of the file last ingested at PATH
//	doc      ID \0 PATH            -> the file's Facts (JSON, zstd-compressed)
//	name     FOLDED \0 ENTITY      name index: a folded name or acronym -> an entity id
//	ename    ENTITY                the entity's display name (English where known)
//	count    PREDICATE             live quads with that predicate ("" all quads,
//	                               "type:T" entities of type T)
//	count    typeof \0 T \0 ENTITY documents stating that ENTITY has type T (a
//	                               scan lists a type's entities)
//	adj      DIR+PRED \0 NODE \0 NEIGHBOUR \0 DOC
//	                               one record per edge and document stating it,
//	                               for the predicates the named queries follow
//	qref     ID \0                 number of files of document ID
//	qref     ID \0 HASH(QUAD)      files of document ID that state the quad, kept
//	                               only while ID has two files or more
//
// Every one of these records is small and written once per change: none is
// a list that grows with the corpus and is rewritten whole (Cayley's own
// index lists still are, in the Badger backend).
package graph

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/unkg/unkg/graph/backend"
	"github.com/unkg/unkg/graph/backend/badger"
)

// Errors callers branch on.
var (
	// ErrLocked says that another process has the store open.
	ErrLocked = backend.ErrLocked
	// ErrNoStore is a read-only open where no store exists.
	ErrNoStore = backend.ErrNoStore
	// ErrNoSpace is a write that failed on a full disk.
	ErrNoSpace = backend.ErrNoSpace
)

// Cayley quad indexes of the Badger backend, for the exporters that read
// its lists directly.
var (
	IndexSP  = badger.IndexSP
	IndexOPS = badger.IndexOPS
	IndexL   = badger.IndexL
)

// layoutVersion 5 is the layout of the backend interface (per-edge
// adjacency records, compressed facts) with per-quad file counts only for
// document ids of several files, and the entities of a type listed by their
// typeof counters rather than by adjacency records of the type predicate
// (version 4 had those; a version 4 store is refused, naming both versions).
const layoutVersion = 5

// Options tune a store. The zero value is the default.
type Options struct {
	// ReadOnly opens for reading: several processes may read at once, and
	// a missing store is ErrNoStore (nothing is created).
	ReadOnly bool
	// SyncWrites makes every commit wait for fsync. Without it a commit is
	// still atomic and survives a crash of the process (SIGKILL).
	SyncWrites bool
	// GroupFraction is the share of the backend's transaction limits that
	// a group of documents may fill (default 0.5).
	GroupFraction float64
	// Scan opens the store for one pass over its quads (export): small
	// read caches, and file pages released as the scan goes (DropFilePages).
	Scan bool
	// Names are the names a query accepts beyond those stored with the
	// graph: aliases and acronyms a document need not have used (default:
	// the built-in rules', KnownNames; `unkg query --rules` adds a user's).
	Names *Names
}

// Store is a knowledge graph. It is safe for concurrent use; writes are
// serialized.
type Store struct {
	be   backend.Backend
	opts Options

	wmu       sync.Mutex // one writer
	namesSeen map[string]struct{}
}

// Open opens the store that a --db value names (a folder, "badger:DIR",
// "postgres://..."), creating it unless opts.ReadOnly.
func Open(db string, opts Options) (*Store, error) {
	be, err := backend.Open(db, backend.Options{ReadOnly: opts.ReadOnly, SyncWrites: opts.SyncWrites, Scan: opts.Scan})
	if err != nil {
		return nil, err
	}
	s, err := New(be, opts)
	if err != nil {
		be.Close()
		return nil, err
	}
	return s, nil
}

// New is a store over an open backend; closing the store closes it.
func New(be backend.Backend, opts Options) (*Store, error) {
	if opts.GroupFraction <= 0 || opts.GroupFraction > 1 {
		opts.GroupFraction = 0.5
	}
	s := &Store{be: be, opts: opts, namesSeen: map[string]struct{}{}}
	if err := s.init(); err != nil {
		return nil, fmt.Errorf("open store %s: %w", be.Location(), err)
	}
	return s, nil
}

var keyVersion = []byte("version")

func (s *Store) init() error {
	ctx := context.Background()
	want := strconv.Itoa(layoutVersion) + "/" + strconv.Itoa(QuadsVersion)
	r, err := s.be.View(ctx)
	if err != nil {
		return err
	}
	v, err := r.Get(ctx, backend.Meta, keyVersion)
	r.Close()
	switch {
	case errors.Is(err, backend.ErrNotFound):
		if s.opts.ReadOnly {
			return nil // an empty store, as a reader sees it
		}
		tx, err := s.be.Begin(ctx)
		if err != nil {
			return err
		}
		defer tx.Close()
		if err := tx.Put(backend.Meta, keyVersion, []byte(want)); err != nil {
			return err
		}
		return tx.Commit(ctx)
	case err != nil:
		return err
	case string(v) != want:
		return fmt.Errorf("store layout %s, this unkg writes %s: re-ingest into a new store", v, want)
	}
	return nil
}

// Backend is the store's backend.
func (s *Store) Backend() backend.Backend { return s.be }

// DropFilePages releases the file pages a scan of the store has mapped, on
// backends that map their files (backend.PageDropper); elsewhere it does
// nothing.
func (s *Store) DropFilePages() {
	if d, ok := s.be.(backend.PageDropper); ok {
		d.DropFilePages()
	}
}

// Dir is where the store is (a folder, or the backend's address).
func (s *Store) Dir() string { return s.be.Location() }

// QuadStore is the Cayley quad store, for Gizmo and the exporters. Do not
// write through it: use Write.
func (s *Store) QuadStore() cgraph.QuadStore { return s.be.QuadStore() }

// Size is the space the store takes, in bytes.
func (s *Store) Size(ctx context.Context) (int64, error) { return s.be.Size(ctx) }

// Compact reclaims the space of replaced and deleted data.
func (s *Store) Compact(ctx context.Context) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	return s.be.Compact(ctx)
}

// Close closes the store. Closing twice is allowed.
func (s *Store) Close() error { return s.be.Close() }

// view runs fn over a snapshot.
func (s *Store) view(ctx context.Context, fn func(backend.Reader) error) error {
	r, err := s.be.View(ctx)
	if err != nil {
		return err
	}
	defer r.Close()
	return fn(r)
}

// getInt reads a counter; a missing one is 0.
func getInt(ctx context.Context, r backend.Reader, b backend.Bucket, k []byte) (int64, error) {
	v, err := r.Get(ctx, b, k)
	if errors.Is(err, backend.ErrNotFound) {
		return 0, nil
	} else if err != nil {
		return 0, err
	}
	return backend.Int(v)
}
