package export

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"

	"github.com/unkg/unkg/graph"
)

// Source is a store to export: *graph.Store.
type Source interface {
	QuadStore() cgraph.QuadStore
}

var reDate = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// Attribute predicates: their quads describe a node; every other predicate
// is a relation between two nodes.
var attrPreds = map[string]bool{}

func init() {
	for _, p := range []quad.IRI{graph.PredType, graph.PredName, graph.PredDate, graph.PredEndDate, graph.PredTopic,
		graph.PredNumber, graph.PredOrgan, graph.PredRole, graph.PredCountry, graph.PredPath, graph.PredLang,
		graph.PredDocType, graph.PredSymbol, graph.PredSHA256, graph.PredTitle, graph.PredOriginalLang} {
		attrPreds[string(p)] = true
	}
}

// IsRelation reports whether a predicate is a relation (an edge of the
// view) rather than an attribute.
func IsRelation(pred string) bool { return !attrPreds[pred] }

// Relations are the relation predicates of the schema, the edges an export can keep.
func Relations() []string {
	var out []string
	for _, p := range []quad.IRI{graph.PredAttended, graph.PredPresidedBy, graph.PredChairedBy, graph.PredHeldBy,
		graph.PredDescribes, graph.PredReferences, graph.PredCites, graph.PredProposedAt, graph.PredRepresents,
		graph.PredSentBy, graph.PredAddressedTo, graph.PredSubject, graph.PredMentions} {
		out = append(out, string(p))
	}
	return out
}

// maxNames bounds the names kept per node.
const maxNames = 12

// cacheMax bounds the value caches (entries); they are cleared when full.
const cacheMax = 1 << 14

// view reads the graph for one export.
type view struct {
	src     quadSource
	drop    func() // releases the store's mapped file pages (pageDropper), or nil
	scanned int    // reads of the store so far (read)
	o       *Options
	vals    map[uint64]quad.Value // value cache, bounded
	info    map[uint64]nodeFacts  // type and date of edge endpoints, bounded
	// predicate ids and names (few: kept)
	predName map[uint64]string
	predID   map[string]uint64
	keep     map[string]bool // predicates to keep ("" when all)
	stats    Stats
	edgeSeq  int
	degree   map[uint64]int // edges of each node, for formats that size nodes by it
}

// degreeSizer is an encoder that sizes nodes by their degree (Node.Degree).
type degreeSizer interface{ sizesByDegree() }

type nodeFacts struct{ typ, date string }

func newView(src Source, o *Options) (*view, error) {
	v := &view{src: sourceOf(src.QuadStore()), drop: dropperOf(src), o: o, vals: map[uint64]quad.Value{}, info: map[uint64]nodeFacts{},
		predName: map[uint64]string{}, predID: map[string]uint64{}}
	if v.drop != nil {
		v.drop() // the pages Badger read to open its tables
	}
	if len(o.Predicates) > 0 {
		v.keep = map[string]bool{}
		for _, p := range o.Predicates {
			v.keep[p] = true
		}
	}
	return v, nil
}

// id is the node id of a value, 0 when the graph does not have it.
func (v *view) id(val quad.Value) uint64 {
	return v.src.id(val)
}

func (v *view) pred(p quad.IRI) uint64 {
	if id, ok := v.predID[string(p)]; ok {
		return id
	}
	id := v.id(p)
	v.predID[string(p)] = id
	return id
}

// resolve loads the values of ids into the cache.
func (v *view) resolve(ctx context.Context, ids ...uint64) error {
	var want []uint64
	for _, id := range ids {
		if id == 0 {
			continue
		}
		if _, ok := v.vals[id]; ok {
			continue
		}
		if _, ok := v.predName[id]; ok {
			continue
		}
		v.vals[id] = nil // placeholder: deduplicates
		want = append(want, id)
	}
	if len(want) == 0 {
		return nil
	}
	vs, err := v.src.values(ctx, want)
	if err != nil {
		return err
	}
	v.read(len(want))
	for i, val := range vs {
		v.vals[want[i]] = val
	}
	return nil
}

