package graph

import (
	"bytes"
	"context"
	"fmt"
	"slices"

	"github.com/cayleygraph/quad"

	"github.com/unkg/unkg/graph/backend"
)

// Adjacency records.
//
// Cayley's quad indexes hold quad ids: to know a quad's other nodes and its
// label a reader must load the quad's log entry, then each node's. So for
// the predicates that the named queries follow the store keeps one empty
// record per edge and document (backend.AdjKey):
//
//	DIR+PREDICATE \0 NODE \0 NEIGHBOUR \0 DOCUMENT
//
// DIR is "f" (NODE is the subject, the neighbours objects) or "r" (NODE is
// the object, the neighbours subjects). NODE and NEIGHBOUR are the values'
// text (an IRI without brackets, a string without quotes or language). A
// query step is one prefix scan; a write adds or removes one small record
// per edge, never rewriting a list that grows with the corpus (an
// organization that attended ten thousand meetings has ten thousand
// records, each written once).
//
// The records are written in the same transaction as the quads they
// summarize, from the exact quads that the transaction adds and removes, so
// they stay exact through replaces and removals; Verify checks them.

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

// adjRecord is one adjacency record: its key and, when the key had to cut
// the neighbour, its full text.
type adjRecord struct {
	key []byte
	val []byte
}

// adjRecords are the records that quad q implies.
func adjRecords(q quad.Quad) []adjRecord {
	p, ok := q.Predicate.(quad.IRI)
	if !ok {
		return nil
	}
	dirs, ok := adjDirs[p]
	if !ok {
		return nil
	}
	s, o, l := valueText(q.Subject), valueText(q.Object), valueText(q.Label)
	var out []adjRecord
	rec := func(dir, node, n string) {
		r := adjRecord{key: backend.AdjKey(dir, string(p), node, n, l)}
		if backend.Part(n) != n {
			r.val = []byte(n)
		}
		out = append(out, r)
	}
	if dirs.fwd {
		rec(backend.Forward, s, o)
	}
	if dirs.rev {
		rec(backend.Reverse, o, s)
	}
	return out
}

// typeKey names an entity's membership in a type, for the type counters.
type typeKey struct{ typ, entity string }

// Entities by type.
//
// The Count record "typeof" \0 TYPE \0 ENTITY holds the number of
// documents that state that ENTITY has TYPE (8 bytes, big-endian),
// followed by the entity's full text when Part cut it in the key. The
// records are kept exact with the quads (countChanges), so a scan of a
// type's records lists its entities: the store keeps no adjacency record
// per type statement (one per entity and document, a fifth of the entries
// of an ingest when it did).

// typeOfKey is the Count record of the number of documents that state that
// an entity has a type (a Get, where a scan of the adjacency records would
// sort a Badger transaction's pending writes).
func typeOfKey(k typeKey) []byte { return backend.Join("typeof", k.typ, k.entity) }

// typeOfValue is the value of a typeof record: the count and, when the key
// cut the entity, its full text.
func typeOfValue(k typeKey, n int64) []byte {
	return append(backend.PutInt(n), typeOfFull(k)...)
}

// typeOfFull is the entity's full text when the key cuts it, else empty.
func typeOfFull(k typeKey) string {
	if backend.Part(k.entity) != k.entity {
		return k.entity
	}
	return ""
}

// typeOfCount decodes a typeof record's value: the count and, when the key
// cut it, the entity's full text ("" when the key holds it).
func typeOfCount(v []byte) (int64, string, error) {
	if len(v) > 8 {
		n, err := backend.Int(v[:8])
		return n, string(v[8:]), err
	}
	n, err := backend.Int(v)
	return n, "", err
}

// isTypeOf says whether a Count key is a typeof record.
func isTypeOf(k []byte) bool { return bytes.HasPrefix(k, typeOfPrefix) }

var typeOfPrefix = []byte("typeof\x00")

// entitiesOfType reads the entities of a type, in key order.
func entitiesOfType(ctx context.Context, r backend.Reader, typ string) ([]string, error) {
	var out []string
	err := r.Scan(ctx, backend.Count, backend.Prefix("typeof", typ), func(k, v []byte) error {
		n, full, err := typeOfCount(v)
		if err != nil {
			return fmt.Errorf("counter %q: %w", k, err)
		}
		if n <= 0 {
			return nil
		}
		if full == "" {
			ps := backend.Split(k)
			if len(ps) != 3 {
				return fmt.Errorf("bad type counter %q", k)
			}
			full = ps[2]
		}
		out = append(out, full)
		return nil
	})
	return out, err
}

// addAdj queues the records of added quads and the removal of those of
// deleted ones.
func addAdj(g *group, adds, dels []quad.Quad) {
	for _, q := range dels {
		for _, r := range adjRecords(q) {
			g.del(backend.Adj, r.key)
		}
	}
	for _, q := range adds {
		for _, r := range adjRecords(q) {
			g.put(backend.Adj, r.key, r.val)
		}
	}
}

// adj reads a node's edges by one predicate in one direction.
func adj(ctx context.Context, r backend.Reader, dir string, pred quad.IRI, node string) ([]backend.Edge, error) {
	return backend.Neighbours(ctx, r, dir, string(pred), node)
}

// first is the value a node's forward edges give for an attribute: the
// one the node's own document states (a document's date or title), else
// the first in order.
func first(es []backend.Edge, self string) string {
	for _, e := range es {
		if _, ok := slices.BinarySearch(e.Labels, self); ok {
			return e.Node
		}
	}
	if len(es) > 0 {
		return es[0].Node
	}
	return ""
}
