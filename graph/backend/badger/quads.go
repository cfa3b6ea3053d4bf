package badger

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"sync"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// The quad write path, in Cayley's kv layout (graph/kv/indexing.go): node
// entries (value hash -> id, reference count, log entry), quad log entries,
// the index lists, and the horizon and size counters. Node ids, reference
// counts and the long index lists that many documents share are cached
// between transactions; a transaction's own changes sit in its pending set
// until it commits.

// Cayley's keys (graph/kv/indexing.go).
var (
	keyHorizon = hkv.SKey("meta", "horizon")
	keySize    = hkv.SKey("meta", "size")
)

func keyNodeVal(h graph.ValueHash) hkv.Key  { return hkv.Key{[]byte{'v', h[0], h[1]}, h[:]} }
func keyNodeRefs(h graph.ValueHash) hkv.Key { return hkv.Key{[]byte{'n', h[0], h[1]}, h[:]} }

func keyLog(id uint64) hkv.Key {
	k := make([]byte, 8)
	binary.BigEndian.PutUint64(k, id)
	return hkv.Key{[]byte("log"), k}
}

// nodeInfo is a node's id and reference count; id 0 is a node that does
// not exist (in a pending set: one the transaction removed).
type nodeInfo struct {
	id   uint64
	refs uint64
}

const (
	maxNodeCache = 4 << 20
	// Index lists of at least minCachedList bytes are cached (up to
	// maxListCache bytes): those that many documents share, which every
	// transaction would otherwise read back. While every list of the store
	// fits in maxFullLists bytes (a new store, or one whose lists were
	// loaded whole), all are cached, and a list not in the cache is known
	// not to exist: no read at all.
	minCachedList = 64
	maxListCache  = 256 << 20
	// listOverhead is about what a cached list costs beside its bytes.
	listOverhead = 80
)

// maxFullLists bounds a cache of every list (a variable for the tests).
var maxFullLists = 128 << 20

// cache is what committed transactions wrote.
type cache struct {
	mu        sync.Mutex
	nodes     map[graph.ValueHash]nodeInfo
	complete  bool // nodes holds every node of the store
	tried     bool // a full load was tried
	lists     map[string][]byte
	listBytes int
	allLists  bool        // lists holds every index list of the store
	known     *knownLists // else, when not nil: the names of the lists that may exist
}

func newCache() *cache {
	return &cache{nodes: map[graph.ValueHash]nodeInfo{}, lists: map[string][]byte{}}
}

func (c *cache) drop() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.nodes)
	clear(c.lists)
	c.listBytes = 0
	c.complete, c.tried, c.allLists = false, false, false
	c.known = nil
}

// pending is what a transaction changed.
type pending struct {
	nodes map[graph.ValueHash]nodeInfo
	lists map[string][]byte // nil: deleted
}

// newPending sizes its maps for a transaction like the last one (sizes),
// so that they do not grow and rehash write by write.
func newPending(sz txSizes) *pending {
	return &pending{nodes: make(map[graph.ValueHash]nodeInfo, sz.nodes), lists: make(map[string][]byte, sz.lists)}
}

// txSizes is how many writes, nodes and lists a transaction had.
type txSizes struct{ writes, nodes, lists int }

func (c *cache) apply(p *pending) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.nodes)+len(p.nodes) > maxNodeCache {
		clear(c.nodes)
		c.complete, c.tried = false, false
	} else {
		for h, n := range p.nodes {
			if n.id == 0 {
				delete(c.nodes, h)
			} else {
				c.nodes[h] = n
			}
		}
	}
	for k, v := range p.lists {
		if old, ok := c.lists[k]; ok {
			c.listBytes -= len(old) + len(k) + listOverhead
		}
		if len(v) > 0 {
			c.noteList(k)
		}
		if len(v) >= minCachedList || (c.allLists && len(v) > 0) {
			c.lists[k] = v
			c.listBytes += len(v) + len(k) + listOverhead
		} else {
			delete(c.lists, k)
		}
	}
	if c.allLists && c.listBytes > maxFullLists {
		// Too many to keep them all: keep the long ones, and the names.
		c.stopCachingAll()
	}
	if c.listBytes > maxListCache {
		clear(c.lists)
		c.listBytes = 0
	}
}