func (v *view) value(id uint64) quad.Value {
	if p, ok := v.predName[id]; ok {
		return quad.IRI(p)
	}
	return v.vals[id]
}

func (v *view) str(id uint64) string { return text(v.value(id)) }

func text(val quad.Value) string {
	switch x := val.(type) {
	case nil:
		return ""
	case quad.IRI:
		return string(x)
	case quad.String:
		return string(x)
	case quad.LangString:
		return string(x.Value)
	case quad.TypedString:
		return string(x.Value)
	default:
		return quad.StringOf(val)
	}
}

// trim keeps the caches bounded; call between subjects.
func (v *view) trim() {
	if len(v.vals) > cacheMax {
		clear(v.vals)
	}
	if len(v.info) > cacheMax {
		clear(v.info)
	}
}

// predOf resolves a predicate id to its name (predicates are kept).
func (v *view) predOf(ctx context.Context, id uint64) (string, error) {
	if p, ok := v.predName[id]; ok {
		return p, nil
	}
	vs, err := v.src.values(ctx, []uint64{id})
	if err != nil {
		return "", err
	}
	p := text(vs[0])
	v.predName[id] = p
	v.predID[p] = id
	return p, nil
}

// prim is a quad by node ids: what the view keeps of a Cayley primitive, a
// quarter of its size, so that a hub node's quads (an organization that
// attended every meeting) stay small while they are grouped.
type prim struct{ Subject, Predicate, Object, Label uint64 }

func primOf(p *proto.Primitive) prim {
	return prim{Subject: p.Subject, Predicate: p.Predicate, Object: p.Object, Label: p.Label}
}

// groups calls fn with the live quads of ind with the given prefix (nil:
// all), in runs of quads that share the first direction of ind. The run's
// slice is reused: fn must not keep it.
func (v *view) groups(ctx context.Context, ind ckv.QuadIndex, prefix []uint64, fn func(first uint64, ps []prim) error) error {
	it := v.src.quads(ind, prefix)
	defer it.Close()
	var (
		cur uint64
		buf []prim
	)
	d := ind.Dirs[0]
	for it.Next(ctx) {
		p, ok := it.Result().(*proto.Primitive)
		if !ok {
			continue
		}
		if v.read(1)&1023 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		k := p.GetDirection(d)
		if k != cur && len(buf) > 0 {
			if err := fn(cur, buf); err != nil {
				return err
			}
			buf = shrink(buf)
		}
		cur = k
		buf = append(buf, primOf(p))
	}
	if err := it.Err(); err != nil {
		return err
	}
	if len(buf) > 0 {
		return fn(cur, buf)
	}
	return ctx.Err()
}

// shrink empties a run buffer for reuse, and lets go of one a hub node grew.
func shrink(buf []prim) []prim {
	if cap(buf) > 1<<12 {
		return nil
	}
	return buf[:0]
}

// subjects calls fn for each subject with its quads: all subjects of the
// store in id order (ids nil), or the given ones.
func (v *view) subjects(ctx context.Context, ids []uint64, fn func(s uint64, ps []prim) error) error {
	if ids == nil {
		return v.groups(ctx, graph.IndexSP, nil, fn)
	}
	for _, id := range ids {
		err := v.groups(ctx, graph.IndexSP, []uint64{id}, fn)
		if err != nil {
			return err
		}
	}
	return nil
}

// facts returns the type and date of a node, for edge filters.
func (v *view) facts(ctx context.Context, id uint64) (nodeFacts, error) {
	if f, ok := v.info[id]; ok {
		return f, nil
	}
	var f nodeFacts
	for _, p := range []quad.IRI{graph.PredType, graph.PredDate} {
		pid := v.pred(p)
		if pid == 0 {
			continue
		}
		it := v.src.quads(graph.IndexSP, []uint64{id, pid})
		if it.Next(ctx) {
			if q, ok := it.Result().(*proto.Primitive); ok {
				if err := v.resolve(ctx, q.Object); err != nil {
					it.Close()
					return f, err
				}
				if p == graph.PredType {
					f.typ = v.str(q.Object)
				} else {
					f.date = v.str(q.Object)
				}
			}
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return f, err
		}
	}
	if f.typ == "" {
		if err := v.resolve(ctx, id); err != nil {
			return f, err
		}
		f.typ = graph.TypeOfID(v.str(id))
	}
	v.info[id] = f
	return f, nil
}

