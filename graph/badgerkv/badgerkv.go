// Package badgerkv adapts Badger v4 to hidalgo's flat key-value interface,
// so that Cayley's kv quad store can keep its graph in Badger v4.
//
// Cayley v0.7.7 links Badger v1 for its own "badger" backend; this package
// registers a separate backend, "badger4", in both hidalgo's flat registry and
// Cayley's graph/kv registry.
package badgerkv

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/dgraph-io/badger/v4"
	"github.com/hidal-go/hidalgo/base"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
)

// Name is the backend name in hidalgo's flat registry and in Cayley's.
const Name = "badger4"

// ErrLocked says that another process holds the store's directory lock.
var ErrLocked = errors.New("store is in use by another process")

func init() {
	flat.Register(flat.Registration{
		Registration: base.Registration{Name: Name, Title: "Badger v4", Local: true},
		OpenPath:     OpenPath,
	})
	open := func(path string, _ graph.Options) (hkv.KV, error) {
		db, err := OpenPath(path)
		if err != nil {
			return nil, err
		}
		return flat.Upgrade(db), nil
	}
	ckv.Register(Name, ckv.Registration{NewFunc: open, InitFunc: open, IsPersistent: true})
}

var _ flat.KV = (*DB)(nil)

// DefaultOptions are the Badger options OpenPath uses: Badger's defaults
// without its logger chatter.
func DefaultOptions(dir string) badger.Options {
	return badger.DefaultOptions(dir).WithLogger(nil)
}

// OpenPath opens (creating if needed) a Badger v4 database in dir.
func OpenPath(dir string) (flat.KV, error) {
	return Open(DefaultOptions(dir))
}

// Open opens a Badger v4 database with the given options. When another
// process holds the directory lock the error wraps ErrLocked.
func Open(opt badger.Options) (*DB, error) {
	if opt.ValueDir == "" {
		opt.ValueDir = opt.Dir
	}
	db, err := badger.Open(opt)
	if err != nil {
		if strings.Contains(err.Error(), "Cannot acquire directory lock") {
			return nil, fmt.Errorf("open %s: %w (%v)", opt.Dir, ErrLocked, err)
		}
		return nil, fmt.Errorf("open %s: %w", opt.Dir, err)
	}
	return New(db), nil
}

// New wraps an open Badger database. Closing the result closes db.
func New(db *badger.DB) *DB {
	return &DB{db: db}
}

// DB is a flat.KV over a Badger v4 database.
type DB struct {
	db     *badger.DB
	mu     sync.Mutex
	closed bool
}

// Badger returns the underlying database.
func (db *DB) Badger() *badger.DB { return db.db }

// MaxBatchCount is the number of writes Badger accepts in one transaction.
func (db *DB) MaxBatchCount() int64 { return db.db.MaxBatchCount() }

// MaxBatchSize is the number of bytes Badger accepts in one transaction.
func (db *DB) MaxBatchSize() int64 { return db.db.MaxBatchSize() }

// Close closes the database; closing twice is allowed.
func (db *DB) Close() error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return nil
	}
	db.closed = true
	return db.db.Close()
}

// Tx starts a transaction; rw makes it writable.
func (db *DB) Tx(rw bool) (flat.Tx, error) {
	return &Tx{tx: db.db.NewTransaction(rw), rw: rw}, nil
}

// Tx is a Badger transaction. Iterators still open when it is closed or
// committed are closed first, as Badger requires.
type Tx struct {
	tx    *badger.Txn
	rw    bool
	done  bool
	iters []*Iterator
}

func (tx *Tx) closeIters() {
	for _, it := range tx.iters {
		it.close()
	}
	tx.iters = nil
}

// Commit writes the transaction. It is an error to use tx afterwards.
func (tx *Tx) Commit(ctx context.Context) error {
	if tx.done {
		return errors.New("badgerkv: commit of a closed transaction")
	}
	tx.closeIters()
	tx.done = true
	if err := ctx.Err(); err != nil {
		tx.tx.Discard()
		return err
	}
	return tx.tx.Commit()
}

