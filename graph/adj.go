package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// Adjacency records.
//
// Cayley's quad indexes hold quad ids: to know a quad's other nodes and its
// label a reader must load the quad's log entry, then each node's, about
// 10 µs per row; an organization that attended a thousand meetings costs
// tens of milliseconds. So for the predicates that the named queries follow
// the store keeps its own summary of each node's edges, one record per
// (node, predicate, direction):
//
//	unkg/adj/DIR+PREDICATE/NODE -> the node's neighbours in that direction,
//	                               sorted, each with the sorted documents
//	                               (labels) that state the edge
//
// DIR is 'f' (NODE is the subject, the neighbours objects) or 'r' (NODE is
// the object, the neighbours subjects). NODE and the neighbours are the
// values' text (an IRI without brackets, a string without quotes or
// language). A query reads one record per step instead of a list of quads.
//
// The records are written in the same transaction as the quads they
// summarize, from the exact quads that the transaction adds and removes, so
// they stay exact through replaces and removals; Verify checks them against
// the stored facts.

// adjDirs says which records each followed predicate has: forward
// (subject -> objects) and reverse (object -> subjects).
var adjDirs = map[quad.IRI]struct{ fwd, rev bool }{
	PredAttended:   {fwd: true, rev: true},  // meetings, attendees
	PredDescribes:  {fwd: false, rev: true}, // trace: a meeting's documents
	PredReferences: {fwd: true, rev: false}, // trace
	PredCites:      {fwd: true, rev: false}, // trace
	PredPresidedBy: {fwd: false, rev: true}, // presidencies
	PredDate:       {fwd: true, rev: true},  // trace: a document's date; attendees: a date's meetings
	PredTitle:      {fwd: true, rev: false}, // trace
}

func keyAdj(dir byte, pred quad.IRI, node string) hkv.Key {
	return hkv.Key{[]byte("unkg"), []byte("adj"), append([]byte{dir}, pred...), []byte(node)}
}

var keyAdjPrefix = hkv.Key{[]byte("unkg"), []byte("adj"), {}}

// adjEntry is one neighbour and the documents that state the edge.
type adjEntry struct {
	n      string
	labels []string
}

func encodeAdj(es []adjEntry) []byte {
	size := binary.MaxVarintLen64
	for _, e := range es {
		size += 2*binary.MaxVarintLen64 + len(e.n)
		for _, l := range e.labels {
			size += binary.MaxVarintLen64 + len(l)
		}
	}
	b := make([]byte, 0, size)
	b = binary.AppendUvarint(b, uint64(len(es)))
	for _, e := range es {
		b = binary.AppendUvarint(b, uint64(len(e.n)))
		b = append(b, e.n...)
		b = binary.AppendUvarint(b, uint64(len(e.labels)))
		for _, l := range e.labels {
			b = binary.AppendUvarint(b, uint64(len(l)))
			b = append(b, l...)
		}
	}
	return b
}

var errBadAdj = errors.New("bad adjacency record")

// decodeAdj decodes a record. Labels equal to the previous entry's label at
// the same position share its string, which saves allocations on records
// where many neighbours have the same documents.
func decodeAdj(b []byte) ([]adjEntry, error) {
	if len(b) == 0 {
		return nil, nil
	}
	str := func() (string, bool) {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return "", false
		}
		s := string(b[k : k+int(n)])
		b = b[k+int(n):]
		return s, true
	}
	cnt, k := binary.Uvarint(b)
	if k <= 0 || cnt > uint64(len(b)) {
		return nil, errBadAdj
	}
	b = b[k:]
	es := make([]adjEntry, cnt)
	for i := range es {
		var ok bool
		if es[i].n, ok = str(); !ok {
			return nil, errBadAdj
		}
		nl, k := binary.Uvarint(b)
		if k <= 0 || nl > uint64(len(b)) {
			return nil, errBadAdj
		}
		b = b[k:]
		es[i].labels = make([]string, nl)
		for j := range es[i].labels {
			if es[i].labels[j], ok = str(); !ok {
				return nil, errBadAdj
			}
		}
	}
	if len(b) != 0 {
		return nil, errBadAdj
	}
	return es, nil
}

// adjPair is one edge of a record: a neighbour and a document.
type adjPair struct{ n, l string }

// adjDelta is what a transaction changes in one record.
type adjDelta struct {
	key       hkv.Key
	add, del  map[adjPair]struct{}
	dir       byte
	pred      quad.IRI
	node      string
	committed []byte // the record as written, for the cache
}

// adjChanges collects the record changes of a set of added and deleted quads.
type adjChanges map[string]*adjDelta

func (c adjChanges) quad(q quad.Quad, add bool) {
	p, ok := q.Predicate.(quad.IRI)
	if !ok {
		return
	}
	dirs, ok := adjDirs[p]
	if !ok {
		return
	}
	s, o, l := valueText(q.Subject), valueText(q.Object), valueText(q.Label)
	if dirs.fwd {
		c.edge('f', p, s, adjPair{o, l}, add)
	}
	if dirs.rev {
		c.edge('r', p, o, adjPair{s, l}, add)
	}
}

func (c adjChanges) edge(dir byte, p quad.IRI, node string, e adjPair, add bool) {
	k := string(dir) + string(p) + "\x00" + node
	d := c[k]
	if d == nil {
		d = &adjDelta{dir: dir, pred: p, node: node}
		c[k] = d
	}
	m := &d.del
	if add {
		m = &d.add
	}
	if *m == nil {
		*m = map[adjPair]struct{}{}
	}
	(*m)[e] = struct{}{}
}