// edgeGroup is the quads of one subject-predicate-object.
type edgeGroup struct {
	p, o   uint64
	labels []uint64
}

// relations groups the relation quads among ps (one subject's quads) by
// predicate and object, in predicate then object order; the groups' labels
// share one slice.
func (v *view) relations(ctx context.Context, ps []prim) ([]edgeGroup, error) {
	var rel []prim
	for _, q := range ps {
		name, err := v.predOf(ctx, q.Predicate)
		if err != nil {
			return nil, err
		}
		if IsRelation(name) {
			rel = append(rel, q)
		}
	}
	slices.SortFunc(rel, func(a, b prim) int {
		if c := cmp.Compare(a.Predicate, b.Predicate); c != 0 {
			return c
		}
		return cmp.Compare(a.Object, b.Object)
	})
	labels := make([]uint64, len(rel))
	var out []edgeGroup
	for i, q := range rel {
		labels[i] = q.Label
		if n := len(out); n > 0 && out[n-1].p == q.Predicate && out[n-1].o == q.Object {
			out[n-1].labels = labels[i-len(out[n-1].labels) : i+1]
			continue
		}
		out = append(out, edgeGroup{p: q.Predicate, o: q.Object, labels: labels[i : i+1]})
	}
	return out, nil
}

// keepEdge applies the predicate and date filters; it returns the edge's date.
func (v *view) keepEdge(ctx context.Context, s uint64, g *edgeGroup) (bool, string, error) {
	if v.keep != nil && !v.keep[v.predName[g.p]] {
		return false, "", nil
	}
	fs, err := v.facts(ctx, s)
	if err != nil {
		return false, "", err
	}
	fo, err := v.facts(ctx, g.o)
	if err != nil {
		return false, "", err
	}
	date := ""
	switch {
	case fo.typ == "Meeting":
		date = fo.date
	case fs.typ == "Meeting":
		date = fs.date
	case fs.typ == "Document":
		date = fs.date
	case fo.typ == "Document":
		date = fo.date
	}
	if v.o.From == "" && v.o.To == "" {
		return true, date, nil
	}
	if date == "" {
		return false, "", nil
	}
	// Compare on the common prefix so that 2003-04 is within 2003-01-01..2003-12-31.
	if v.o.From != "" && cmpDate(date, v.o.From) < 0 {
		return false, date, nil
	}
	if v.o.To != "" && cmpDate(date, v.o.To) > 0 {
		return false, date, nil
	}
	return true, date, nil
}

func cmpDate(a, b string) int {
	n := min(len(a), len(b))
	switch {
	case a[:n] < b[:n]:
		return -1
	case a[:n] > b[:n]:
		return 1
	}
	return 0
}

// dropEvery is how many reads (quads scanned, values looked up) an export
// makes between checks of the store's resident file pages (the store
// drops them past its budget).
const dropEvery = 1 << 5

// pageDropper is a Source whose store maps its files (graph.Store on
// Badger): releasing the pages a scan has read keeps its resident memory
// flat as the store grows.
type pageDropper interface{ DropFilePages() }

// read counts n reads of the store (quads scanned, values looked up) and
// releases the mapped file pages every dropEvery of them; it returns the
// count.
func (v *view) read(n int) int {
	before := v.scanned
	v.scanned += n
	if v.drop != nil && before/dropEvery != v.scanned/dropEvery {
		v.drop()
	}
	return v.scanned
}

func dropperOf(src Source) func() {
	if d, ok := src.(pageDropper); ok {
		return d.DropFilePages
	}
	return nil
}

