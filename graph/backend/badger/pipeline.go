package badger

import (
	"bytes"
	"context"
	"sort"
	"strings"
	"sync"

	"github.com/hidal-go/hidalgo/kv/flat"

	"github.com/unkg/unkg/graph/badgerkv"
)

// Pipelined commits.
//
// Badger applies a commit on its own goroutine (write-ahead log, memtable)
// while the committing goroutine waits; and a new transaction waits until
// every earlier commit is applied before it reads. So a writer that plans
// one group of documents, commits, then plans the next keeps one core
// busy at a time. Instead, a commit opens the next write transaction first
// (its snapshot lacks this commit), sends this one with Txn.CommitWith and
// returns; the next transaction reads through an overlay of the writes in
// flight. Each commit still waits for the one before it, so a commit
// whose predecessor failed is never sent, and a caller learns that its
// documents are stored only from the wait function of its own commit.

// overlay is the writes of one transaction in flight, by flat key: made
// once, from the transaction's log of writes, when the next transaction
// first reads through it. The quad and node log entries ("log/" keys, a
// third of the writes of a new quad) are indexed apart, only when a read
// asks for one: a transaction reads them only to delete quads.
type overlay struct {
	once   sync.Once
	log    []ovWrite
	m      map[string]ovEntry // every key but the log entries
	sorted []string           // keys of m in order, made on the first scan

	logOnce   sync.Once
	logs      []ovWrite          // the log entries, until logIndex
	lm        map[string]ovEntry // the log entries by key
	sortedLog []string
}

type ovWrite struct {
	key []byte
	ovEntry
}

type ovEntry struct {
	val []byte
	del bool // a deletion
}

// logPrefix starts the flat key of every quad and node log entry
// (keyLog), and of nothing else.
const logPrefix = "log/"

func isLogKey(k string) bool { return strings.HasPrefix(k, logPrefix) }

func (o *overlay) index() map[string]ovEntry {
	o.once.Do(func() {
		o.m = make(map[string]ovEntry, len(o.log))
		for _, w := range o.log {
			if isLogKey(string(w.key)) {
				o.logs = append(o.logs, w)
				continue
			}
			o.m[string(w.key)] = w.ovEntry
		}
		o.log = nil
	})
	return o.m
}

// logIndex is the log entries by key.
func (o *overlay) logIndex() map[string]ovEntry {
	o.index()
	o.logOnce.Do(func() {
		o.lm = make(map[string]ovEntry, len(o.logs))
		for _, w := range o.logs {
			o.lm[string(w.key)] = w.ovEntry
		}
		o.logs = nil
	})
	return o.lm
}

// lookup is the overlay's write of k, if any.
func (o *overlay) lookup(k string) (ovEntry, bool) {
	if isLogKey(k) {
		e, ok := o.logIndex()[k]
		return e, ok
	}
	e, ok := o.index()[k]
	return e, ok
}

// withPrefix returns the overlay's keys that start with pref, in order.
func (o *overlay) withPrefix(pref []byte) []string {
	m := o.index()
	if o.sorted == nil {
		o.sorted = sortedKeys(m)
	}
	p := string(pref)
	out := prefixRange(o.sorted, p)
	if strings.HasPrefix(p, logPrefix) || strings.HasPrefix(logPrefix, p) {
		if o.sortedLog == nil {
			o.sortedLog = sortedKeys(o.logIndex())
		}
		if lr := prefixRange(o.sortedLog, p); len(lr) > 0 {
			out = append(append([]string(nil), out...), lr...)
			sort.Strings(out)
		}
	}
	return out
}

func sortedKeys(m map[string]ovEntry) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// prefixRange is the keys of sorted that start with p.
func prefixRange(sorted []string, p string) []string {
	i := sort.SearchStrings(sorted, p)
	j := i
	for j < len(sorted) && strings.HasPrefix(sorted[j], p) {
		j++
	}
	return sorted[i:j]
}

// flight is a commit sent to Badger and not yet known to be applied.
type flight struct {
	ov      *overlay
	done    chan struct{}
	err     error // set before done is closed
	deleted bool  // it removed nodes: Cayley's caches must go once it lands
}

// pipeTx is a write transaction that reads its own writes, then those of
// the commit in flight before it (prev, when its snapshot was taken before
// that commit was sent), then its snapshot. Badger's transaction answers
// for its own writes and its snapshot; wroteOwn says whether the
// transaction wrote a key again that prev holds.
type pipeTx struct {
	base *badgerkv.Tx
	own  *overlay
	prev *overlay
	// The keys of own.log[:indexed], made only when a read finds a key in
	// prev: most writes come after the last such read (the records are
	// written once the group's reads are done, the quads after them).
	ownKeys map[string]struct{}
	indexed int
}

var _ flat.Tx = (*pipeTx)(nil)