func listName(k hkv.Key) string { return string(k[0]) + "\x00" + string(k[1]) }

// loadNodes fills the node cache with every node of the store, when they
// fit, so that adding quads needs no lookups for nodes.
func (t *writeTx) loadNodes(ctx context.Context) error {
	c := t.s.cache
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.tried {
		return nil
	}
	c.tried = true
	// The scans below see this transaction's own writes: the cache is
	// right only if it commits (Close drops it otherwise).
	t.loaded = true
	clear(c.nodes)
	refs := map[graph.ValueHash]uint64{}
	for _, b := range []byte{'v', 'n'} {
		it := t.tx.Scan(hkv.Key{[]byte{b}})
		for it.Next(ctx) {
			k := it.Key()
			if len(k) != 2 || len(k[0]) != 3 || len(k[1]) != quad.HashSize {
				continue
			}
			var h graph.ValueHash
			copy(h[:], k[1])
			x, n := binary.Uvarint(it.Val())
			if n <= 0 {
				it.Close()
				clear(c.nodes)
				return fmt.Errorf("bad node entry %x", k[1])
			}
			if b == 'v' {
				c.nodes[h] = nodeInfo{id: x}
				if len(c.nodes) > maxNodeCache {
					it.Close()
					clear(c.nodes)
					return nil // too many: look nodes up
				}
			} else {
				refs[h] = x
			}
		}
		if err := it.Close(); err != nil {
			clear(c.nodes)
			return err
		}
	}
	for h, n := range c.nodes {
		n.refs = refs[h]
		c.nodes[h] = n
	}
	c.complete = true
	return t.loadLists(ctx)
}

// loadLists fills the list cache with every index list of the store, when
// they fit, else with the long ones and the names of all. The caller holds
// the cache's lock.
func (t *writeTx) loadLists(ctx context.Context) error {
	c := t.s.cache
	clear(c.lists)
	c.listBytes = 0
	c.allLists, c.known = true, nil
	for _, ind := range Indexes {
		bucket := ind.KeyFor(&proto.Primitive{})[:1]
		it := t.tx.Scan(bucket)
		for it.Next(ctx) {
			k := it.Key()
			if len(k) != 2 || !bytes.Equal(k[0], bucket[0]) {
				continue
			}
			name := listName(k)
			if !c.allLists {
				c.noteList(name)
				if len(it.Val()) < minCachedList || c.listBytes > maxListCache {
					continue
				}
			}
			c.lists[name] = append([]byte(nil), it.Val()...)
			c.listBytes += len(it.Val()) + len(name) + listOverhead
			if c.allLists && c.listBytes > maxFullLists {
				c.stopCachingAll() // too many: the long ones, and the names
			}
		}
		if err := it.Close(); err != nil {
			clear(c.lists)
			c.listBytes = 0
			c.allLists, c.known = false, nil
			return err
		}
	}
	return nil
}

// resolve returns the state of the nodes with hashes hs as this
// transaction sees them (id 0: no such node).
func (t *writeTx) resolve(ctx context.Context, hs []graph.ValueHash) (map[graph.ValueHash]nodeInfo, error) {
	out := make(map[graph.ValueHash]nodeInfo, len(hs))
	var missing []graph.ValueHash
	c := t.s.cache
	c.mu.Lock()
	for _, h := range hs {
		if _, ok := out[h]; ok {
			continue
		}
		if n, ok := t.pend.nodes[h]; ok {
			out[h] = n
		} else if n, ok := c.nodes[h]; ok {
			out[h] = n
		} else if c.complete {
			out[h] = nodeInfo{}
		} else {
			out[h] = nodeInfo{}
			missing = append(missing, h)
		}
	}
	c.mu.Unlock()
	if len(missing) == 0 {
		return out, nil
	}
	keys := make([]hkv.Key, 0, 2*len(missing))
	for _, h := range missing {
		keys = append(keys, keyNodeVal(h), keyNodeRefs(h))
	}
	vals, err := t.tx.GetBatch(ctx, keys)
	if err != nil {
		return nil, wrapErr(err)
	}
	for i, h := range missing {
		if v := vals[2*i]; len(v) > 0 {
			id, _ := binary.Uvarint(v)
			refs, _ := binary.Uvarint(vals[2*i+1])
			out[h] = nodeInfo{id: id, refs: refs}
		}
	}
	return out, nil
}