// CommitWith sends the transaction to Badger's writer and returns at once;
// cb gets the outcome when the writes are applied (or refused). It is an
// error to use tx afterwards.
func (tx *Tx) CommitWith(cb func(error)) {
	if tx.done {
		cb(errors.New("badgerkv: commit of a closed transaction"))
		return
	}
	tx.closeIters()
	tx.done = true
	tx.tx.CommitWith(cb)
}

// Close discards the transaction if it was not committed.
func (tx *Tx) Close() error {
	tx.closeIters()
	if !tx.done {
		tx.done = true
		tx.tx.Discard()
	}
	return nil
}

// Get returns a copy of the value of key, or flat.ErrNotFound.
func (tx *Tx) Get(ctx context.Context, key flat.Key) (flat.Value, error) {
	if len(key) == 0 {
		return nil, flat.ErrNotFound
	}
	item, err := tx.tx.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, flat.ErrNotFound
	} else if err != nil {
		return nil, err
	}
	v, err := item.ValueCopy(nil)
	if err != nil {
		return nil, err
	}
	if v == nil {
		v = flat.Value{}
	}
	return v, nil
}

// GetBatch returns the values of keys, nil where a key does not exist.
func (tx *Tx) GetBatch(ctx context.Context, keys []flat.Key) ([]flat.Value, error) {
	return flat.GetBatch(ctx, tx, keys)
}

// Put sets key to val. Both are copied: the caller may reuse them.
func (tx *Tx) Put(k flat.Key, v flat.Value) error {
	if !tx.rw {
		return flat.ErrReadOnly
	}
	k2 := make([]byte, len(k)+len(v))
	copy(k2, k)
	copy(k2[len(k):], v)
	return tx.tx.Set(k2[:len(k):len(k)], k2[len(k):])
}

// PutOwned is Put for a key and value that the caller never changes
// again: they are not copied.
func (tx *Tx) PutOwned(k, v []byte) error {
	if !tx.rw {
		return flat.ErrReadOnly
	}
	return tx.tx.Set(k, v)
}

// Del deletes key.
func (tx *Tx) Del(k flat.Key) error {
	if !tx.rw {
		return flat.ErrReadOnly
	}
	return tx.tx.Delete(append([]byte(nil), k...))
}

// Scan iterates over the keys that start with pref, in order.
func (tx *Tx) Scan(pref flat.Key) flat.Iterator {
	opt := badger.DefaultIteratorOptions
	opt.Prefix = append([]byte(nil), pref...)
	it := &Iterator{it: tx.tx.NewIterator(opt), pref: opt.Prefix, first: true}
	tx.iters = append(tx.iters, it)
	return it
}

// Iterator walks a prefix of the key space. Key and Val are copies that stay
// valid until the next call to Next.
type Iterator struct {
	it     *badger.Iterator
	pref   []byte
	first  bool
	closed bool
	key    []byte
	val    []byte
	err    error
}

// Next moves to the next key; it returns false at the end or on error.
func (it *Iterator) Next(ctx context.Context) bool {
	if it.closed || it.err != nil {
		return false
	}
	if err := ctx.Err(); err != nil {
		it.err = err
		return false
	}
	if it.first {
		it.first = false
		it.it.Seek(it.pref)
	} else {
		it.it.Next()
	}
	if !it.it.ValidForPrefix(it.pref) {
		return false
	}
	item := it.it.Item()
	it.key = item.KeyCopy(it.key[:0])
	v, err := item.ValueCopy(it.val[:0])
	if err != nil {
		it.err = err
		return false
	}
	it.val = v
	return true
}

// Err is the error that ended the iteration, if any.
func (it *Iterator) Err() error { return it.err }

func (it *Iterator) close() {
	if !it.closed {
		it.closed = true
		it.it.Close()
	}
}

// Close releases the iterator; closing twice is allowed.
func (it *Iterator) Close() error {
	it.close()
	return it.err
}

// Key is the current key.
func (it *Iterator) Key() flat.Key { return it.key }

// Val is the current value.
func (it *Iterator) Val() flat.Value { return it.val }