// wroteOwn says whether the transaction wrote k.
func (t *pipeTx) wroteOwn(k string) bool {
	if t.ownKeys == nil {
		t.ownKeys = map[string]struct{}{}
	}
	for _, w := range t.own.log[t.indexed:] {
		t.ownKeys[string(w.key)] = struct{}{}
	}
	t.indexed = len(t.own.log)
	_, ok := t.ownKeys[k]
	return ok
}

func (t *pipeTx) Get(ctx context.Context, k flat.Key) (flat.Value, error) {
	if t.prev != nil {
		if e, ok := t.prev.lookup(string(k)); ok && !t.wroteOwn(string(k)) {
			if e.del {
				return nil, flat.ErrNotFound
			}
			return append(flat.Value{}, e.val...), nil
		}
	}
	return t.base.Get(ctx, k)
}

func (t *pipeTx) GetBatch(ctx context.Context, keys []flat.Key) ([]flat.Value, error) {
	return flat.GetBatch(ctx, t, keys)
}

// wrote logs a write; k is the transaction's own copy.
func (t *pipeTx) wrote(k flat.Key, e ovEntry) {
	t.own.log = append(t.own.log, ovWrite{key: k, ovEntry: e})
}

func (t *pipeTx) Put(k flat.Key, v flat.Value) error {
	// One copy, shared by Badger's pending writes and the log.
	buf := make([]byte, len(k)+len(v))
	copy(buf, k)
	copy(buf[len(k):], v)
	return t.putOwned(buf[:len(k):len(k)], buf[len(k):])
}

// putOwned is Put for a key and value that nobody changes afterwards.
func (t *pipeTx) putOwned(key, val []byte) error {
	if err := t.base.PutOwned(key, val); err != nil {
		return err
	}
	t.wrote(key, ovEntry{val: val})
	return nil
}

func (t *pipeTx) Del(k flat.Key) error {
	if err := t.base.Del(k); err != nil {
		return err
	}
	t.wrote(bytes.Clone(k), ovEntry{del: true})
	return nil
}

// Scan merges the snapshot's keys (with this transaction's own writes,
// which Badger's iterator includes) with the writes in flight.
func (t *pipeTx) Scan(pref flat.Key) flat.Iterator {
	it := t.base.Scan(pref)
	if t.prev == nil {
		return it
	}
	var extra []string
	for _, k := range t.prev.withPrefix(pref) {
		if !t.wroteOwn(k) {
			extra = append(extra, k)
		}
	}
	if len(extra) == 0 {
		return it
	}
	return &mergeIter{a: it, b: extra, prev: t.prev}
}

// Commit is unused: Store.commit sends the transaction (CommitWith).
func (t *pipeTx) Commit(ctx context.Context) error { return t.base.Commit(ctx) }

func (t *pipeTx) Close() error { return t.base.Close() }

// mergeIter walks two sorted key streams: the snapshot's (a) and the
// keys in flight (b), which win where both hold a key.
type mergeIter struct {
	a       flat.Iterator
	b       []string
	prev    *overlay
	started bool
	aok     bool
	fromA   bool // the current pair came from a
	fromB   bool // ... from b (both: b shadowed a's key)
	key     flat.Key
	val     flat.Value
}

func (m *mergeIter) Next(ctx context.Context) bool {
	switch {
	case !m.started:
		m.started = true
		m.aok = m.a.Next(ctx)
	default:
		if m.fromA {
			m.aok = m.a.Next(ctx)
		}
		if m.fromB {
			m.b = m.b[1:]
		}
	}
	for {
		m.fromA, m.fromB = false, false
		if len(m.b) == 0 && !m.aok {
			return false
		}
		if len(m.b) > 0 {
			bk := m.b[0]
			c := -1
			if m.aok {
				c = bytes.Compare([]byte(bk), m.a.Key())
			}
			if c <= 0 {
				e, _ := m.prev.lookup(bk) // indexed by withPrefix
				if e.del {
					m.b = m.b[1:]
					if c == 0 {
						m.aok = m.a.Next(ctx)
					}
					continue
				}
				m.fromB, m.fromA = true, c == 0
				m.key, m.val = flat.Key(bk), e.val
				return true
			}
		}
		m.fromA = true
		m.key, m.val = m.a.Key(), m.a.Val()
		return true
	}
}

func (m *mergeIter) Key() flat.Key   { return m.key }
func (m *mergeIter) Val() flat.Value { return m.val }
func (m *mergeIter) Err() error      { return m.a.Err() }
func (m *mergeIter) Close() error    { return m.a.Close() }

// oneTx is a flat.KV that hands out one prepared write transaction, so
// that hidalgo's key layout (flat.Upgrade) wraps it.
type oneTx struct{ tx flat.Tx }

func (o oneTx) Tx(bool) (flat.Tx, error) { return o.tx, nil }
func (o oneTx) Close() error             { return nil }