// list returns an index list as this transaction sees it.
func (t *writeTx) list(ctx context.Context, k hkv.Key) ([]byte, error) {
	return t.listNamed(ctx, listName(k), k)
}

// listNamed is list for a key whose listName is known.
func (t *writeTx) listNamed(ctx context.Context, name string, k hkv.Key) ([]byte, error) {
	if v, ok := t.pend.lists[name]; ok {
		return v, nil
	}
	c := t.s.cache
	c.mu.Lock()
	v, ok := c.lists[name]
	absent := !ok && c.knownAbsent(name)
	c.mu.Unlock()
	if ok || absent {
		return v, nil
	}
	v, err := t.tx.Get(ctx, k)
	if err != nil && err != hkv.ErrNotFound {
		return nil, wrapErr(err)
	}
	return v, nil
}

func (t *writeTx) putList(k hkv.Key, v []byte) error {
	return t.putListNamed(listName(k), k, v)
}

func (t *writeTx) putListNamed(name string, k hkv.Key, v []byte) error {
	t.pend.lists[name] = v
	if len(v) == 0 {
		return t.del(k)
	}
	return t.put(k, v)
}

func (t *writeTx) putNode(h graph.ValueHash, n nodeInfo) error {
	t.pend.nodes[h] = n
	return t.put(keyNodeRefs(h), binary.AppendUvarint(nil, n.refs))
}

func (t *writeTx) metaLE(ctx context.Context, k hkv.Key) (int64, error) {
	v, err := t.tx.Get(ctx, k)
	if err == hkv.ErrNotFound {
		return 0, nil
	} else if err != nil {
		return 0, wrapErr(err)
	}
	if len(v) != 8 {
		return 0, fmt.Errorf("bad counter %q", k)
	}
	return int64(binary.LittleEndian.Uint64(v)), nil
}

func (t *writeTx) putMetaLE(k hkv.Key, v int64) error {
	return t.put(k, binary.LittleEndian.AppendUint64(nil, uint64(v)))
}