// apply changes a decoded record: deletions first, then additions (a quad
// both removed and added in one transaction stays).
func (d *adjDelta) apply(es []adjEntry) []adjEntry {
	idx := make(map[string]int, len(es))
	for i, e := range es {
		idx[e.n] = i
	}
	for p := range d.del {
		i, ok := idx[p.n]
		if !ok {
			continue
		}
		ls := es[i].labels
		if j, ok := slices.BinarySearch(ls, p.l); ok {
			es[i].labels = slices.Delete(slices.Clone(ls), j, j+1)
		}
	}
	grown := false
	for p := range d.add {
		i, ok := idx[p.n]
		if !ok {
			es = append(es, adjEntry{n: p.n})
			i = len(es) - 1
			idx[p.n] = i
			grown = true
		}
		ls := es[i].labels
		if j, ok := slices.BinarySearch(ls, p.l); !ok {
			es[i].labels = slices.Insert(slices.Clip(ls), j, p.l)
		}
	}
	out := es[:0]
	for _, e := range es {
		if len(e.labels) > 0 {
			out = append(out, e)
		}
	}
	if grown {
		sort.Slice(out, func(i, j int) bool { return out[i].n < out[j].n })
	}
	return out
}

// writeAdj applies the changes of a transaction to the records in tx.
// Records come from the cache of committed records when it has them.
func (s *Store) writeAdj(ctx context.Context, tx hkv.Tx, c adjChanges) error {
	if len(c) == 0 {
		return nil
	}
	names := make([]string, 0, len(c))
	for k := range c {
		names = append(names, k)
	}
	sort.Strings(names)
	var keys []hkv.Key
	var need []*adjDelta
	prev := make(map[*adjDelta][]byte, len(c))
	for _, k := range names {
		d := c[k]
		d.key = keyAdj(d.dir, d.pred, d.node)
		if v, ok := s.adjCache[k]; ok {
			prev[d] = v
			continue
		}
		keys = append(keys, d.key)
		need = append(need, d)
	}
	if len(keys) > 0 {
		vals, err := tx.GetBatch(ctx, keys)
		if err != nil {
			return err
		}
		for i, d := range need {
			prev[d] = vals[i]
		}
	}
	for _, k := range names {
		d := c[k]
		old := prev[d]
		es, err := decodeAdj(old)
		if err != nil {
			return fmt.Errorf("%s %s %s: %w", string(d.dir), d.pred, d.node, err)
		}
		es = d.apply(es)
		if len(es) == 0 {
			if len(old) > 0 {
				if err := tx.Del(d.key); err != nil {
					return err
				}
			}
			d.committed = []byte{}
			continue
		}
		b := encodeAdj(es)
		if bytes.Equal(b, old) {
			d.committed = old
			continue
		}
		if err := tx.Put(d.key, b); err != nil {
			return err
		}
		d.committed = b
	}
	return nil
}

// Records of at least minCachedAdj bytes stay in memory between
// transactions (up to maxAdjCache bytes): those of the nodes many documents
// share, which every transaction would otherwise read back.
const (
	minCachedAdj = 1024
	maxAdjCache  = 256 << 20
)

// rememberAdj caches the records a committed transaction wrote.
func (s *Store) rememberAdj(c adjChanges) {
	for k, d := range c {
		if d.committed == nil {
			continue
		}
		if len(d.committed) < minCachedAdj {
			if old, ok := s.adjCache[k]; ok {
				s.adjBytes -= len(old)
				delete(s.adjCache, k)
			}
			continue
		}
		s.adjBytes += len(d.committed) - len(s.adjCache[k])
		s.adjCache[k] = d.committed
	}
	if s.adjBytes > maxAdjCache {
		clear(s.adjCache)
		s.adjBytes = 0
	}
}

// adj reads one record.
func (r *reader) adj(ctx context.Context, dir byte, pred quad.IRI, node string) ([]adjEntry, error) {
	tx, err := r.tx()
	if err != nil {
		return nil, err
	}
	v, err := tx.Get(ctx, keyAdj(dir, pred, node))
	if errors.Is(err, hkv.ErrNotFound) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	es, err := decodeAdj(v)
	if err != nil {
		return nil, fmt.Errorf("%c %s %s: %w", dir, pred, node, err)
	}
	return es, nil
}

// first is the value a node's forward record gives for an attribute: the
// one the node's own document states (a document's date or title), else
// the first in order.
func first(es []adjEntry, self string) string {
	for _, e := range es {
		if _, ok := slices.BinarySearch(e.labels, self); ok {
			return e.n
		}
	}
	if len(es) > 0 {
		return es[0].n
	}
	return ""
}

// expectedAdj computes the records that a set of quads (grouped by label)
// should have, encoded, by record key.
func expectedAdj(quads map[string]map[quad.Quad]struct{}) map[string][]byte {
	c := adjChanges{}
	for _, qs := range quads {
		for q := range qs {
			c.quad(q, true)
		}
	}
	out := make(map[string][]byte, len(c))
	for _, d := range c {
		es := d.apply(nil)
		out[string(d.dir)+string(d.pred)+"\x00"+d.node] = encodeAdj(es)
	}
	return out
}

// adjKeyText describes a record (its cache key) for Verify's report.
func adjKeyText(k string) string {
	dp, node, _ := strings.Cut(k, "\x00")
	if dp == "" {
		return fmt.Sprintf("record %q", k)
	}
	dir := "forward"
	if dp[0] == 'r' {
		dir = "reverse"
	}
	return fmt.Sprintf("%s %s record of %s", dir, dp[1:], node)
}
