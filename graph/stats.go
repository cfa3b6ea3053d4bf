package graph

import (
	"context"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"

	"github.com/unkg/unkg/extract"
)

// Stats describes the contents of a store.
type Stats struct {
	Documents int              `json:"documents"` // distinct document ids ingested
	Files     int              `json:"files"`     // ingested files (language versions share an id)
	Quads     int64            `json:"quads"`
	Entities  map[string]int   `json:"entities"` // distinct entities by type
	Facts     map[string]int64 `json:"facts"`    // quads by predicate
}

// EntityTypes are the entity types Stats counts.
var EntityTypes = []string{
	extract.TypeOrganization, extract.TypeCountry, extract.TypePerson, extract.TypeMeeting,
	extract.TypeDocument, extract.TypeProposal, extract.TypeSubject,
}

// Stats counts documents, quads, entities by type and facts by predicate.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{Entities: map[string]int{}, Facts: map[string]int64{}}
	ids := map[string]bool{}
	err := hkv.View(s.kv, func(tx hkv.Tx) error {
		it := tx.Scan(hkv.Key{[]byte("unkg"), []byte("path"), {}})
		for it.Next(ctx) {
			st.Files++
			ids[string(it.Val())] = true
		}
		if err := it.Close(); err != nil {
			return err
		}
		it = tx.Scan(hkv.Key{[]byte("unkg"), []byte("count"), {}})
		defer it.Close()
		for it.Next(ctx) {
			k := it.Key()
			n, err := getInt(ctx, tx, k)
			if err != nil {
				return err
			}
			if n != 0 {
				st.Facts[string(k[len(k)-1])] = n
			}
		}
		return it.Err()
	})
	if err != nil {
		return st, err
	}
	st.Documents = len(ids)
	st.Quads = s.kqs().Size()
	r := s.reader()
	for _, t := range EntityTypes {
		es, err := r.edges(ctx, IndexOPS, quad.String(t), PredType)
		if err != nil {
			return st, err
		}
		subj := map[uint64]bool{}
		for _, e := range es {
			subj[e.s] = true
		}
		if len(subj) > 0 {
			st.Entities[t] = len(subj)
		}
	}
	return st, nil
}

// EntitiesOfType returns the ids of the entities of a type (one of
// EntityTypes), sorted.
func (s *Store) EntitiesOfType(ctx context.Context, typ string) ([]string, error) {
	r := s.reader()
	es, err := r.edges(ctx, IndexOPS, quad.String(typ), PredType)
	if err != nil {
		return nil, err
	}
	ids := make([]uint64, 0, len(es))
	for _, e := range es {
		ids = append(ids, e.s)
	}
	if err := r.resolve(ctx, ids...); err != nil {
		return nil, err
	}
	set := map[string]bool{}
	for _, id := range ids {
		if v := r.str(id); v != "" {
			set[v] = true
		}
	}
	return sortedKeys(set), nil
}

// DefaultGizmoTimeout bounds a Gizmo query.
const DefaultGizmoTimeout = 30 * time.Second

// Gizmo runs a query in Cayley's Gizmo language and returns its results as
// JSON-ready values, at most limit (0: no limit), within timeout (0: the default).
func (s *Store) Gizmo(ctx context.Context, q string, limit int, timeout time.Duration) ([]any, error) {
	if timeout <= 0 {
		timeout = DefaultGizmoTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	ses := gizmo.NewSession(s.QuadStore())
	it, err := ses.Execute(ctx, q, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	out := []any{}
	for it.Next(ctx) {
		if v := it.Result(); v != nil {
			out = append(out, v)
		}
	}
	if err := it.Err(); err != nil {
		return out, err
	}
	return out, ctx.Err()
}