// bitset of node ids.
type bitset []uint64

func (b *bitset) set(i uint64) {
	w := int(i >> 6)
	if w >= len(*b) {
		*b = append(*b, make([]uint64, w-len(*b)+1+len(*b)/4)...)
	}
	(*b)[w] |= 1 << (i & 63)
}

func (b bitset) has(i uint64) bool {
	w := int(i >> 6)
	return w < len(b) && b[w]&(1<<(i&63)) != 0
}

// nodeSet is the set of node ids of the view.
type nodeSet struct {
	bits bitset          // global view
	ids  map[uint64]bool // --around
	all  bool            // every node (the degree pass of an unfiltered export)
}

func (n *nodeSet) has(id uint64) bool {
	if n.all {
		return true
	}
	if n.ids != nil {
		return n.ids[id]
	}
	return n.bits.has(id)
}

// errStop ends a scan early.
var errStop = errors.New("stop")

// markAll is the first pass of a global export: it marks the endpoints of
// every kept edge.
func (v *view) markAll(ctx context.Context, set *nodeSet) error {
	return v.subjects(ctx, nil, func(s uint64, ps []prim) error {
		defer v.trim()
		gs, err := v.relations(ctx, ps)
		if err != nil {
			return err
		}
		for i := range gs {
			ok, _, err := v.keepEdge(ctx, s, &gs[i])
			if err != nil {
				return err
			}
			if ok {
				set.bits.set(s)
				set.bits.set(gs[i].o)
			}
		}
		return nil
	})
}

// hasIncoming reports whether a node is the object of a relation.
func (v *view) hasIncoming(ctx context.Context, id uint64) (bool, error) {
	it := v.src.quads(graph.IndexOPS, []uint64{id})
	defer it.Close()
	for it.Next(ctx) {
		q, ok := it.Result().(*proto.Primitive)
		if !ok {
			continue
		}
		name, err := v.predOf(ctx, q.Predicate)
		if err != nil {
			return false, err
		}
		if IsRelation(name) {
			return true, nil
		}
	}
	return false, it.Err()
}

// around is the breadth-first search of --around.
func (v *view) around(ctx context.Context, set *nodeSet) error {
	set.ids = map[uint64]bool{}
	var frontier []uint64
	for _, a := range v.o.Around {
		id := v.id(quad.IRI(a))
		if id == 0 {
			return fmt.Errorf("%s: %w", a, ErrNotFound)
		}
		if !set.ids[id] {
			set.ids[id] = true
			frontier = append(frontier, id)
		}
	}
	depth := v.o.Depth
	if depth == 0 {
		depth = 1
	}
	add := func(id uint64) bool {
		if set.ids[id] {
			return true
		}
		if v.o.MaxNodes > 0 && len(set.ids) >= v.o.MaxNodes {
			v.stats.Truncated = true
			return false
		}
		set.ids[id] = true
		frontier = append(frontier, id)
		return true
	}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		cur := frontier
		frontier = nil
		for _, n := range cur {
			// Outgoing relations.
			err := v.subjects(ctx, []uint64{n}, func(s uint64, ps []prim) error {
				gs, err := v.relations(ctx, ps)
				if err != nil {
					return err
				}
				for i := range gs {
					ok, _, err := v.keepEdge(ctx, s, &gs[i])
					if err != nil {
						return err
					}
					if ok && !add(gs[i].o) {
						return errStop
					}
				}
				return nil
			})
			if err != nil && !errors.Is(err, errStop) {
				return err
			}
			// Incoming relations, one object-predicate run at a time.
			err = v.groups(ctx, graph.IndexOPS, []uint64{n}, func(_ uint64, ps []prim) error {
				for _, q := range ps {
					name, err := v.predOf(ctx, q.Predicate)
					if err != nil {
						return err
					}
					if !IsRelation(name) || set.ids[q.Subject] {
						continue
					}
					g := edgeGroup{p: q.Predicate, o: n}
					ok, _, err := v.keepEdge(ctx, q.Subject, &g)
					if err != nil {
						return err
					}
					if ok && !add(q.Subject) {
						return errStop
					}
				}
				return nil
			})
			if err != nil && !errors.Is(err, errStop) {
				return err
			}
			v.trim()
		}
	}
	return nil
}