// AddQuads writes quads that the graph does not have.
func (t *writeTx) AddQuads(ctx context.Context, quads []quad.Quad) error {
	if len(quads) == 0 {
		return nil
	}
	t.bytes += 256 * int64(len(quads))
	if err := t.loadNodes(ctx); err != nil {
		return err
	}
	type node struct {
		v   quad.Value
		h   graph.ValueHash
		inc uint64
		id  uint64
	}
	byVal := make(map[quad.Value]*node, len(quads))
	var order []*node
	quadNodes := make([][4]*node, len(quads)) // by quad.Directions
	for i, q := range quads {
		for j, d := range quad.Directions {
			v := q.Get(d)
			if v == nil {
				continue
			}
			n := byVal[v]
			if n == nil {
				n = &node{v: v, h: graph.HashOf(v)}
				byVal[v] = n
				order = append(order, n)
			}
			n.inc++
			quadNodes[i][j] = n
		}
	}
	hs := make([]graph.ValueHash, len(order))
	for i, n := range order {
		hs[i] = n.h
	}
	state, err := t.resolve(ctx, hs)
	if err != nil {
		return err
	}
	// The counters are read before the writes, so that the reads through
	// the commit in flight come first (pipeTx.wroteOwn).
	horizon, err := t.metaLE(ctx, keyHorizon)
	if err != nil {
		return err
	}
	size, err := t.metaLE(ctx, keySize)
	if err != nil {
		return err
	}
	start := uint64(horizon)
	next := start + 1
	now := time.Now().UnixNano()
	for _, n := range order {
		ni := state[n.h]
		if ni.id == 0 {
			ni = nodeInfo{id: next}
			next++
			val, err := pquads.MarshalValue(n.v)
			if err != nil {
				return fmt.Errorf("node %v: %w", n.v, err)
			}
			p := proto.Primitive{ID: ni.id, Value: val, Timestamp: now}
			buf, err := p.Marshal()
			if err != nil {
				return err
			}
			if err := t.put(keyNodeVal(n.h), binary.AppendUvarint(nil, ni.id)); err != nil {
				return err
			}
			if err := t.put(keyLog(ni.id), buf); err != nil {
				return err
			}
		}
		ni.refs += n.inc
		if err := t.putNode(n.h, ni); err != nil {
			return err
		}
		n.id = ni.id
	}
	// Quads: log entries, then the index lists.
	type list struct {
		key  hkv.Key
		name string
		ids  []uint64
		new  bool // keyed by a node this transaction made: not stored yet
	}
	// A list by its index and node ids, so that a quad's lists are found
	// without making their keys.
	type listID struct {
		ind  int
		node [3]uint64
	}
	lists := map[listID]*list{}
	var lorder []*list
	for i := range quads {
		p := proto.Primitive{ID: next, Timestamp: now}
		next++
		for j, d := range quad.Directions {
			if n := quadNodes[i][j]; n != nil {
				p.SetDirection(d, n.id)
			}
		}
		buf, err := p.Marshal()
		if err != nil {
			return err
		}
		if err := t.put(keyLog(p.ID), buf); err != nil {
			return err
		}
		for ii, ind := range Indexes {
			id := listID{ind: ii}
			for j, d := range ind.Dirs {
				id.node[j] = p.GetDirection(d)
			}
			l := lists[id]
			if l == nil {
				k := ind.KeyFor(&p)
				l = &list{key: k, name: listName(k)}
				for _, d := range ind.Dirs {
					l.new = l.new || p.GetDirection(d) > start
				}
				lists[id] = l
				lorder = append(lorder, l)
			}
			l.ids = append(l.ids, p.ID)
		}
	}
	// In the order first met: Badger's transaction keeps its writes in a
	// map (Txn.pendingWrites) and hands them to its writer in that map's
	// order, so sorting them here buys nothing. What would: sorting the
	// entries of a commit in Txn.commitAndSend, which Badger v4.9.6 does not
	// (measured with a patched copy, 10,000 files, bench-store: the
	// memtable's skiplist inserts, 23% of the ingest's CPU, cost less in key
	// order; ingest CPU 21.5 s -> 17.6 s and 16.7 -> 15.6 in two paired runs,
	// store only 14.7 -> 13.4, 14.8 -> 9.5 and 11.8 -> 8.5; the machine was
	// loaded). Cayley's loader links the same Badger and gained too (14.9 ->
	// 11.3 s CPU), so the same-run ratio need not move.
	for _, l := range lorder {
		var prev []byte
		if l.new {
			prev = t.pend.lists[l.name] // an earlier AddQuads of this transaction may have made it
		} else if prev, err = t.listNamed(ctx, l.name, l.key); err != nil {
			return err
		}
		buf := append(prev[:len(prev):len(prev)], make([]byte, 0, binary.MaxVarintLen64*len(l.ids))...)
		for _, id := range l.ids {
			buf = binary.AppendUvarint(buf, id)
		}
		if err := t.putListNamed(l.name, l.key, buf); err != nil {
			return err
		}
	}
	if err := t.putMetaLE(keyHorizon, int64(next-1)); err != nil {
		return err
	}
	return t.putMetaLE(keySize, size+int64(len(quads)))
}

