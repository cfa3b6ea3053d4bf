package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/graph/backend"
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

// Stats counts documents, quads, entities by type and facts by predicate,
// from the counters the write path keeps (it does not read the quads).
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{Entities: map[string]int{}, Facts: map[string]int64{}}
	ids := map[string]bool{}
	err := s.view(ctx, func(r backend.Reader) error {
		err := r.Scan(ctx, backend.Path, nil, func(_, v []byte) error {
			st.Files++
			if !ids[string(v)] {
				ids[string(v)] = true
			}
			return nil
		})
		if err != nil {
			return err
		}
		return r.Scan(ctx, backend.Count, nil, func(k, v []byte) error {
			if isTypeOf(k) {
				return nil
			}
			n, err := backend.Int(v)
			if err != nil {
				return fmt.Errorf("counter %q: %w", k, err)
			}
			key := string(k)
			switch {
			case n == 0:
			case key == "":
				st.Quads = n
			case strings.HasPrefix(key, "type:"):
				st.Entities[key[5:]] = int(n)
			default:
				st.Facts[key] = n
			}
			return nil
		})
	})
	st.Documents = len(ids)
	return st, err
}

// EntitiesOfType returns the ids of the entities of a type (one of
// EntityTypes), sorted.
func (s *Store) EntitiesOfType(ctx context.Context, typ string) ([]string, error) {
	var out []string
	err := s.view(ctx, func(r backend.Reader) error {
		var err error
		out, err = entitiesOfType(ctx, r, typ)
		return err
	})
	sort.Strings(out)
	return out, err
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