// ErrNotFound is an --around id that the graph does not have.
var ErrNotFound = errors.New("not in the graph")

// exportView writes the graph view through enc.
func exportView(ctx context.Context, src Source, enc encoder, o *Options) (Stats, error) {
	v, err := newView(src, o)
	if err != nil {
		return Stats{}, err
	}
	set := &nodeSet{}
	var ids []uint64 // subjects to scan; nil: all
	if len(o.Around) > 0 {
		if err := v.around(ctx, set); err != nil {
			return v.stats, err
		}
		ids = make([]uint64, 0, len(set.ids))
		for id := range set.ids {
			ids = append(ids, id)
		}
		sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	} else if o.filtered() {
		if err := v.markAll(ctx, set); err != nil {
			return v.stats, err
		}
	}
	// Without filters, pass 1 finds the nodes itself: a subject with a
	// relation, the objects of its relations, and a subject that is the
	// object of one.
	findNodes := len(o.Around) == 0 && !o.filtered()
	if err := enc.Begin(o); err != nil {
		return v.stats, err
	}
	_, rawQuads := enc.(*nquadsEnc)
	// Formats that size nodes by degree count the edges first: a pass more.
	if _, ok := enc.(degreeSizer); ok {
		deg := set
		if findNodes {
			deg = &nodeSet{all: true}
		}
		v.degree = map[uint64]int{}
		err := v.eachEdge(ctx, ids, deg, func(s uint64, g *edgeGroup, _ string) error {
			v.degree[s]++
			v.degree[g.o]++
			return nil
		})
		if err != nil {
			return v.stats, err
		}
		if _, dot := enc.(*dotEnc); dot && len(o.Around) == 0 && len(v.degree) > MaxDOTNodes {
			return v.stats, fmt.Errorf("%d nodes: %w", len(v.degree), ErrTooLargeForDOT)
		}
	}

	// Pass 1: nodes, with their attributes.
	var done bitset
	err = v.subjects(ctx, ids, func(s uint64, ps []prim) error {
		defer v.trim()
		v.stats.Quads += len(ps)
		if findNodes {
			gs, err := v.relations(ctx, ps)
			if err != nil {
				return err
			}
			for _, g := range gs {
				set.bits.set(s)
				set.bits.set(g.o)
			}
			if len(gs) == 0 {
				in, err := v.hasIncoming(ctx, s)
				if err != nil {
					return err
				}
				if in {
					set.bits.set(s)
				}
			}
		}
		if !set.has(s) {
			return nil
		}
		done.set(s)
		n, qs, err := v.node(ctx, s, ps, rawQuads)
		if err != nil {
			return err
		}
		if rawQuads {
			enc.(*nquadsEnc).attrs = qs
		}
		v.stats.Nodes++
		return enc.Node(n)
	})
	if err != nil {
		return v.stats, err
	}
	// Nodes that are only objects (no quads of their own).
	var rest []uint64
	if set.ids != nil {
		for _, id := range ids {
			if !done.has(id) {
				rest = append(rest, id)
			}
		}
	} else {
		for w, bits := range set.bits {
			for b := uint64(0); bits != 0 && b < 64; b++ {
				if bits&(1<<b) != 0 {
					if id := uint64(w)<<6 | b; !done.has(id) {
						rest = append(rest, id)
					}
				}
			}
		}
	}
	for _, id := range rest {
		n, _, err := v.node(ctx, id, nil, false)
		if err != nil {
			return v.stats, err
		}
		v.stats.Nodes++
		if err := enc.Node(n); err != nil {
			return v.stats, err
		}
		v.trim()
	}

	// Pass 2: edges.
	err = v.eachEdge(ctx, ids, set, func(s uint64, g *edgeGroup, date string) error {
		if err := v.resolve(ctx, append([]uint64{s, g.o}, g.labels...)...); err != nil {
			return err
		}
		docs := map[string]struct{}{}
		for _, l := range g.labels {
			if l != 0 {
				docs[v.str(l)] = struct{}{}
			}
		}
		v.edgeSeq++
		e := &Edge{ID: "e" + strconv.Itoa(v.edgeSeq), Source: v.str(s), Target: v.str(g.o),
			Predicate: v.predName[g.p], Documents: sortedSet(docs), Date: date}
		v.stats.Edges++
		return enc.Edge(e)
	})
	if err != nil {
		return v.stats, err
	}
	return v.stats, enc.End()
}

