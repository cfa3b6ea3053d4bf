package export

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
)

// quadSource is what the view reads, with nodes as uint64 ids: Cayley's kv
// quad store (Badger) by its own ids and indexes, or any other Cayley quad
// store (PostgreSQL through Cayley's SQL store) through the generic
// QuadStore calls, with ids given by the view.
type quadSource interface {
	// id is the node id of a value, 0 when the graph does not have it.
	id(val quad.Value) uint64
	// values are the values of node ids.
	values(ctx context.Context, ids []uint64) ([]quad.Value, error)
	// quads iterates the quads of an index whose leading directions have the
	// node ids of prefix (nil: every quad), in the index's order: results
	// are *proto.Primitive with node ids.
	quads(ind ckv.QuadIndex, prefix []uint64) quadIter
}

// quadIter is Cayley's kv quad iterator, as the view uses it.
type quadIter interface {
	Next(ctx context.Context) bool
	Result() cgraph.Ref
	Err() error
	Close() error
}

func sourceOf(qs cgraph.QuadStore) quadSource {
	if kv, ok := qs.(*ckv.QuadStore); ok {
		return kvSource{kv}
	}
	return &genericSource{qs: qs, ids: map[string]uint64{}}
}

type kvSource struct{ qs *ckv.QuadStore }

func (k kvSource) id(val quad.Value) uint64 {
	if r, ok := k.qs.ValueOf(val).(ckv.Int64Value); ok {
		return uint64(r)
	}
	return 0
}

func (k kvSource) values(ctx context.Context, ids []uint64) ([]quad.Value, error) {
	refs := make([]cgraph.Ref, len(ids))
	for i, id := range ids {
		refs[i] = ckv.Int64Value(id)
	}
	return k.qs.ValuesOf(ctx, refs)
}

func (k kvSource) quads(ind ckv.QuadIndex, prefix []uint64) quadIter {
	return ckv.NewQuadIterator(k.qs, ind, prefix)
}

// genericSource numbers the nodes it meets (1, 2, ...) and reads quads by
// Cayley's QuadIterator on the index's first direction. Its ids live as
// long as the view: memory grows with the nodes an export touches.
type genericSource struct {
	qs   cgraph.QuadStore
	ids  map[string]uint64 // quad.ToString of a value -> its id
	vals []quad.Value      // id-1 -> value
}

func (g *genericSource) intern(v quad.Value) uint64 {
	if v == nil {
		return 0
	}
	k := quad.ToString(v)
	if id, ok := g.ids[k]; ok {
		return id
	}
	g.vals = append(g.vals, v)
	id := uint64(len(g.vals))
	g.ids[k] = id
	return id
}

func (g *genericSource) id(val quad.Value) uint64 {
	if val == nil {
		return 0
	}
	if id, ok := g.ids[quad.ToString(val)]; ok {
		return id
	}
	// Cayley's SQL store gives every value a ref; NameOf finds whether it is stored.
	ref := g.qs.ValueOf(val)
	if ref == nil || g.qs.NameOf(ref) == nil {
		return 0
	}
	return g.intern(val)
}

func (g *genericSource) values(_ context.Context, ids []uint64) ([]quad.Value, error) {
	out := make([]quad.Value, len(ids))
	for i, id := range ids {
		if id == 0 || id > uint64(len(g.vals)) {
			return nil, fmt.Errorf("export: no node %d", id)
		}
		out[i] = g.vals[id-1]
	}
	return out, nil
}

func (g *genericSource) quads(ind ckv.QuadIndex, prefix []uint64) quadIter {
	var it cgraph.Iterator
	if len(prefix) == 0 {
		it = g.qs.QuadsAllIterator()
	} else {
		if prefix[0] == 0 || prefix[0] > uint64(len(g.vals)) {
			return &sliceIter{}
		}
		it = g.qs.QuadIterator(ind.Dirs[0], g.qs.ValueOf(g.vals[prefix[0]-1]))
	}
	return &sliceIter{load: func(ctx context.Context) ([]*proto.Primitive, error) {
		defer it.Close()
		var qs []quad.Quad
		for it.Next(ctx) {
			q := g.qs.Quad(it.Result())
			ok := true
			for i := 1; i < len(prefix) && i < len(ind.Dirs); i++ {
				if g.id(q.Get(ind.Dirs[i])) != prefix[i] {
					ok = false
					break
				}
			}
			if ok {
				qs = append(qs, q)
			}
		}
		if err := it.Err(); err != nil {
			return nil, err
		}
		// New nodes are numbered in the order of their text, so that an
		// export does not depend on the order the store returns quads in.
		slices.SortFunc(qs, func(a, b quad.Quad) int {
			for _, d := range quad.Directions {
				if c := cmp.Compare(quad.ToString(a.Get(d)), quad.ToString(b.Get(d))); c != 0 {
					return c
				}
			}
			return 0
		})
		ps := make([]*proto.Primitive, len(qs))
		for i, q := range qs {
			ps[i] = &proto.Primitive{Subject: g.intern(q.Subject), Predicate: g.intern(q.Predicate),
				Object: g.intern(q.Object), Label: g.intern(q.Label)}
		}
		dirs := append(slices.Clone(ind.Dirs), quad.Subject, quad.Predicate, quad.Object, quad.Label)
		slices.SortStableFunc(ps, func(a, b *proto.Primitive) int {
			for _, d := range dirs {
				if c := cmp.Compare(a.GetDirection(d), b.GetDirection(d)); c != 0 {
					return c
				}
			}
			return 0
		})
		return ps, nil
	}}
}

// sliceIter loads its quads on the first Next.
type sliceIter struct {
	load   func(ctx context.Context) ([]*proto.Primitive, error)
	ps     []*proto.Primitive
	i      int
	loaded bool
	err    error
}

func (s *sliceIter) Next(ctx context.Context) bool {
	if !s.loaded {
		s.loaded = true
		if s.load != nil {
			s.ps, s.err = s.load(ctx)
		}
		s.i = -1
	}
	if s.err != nil {
		return false
	}
	s.i++
	return s.i < len(s.ps)
}

func (s *sliceIter) Result() cgraph.Ref {
	if s.i < 0 || s.i >= len(s.ps) {
		return nil
	}
	return s.ps[s.i]
}

func (s *sliceIter) Err() error   { return s.err }
func (s *sliceIter) Close() error { return nil }