// DeleteQuads removes quads from the log and the index lists, and nodes
// that no quad uses any more. Quads the graph does not hold are skipped.
func (t *writeTx) DeleteQuads(ctx context.Context, quads []quad.Quad) error {
	if len(quads) == 0 {
		return nil
	}
	t.bytes += 128 * int64(len(quads))
	var hs []graph.ValueHash
	for _, q := range quads {
		for _, d := range quad.Directions {
			if v := q.Get(d); v != nil {
				hs = append(hs, graph.HashOf(v))
			}
		}
	}
	state, err := t.resolve(ctx, hs)
	if err != nil {
		return err
	}
	size, err := t.metaLE(ctx, keySize) // before the writes (pipeTx.wroteOwn)
	if err != nil {
		return err
	}
	// Find the quads' ids through the smallest index that holds them: the
	// label's list (one document's quads), else the subject's.
	type want struct {
		q   quad.Quad
		key [4]uint64
	}
	byList := map[string][]want{}
	listKeys := map[string]hkv.Key{}
	for _, q := range quads {
		var w want
		ok := true
		for i, d := range quad.Directions {
			v := q.Get(d)
			if v == nil {
				continue
			}
			n := state[graph.HashOf(v)]
			if n.id == 0 {
				ok = false
				break
			}
			w.key[i] = n.id
		}
		if !ok {
			continue
		}
		w.q = q
		p := proto.Primitive{Subject: w.key[0], Predicate: w.key[1], Object: w.key[2], Label: w.key[3]}
		ind := IndexL
		if p.Label == 0 {
			ind = IndexSP
		}
		k := ind.KeyFor(&p)
		name := listName(k)
		listKeys[name] = k
		byList[name] = append(byList[name], w)
	}
	var found []*proto.Primitive
	for name, ws := range byList {
		buf, err := t.list(ctx, listKeys[name])
		if err != nil {
			return err
		}
		ids, err := decodeList(buf)
		if err != nil {
			return fmt.Errorf("index list: %w", err)
		}
		keys := make([]hkv.Key, len(ids))
		for i, id := range ids {
			keys[i] = keyLog(id)
		}
		vals, err := t.tx.GetBatch(ctx, keys)
		if err != nil {
			return wrapErr(err)
		}
		byKey := make(map[[4]uint64]*proto.Primitive, len(ids))
		for _, v := range vals {
			if len(v) == 0 {
				continue
			}
			var p proto.Primitive
			if err := p.Unmarshal(v); err != nil {
				return fmt.Errorf("quad log entry: %w", err)
			}
			if p.Deleted {
				continue
			}
			byKey[[4]uint64{p.Subject, p.Predicate, p.Object, p.Label}] = &p
		}
		for _, w := range ws {
			if p := byKey[w.key]; p != nil {
				found = append(found, p)
				delete(byKey, w.key)
			}
		}
	}
	if len(found) == 0 {
		return nil
	}
	// Log entries and index lists.
	drop := map[string]map[uint64]bool{}
	for _, p := range found {
		if err := t.del(keyLog(p.ID)); err != nil {
			return err
		}
		for _, ind := range Indexes {
			k := ind.KeyFor(p)
			name := listName(k)
			listKeys[name] = k
			if drop[name] == nil {
				drop[name] = map[uint64]bool{}
			}
			drop[name][p.ID] = true
		}
	}
	for name, ids := range drop {
		buf, err := t.list(ctx, listKeys[name])
		if err != nil {
			return err
		}
		have, err := decodeList(buf)
		if err != nil {
			return fmt.Errorf("index list: %w", err)
		}
		var out []byte
		for _, id := range have {
			if !ids[id] {
				out = binary.AppendUvarint(out, id)
			}
		}
		if err := t.putList(listKeys[name], out); err != nil {
			return err
		}
	}
	// Nodes.
	dec := map[uint64]uint64{}
	for _, p := range found {
		for _, id := range []uint64{p.Subject, p.Predicate, p.Object, p.Label} {
			if id != 0 {
				dec[id]++
			}
		}
	}
	for h, n := range state {
		d := dec[n.id]
		if n.id == 0 || d == 0 {
			continue
		}
		delete(dec, n.id) // a hash resolves once
		if n.refs <= d {
			t.deleted = true
			t.pend.nodes[h] = nodeInfo{}
			for _, k := range []hkv.Key{keyNodeVal(h), keyNodeRefs(h), keyLog(n.id)} {
				if err := t.del(k); err != nil {
					return err
				}
			}
			continue
		}
		if err := t.putNode(h, nodeInfo{id: n.id, refs: n.refs - d}); err != nil {
			return err
		}
	}
	return t.putMetaLE(keySize, size-int64(len(found)))
}

func decodeList(b []byte) ([]uint64, error) {
	var out []uint64
	for len(b) > 0 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return out, fmt.Errorf("bad varint in index list")
		}
		out = append(out, v)
		b = b[n:]
	}
	return out, nil
}