// eachEdge calls fn for every edge of the view between nodes of set, with its date.
func (v *view) eachEdge(ctx context.Context, ids []uint64, set *nodeSet, fn func(s uint64, g *edgeGroup, date string) error) error {
	return v.subjects(ctx, ids, func(s uint64, ps []prim) error {
		defer v.trim()
		if !set.has(s) {
			return nil
		}
		gs, err := v.relations(ctx, ps)
		if err != nil {
			return err
		}
		for i := range gs {
			g := &gs[i]
			if !set.has(g.o) {
				continue
			}
			ok, date, err := v.keepEdge(ctx, s, g)
			if err != nil {
				return err
			}
			if ok {
				if err := fn(s, g, date); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// node builds a node from its subject quads ps.
func (v *view) node(ctx context.Context, s uint64, ps []prim, raw bool) (*Node, []quad.Quad, error) {
	// Only attributes are read: a hub's relation objects are not the node's.
	ids := []uint64{s}
	for _, q := range ps {
		p, err := v.predOf(ctx, q.Predicate)
		if err != nil {
			return nil, nil, err
		}
		if !attrPreds[p] {
			continue
		}
		ids = append(ids, q.Object)
		if raw {
			ids = append(ids, q.Label)
		}
	}
	if err := v.resolve(ctx, ids...); err != nil {
		return nil, nil, err
	}
	n := &Node{ID: v.str(s)}
	type nameCount struct {
		Name
		n int
	}
	names := map[uint64]*nameCount{}
	types := map[string]int{}
	var titles []quad.Value
	var quads []quad.Quad
	for _, q := range ps {
		p := v.predName[q.Predicate]
		if !attrPreds[p] {
			continue
		}
		if raw {
			quads = append(quads, quad.Quad{Subject: v.value(s), Predicate: quad.IRI(p), Object: v.value(q.Object), Label: v.value(q.Label)})
		}
		val := v.value(q.Object)
		t := text(val)
		switch quad.IRI(p) {
		case graph.PredType:
			types[t]++
		case graph.PredName:
			nc := names[q.Object]
			if nc == nil {
				nc = &nameCount{Name: Name{Text: t}}
				if ls, ok := val.(quad.LangString); ok {
					nc.Lang = ls.Lang
				}
				names[q.Object] = nc
			}
			nc.n++
		case graph.PredDate:
			n.Date = first(n.Date, t)
		case graph.PredEndDate:
			n.EndDate = first(n.EndDate, t)
		case graph.PredOrgan:
			n.Organ = first(n.Organ, t)
		case graph.PredNumber:
			n.Number = first(n.Number, t)
		case graph.PredSymbol:
			n.Symbol = first(n.Symbol, t)
		case graph.PredDocType:
			n.DocType = first(n.DocType, t)
		case graph.PredLang:
			n.DocLang = first(n.DocLang, t)
		case graph.PredTitle:
			titles = append(titles, val)
		case graph.PredPath:
			n.Path = first(n.Path, t)
		}
	}
	best := 0
	for t, c := range types {
		if c > best || c == best && t < n.Type {
			n.Type, best = t, c
		}
	}
	if n.Type == "" {
		n.Type = graph.TypeOfID(n.ID)
	}
	n.Color = ColorOf(n.Type)
	all := make([]*nameCount, 0, len(names))
	for _, nc := range names {
		all = append(all, nc)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		if all[i].Lang != all[j].Lang {
			return all[i].Lang < all[j].Lang
		}
		return all[i].Text < all[j].Text
	})
	for i, nc := range all {
		if i == maxNames {
			break
		}
		n.Names = append(n.Names, nc.Name)
	}
	n.Label, n.Lang = pickLabel(n.Names, v.o.Lang)
	if n.Label == "" && n.Symbol != "" {
		n.Label = n.Symbol
	}
	if n.Label == "" && len(titles) > 0 {
		var ns []Name
		for _, t := range titles {
			nm := Name{Text: text(t)}
			if ls, ok := t.(quad.LangString); ok {
				nm.Lang = ls.Lang
			}
			ns = append(ns, nm)
		}
		n.Label, n.Lang = pickLabel(ns, v.o.Lang)
	}
	if n.Label == "" {
		n.Label = n.ID
	}
	if len(titles) > 0 {
		n.Title = graph.CleanLabel(text(titles[0]))
	}
	n.Degree = v.degree[s]
	v.shorten(n)
	return n, quads, nil
}

// maxLabel bounds a label in characters; the full name and title are attributes.
const maxLabel = 40

// shorten gives n a short label in the options' language: an organization's
// acronym, a country's or person's name (from the rules when they know it),
// a meeting's organ and date, a document's symbol or file name; the full
// name stays in Name. Labels have no spaces between Han characters.
func (v *view) shorten(n *Node) {
	names := graph.KnownNames()
	lang := v.o.Lang
	if lang == "" {
		lang = "en"
	}
	n.Name = graph.CleanLabel(n.Label)
	if l := names.Label(n.ID, lang); l != "" {
		n.Name, n.Lang = l, lang
	}
	label := n.Name
	switch n.Type {
	case "Organization":
		label = orgShort(names, n.ID, lang, n.Name)
	case "Meeting":
		organ := n.Organ
		if organ == "" {
			organ = meetingOrgan(n.ID)
		}
		date := n.Date
		if date == "" {
			date = meetingDay(n.ID)
		}
		organName := names.Label(organ, lang)
		if organName == "" {
			organName = strings.TrimPrefix(organ, "org:")
		}
		label = strings.TrimSpace(orgShort(names, organ, lang, organName) + " " + date)
	case "Document":
		switch {
		case n.Symbol != "":
			label = n.Symbol
		case n.Path != "" && n.Path != "-":
			label = filepath.Base(n.Path)
		}
	}
	n.Label = cutLabel(graph.CleanLabel(label), maxLabel)
}

// orgShort is an organization's acronym in lang (the rules' all-capitals
// name), else its id's, for the Latin and Cyrillic scripts; else its name.
func orgShort(names *graph.Names, id, lang, name string) string {
	if a := names.Acronym(id, lang); a != "" {
		return a
	}
	switch lang {
	case "en", "fr", "es":
		if k := strings.TrimPrefix(id, "org:"); k != id {
			return k
		}
	}
	if name == "" || name == id {
		return strings.TrimPrefix(id, "org:")
	}
	return name
}

// meetingOrgan and meetingDay read a meeting id (meeting:UNSC:2003-04-11).
func meetingOrgan(id string) string {
	parts := strings.Split(id, ":")
	if len(parts) == 3 {
		return "org:" + parts[1]
	}
	return ""
}

func meetingDay(id string) string {
	parts := strings.Split(id, ":")
	if len(parts) == 3 {
		return parts[2]
	}
	return ""
}

func cutLabel(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// pickLabel chooses the first name in lang, else in English, else the first.
func pickLabel(names []Name, lang string) (string, string) {
	for _, l := range []string{lang, "en"} {
		if l == "" {
			continue
		}
		for _, n := range names {
			if n.Lang == l {
				return n.Text, n.Lang
			}
		}
	}
	if len(names) > 0 {
		return names[0].Text, names[0].Lang
	}
	return "", ""
}

func first(have, v string) string {
	if have != "" {
		return have
	}
	return v
}
