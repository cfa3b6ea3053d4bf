package graph

import (
	"context"
	"encoding/binary"
	"fmt"
	"sort"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// The write path for new quads.
//
// Cayley's ApplyDeltas checks every added quad for a duplicate (a lookup of
// the index lists of its subject, object and label, and of the quad log),
// keeps a bloom filter of 100 million entries to avoid some of those
// lookups, and resolves every node from disk. The store does not need the
// check: it adds only quads that its records say the label does not have
// yet (the quads of a label are exactly those of its stored files, kept in
// the same transactions). So addQuads writes Cayley's kv layout directly,
// as graph/kv/indexing.go does: node entries (value hash -> id, reference
// count, log entry), quad log entries, the index lists, and the horizon
// and size counters. Node ids and reference counts are cached between
// transactions. Deletions still go through Cayley's ApplyDeltas, after
// which the cache is dropped; so is it after a failed transaction.

// Cayley's keys (graph/kv/indexing.go).
var (
	keyHorizon = hkv.SKey("meta", "horizon")
	keySize    = hkv.SKey("meta", "size")
)

func keyNodeVal(h graph.ValueHash) hkv.Key {
	return hkv.Key{[]byte{'v', h[0], h[1]}, h[:]}
}

func keyNodeRefs(h graph.ValueHash) hkv.Key {
	return hkv.Key{[]byte{'n', h[0], h[1]}, h[:]}
}

func keyLog(id uint64) hkv.Key {
	k := make([]byte, 8)
	binary.BigEndian.PutUint64(k, id)
	return hkv.Key{[]byte("log"), k}
}

func uvarint(x uint64) []byte {
	return binary.AppendUvarint(nil, x)
}

// getMetaLE reads one of Cayley's metadata numbers (little-endian); a missing key is 0.
func getMetaLE(ctx context.Context, tx hkv.Tx, k hkv.Key) (int64, error) {
	return getUint64(ctx, tx, k, binary.LittleEndian)
}

func putMetaLE(tx hkv.Tx, k hkv.Key, v int64) error {
	b := make([]byte, 8)
	binary.LittleEndian.PutUint64(b, uint64(v))
	return tx.Put(k, b)
}

// nodeInfo is a node's id and reference count as committed.
type nodeInfo struct {
	id   uint64
	refs uint64
}

const maxNodeCache = 4 << 20

// addQuads writes quads that the graph does not have into tx, and returns
// the node states to cache once tx commits.
func (s *Store) addQuads(ctx context.Context, tx hkv.Tx, quads []quad.Quad) (*committed, error) {
	type node struct {
		v    quad.Value
		h    graph.ValueHash
		inc  uint64
		id   uint64
		refs uint64
	}
	byVal := make(map[quad.Value]*node, len(quads))
	var order []*node
	for _, q := range quads {
		for _, d := range quad.Directions {
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
		}
	}
	// Resolve nodes: the cache, then the store (unless the cache holds
	// every node, when a node it does not know is new).
	if !s.nodesComplete {
		if err := s.loadNodes(ctx, tx); err != nil {
			return nil, err
		}
	}
	var missing []*node
	for _, n := range order {
		if ni, ok := s.nodes[n.h]; ok {
			n.id, n.refs = ni.id, ni.refs
		} else if !s.nodesComplete {
			missing = append(missing, n)
		}
	}
	if len(missing) > 0 {
		keys := make([]hkv.Key, 0, 2*len(missing))
		for _, n := range missing {
			keys = append(keys, keyNodeVal(n.h), keyNodeRefs(n.h))
		}
		vals, err := tx.GetBatch(ctx, keys)
		if err != nil {
			return nil, err
		}
		for i, n := range missing {
			if v := vals[2*i]; len(v) > 0 {
				n.id, _ = binary.Uvarint(v)
				n.refs, _ = binary.Uvarint(vals[2*i+1])
			}
		}
	}
	horizon, err := getMetaLE(ctx, tx, keyHorizon)
	if err != nil {
		return nil, err
	}
	start := uint64(horizon)
	next := start + 1
	now := time.Now().UnixNano()
	for _, n := range order {
		if n.id == 0 {
			n.id = next
			next++
			val, err := pquads.MarshalValue(n.v)
			if err != nil {
				return nil, fmt.Errorf("node %v: %w", n.v, err)
			}
			p := proto.Primitive{ID: n.id, Value: val, Timestamp: now}
			buf, err := p.Marshal()
			if err != nil {
				return nil, err
			}
			if err := tx.Put(keyNodeVal(n.h), uvarint(n.id)); err != nil {
				return nil, err
			}
			if err := tx.Put(keyLog(n.id), buf); err != nil {
				return nil, err
			}
		}
		n.refs += n.inc
		if err := tx.Put(keyNodeRefs(n.h), uvarint(n.refs)); err != nil {
			return nil, err
		}
	}
	// Quads: log entries, then the index lists.
	type list struct {
		key hkv.Key
		ids []uint64
		new bool
	}
	lists := map[string]*list{}
	for _, q := range quads {
		p := proto.Primitive{ID: next, Timestamp: now}
		next++
		for _, d := range quad.Directions {
			if v := q.Get(d); v != nil {
				p.SetDirection(d, byVal[v].id)
			}
		}
		buf, err := p.Marshal()
		if err != nil {
			return nil, err
		}
		if err := tx.Put(keyLog(p.ID), buf); err != nil {
			return nil, err
		}
		for _, ind := range Indexes {
			k := ind.KeyFor(&p)
			ks := string(k[0]) + "\x00" + string(k[1])
			l := lists[ks]
			if l == nil {
				// A key with a node created now cannot exist yet.
				isNew := false
				for _, d := range ind.Dirs {
					if p.GetDirection(d) > start {
						isNew = true
					}
				}
				l = &list{key: k, new: isNew}
				lists[ks] = l
			}
			l.ids = append(l.ids, p.ID)
		}
	}
	var old []*list
	names := make([]string, 0, len(lists))
	prevOf := make(map[*list][]byte, len(lists))
	for k, l := range lists {
		names = append(names, k)
		if l.new {
			continue
		}
		if v, ok := s.lists[k]; ok {
			prevOf[l] = v
		} else {
			old = append(old, l)
		}
	}
	var prev []hkv.Value
	if len(old) > 0 {
		keys := make([]hkv.Key, len(old))
		for i, l := range old {
			keys[i] = l.key
		}
		if prev, err = tx.GetBatch(ctx, keys); err != nil {
			return nil, err
		}
	}
	for i, l := range old {
		prevOf[l] = prev[i]
	}
	sort.Strings(names)
	newLists := map[string][]byte{}
	for _, k := range names {
		l := lists[k]
		buf := prevOf[l]
		buf = append(buf[:len(buf):len(buf)], make([]byte, 0, binary.MaxVarintLen64*len(l.ids))...)
		for _, id := range l.ids {
			buf = binary.AppendUvarint(buf, id)
		}
		if err := tx.Put(l.key, buf); err != nil {
			return nil, err
		}
		if len(buf) >= minCachedList {
			newLists[k] = buf
		}
	}
	if err := putMetaLE(tx, keyHorizon, int64(next-1)); err != nil {
		return nil, err
	}
	size, err := getMetaLE(ctx, tx, keySize)
	if err != nil {
		return nil, err
	}
	if err := putMetaLE(tx, keySize, size+int64(len(quads))); err != nil {
		return nil, err
	}
	out := &committed{nodes: make(map[graph.ValueHash]nodeInfo, len(order)), lists: newLists}
	for _, n := range order {
		out.nodes[n.h] = nodeInfo{id: n.id, refs: n.refs}
	}
	return out, nil
}

// committed is what addQuads wrote, for the caches once it is committed.
type committed struct {
	nodes map[graph.ValueHash]nodeInfo
	lists map[string][]byte
}

// Index lists of at least minCachedList bytes are kept in memory (up to
// maxListCache bytes): those many documents share, which every transaction
// would otherwise read back.
const (
	minCachedList = 64
	maxListCache  = 256 << 20
)

// remember updates the caches with what a committed transaction wrote.
func (s *Store) remember(c *committed) {
	if c == nil {
		return
	}
	if len(s.nodes)+len(c.nodes) > maxNodeCache {
		s.dropNodes()
		return
	}
	for h, n := range c.nodes {
		s.nodes[h] = n
	}
	for k, v := range c.lists {
		s.listBytes += len(v) - len(s.lists[k])
		s.lists[k] = v
	}
	if s.listBytes > maxListCache {
		clear(s.lists)
		s.listBytes = 0
	}
}

// loadNodes fills the node cache with every node of the store, when they
// fit, so that addQuads needs no lookups for nodes.
func (s *Store) loadNodes(ctx context.Context, tx hkv.Tx) error {
	if s.nodesTried {
		return nil
	}
	s.nodesTried = true
	clear(s.nodes)
	refs := map[graph.ValueHash]uint64{}
	for _, b := range []byte{'v', 'n'} {
		it := tx.Scan(hkv.Key{[]byte{b}})
		for it.Next(ctx) {
			k := it.Key()
			if len(k) != 2 || len(k[0]) != 3 || len(k[1]) != quad.HashSize {
				continue
			}
			var h graph.ValueHash
			copy(h[:], k[1])
			x, _ := binary.Uvarint(it.Val())
			if b == 'v' {
				s.nodes[h] = nodeInfo{id: x}
				if len(s.nodes) > maxNodeCache {
					it.Close()
					clear(s.nodes)
					return nil // too many: look nodes up
				}
			} else {
				refs[h] = x
			}
		}
		if err := it.Close(); err != nil {
			clear(s.nodes)
			return err
		}
	}
	for h, n := range s.nodes {
		n.refs = refs[h]
		s.nodes[h] = n
	}
	s.nodesComplete = true
	return nil
}
