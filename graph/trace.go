package graph

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// TraceStep is one meeting or document that a traced document leads to.
type TraceStep struct {
	ID          string   `json:"id"`
	Kind        string   `json:"kind"` // Document or Meeting
	Depth       int      `json:"depth"`
	From        string   `json:"from,omitempty"` // the node it was reached from
	Via         string   `json:"via,omitempty"`  // references, cites, or describedBy (a document that describes From)
	Sources     []string `json:"sources"`        // documents that state the step
	Date        string   `json:"date,omitempty"`
	Title       string   `json:"title,omitempty"`
	DescribedBy []string `json:"described_by,omitempty"` // Meeting: documents that describe it
	Attendees   []string `json:"attendees,omitempty"`    // Meeting: who attended
}

// DefaultTraceDepth is the depth of Trace when none is given.
const DefaultTraceDepth = 6

// Trace follows a document (a document id, a UN symbol or the path of an
// ingested file) to the meetings it references and the documents it cites,
// transitively, and from each meeting to the documents that describe it, up
// to depth steps. The first step is the document itself.
func (s *Store) Trace(ctx context.Context, doc string, depth int) ([]TraceStep, error) {
	if depth <= 0 {
		depth = DefaultTraceDepth
	}
	r := s.reader()
	start, err := s.resolveDoc(r, doc)
	if err != nil {
		return nil, err
	}
	type item struct {
		id    string
		depth int
	}
	steps := []TraceStep{{ID: start, Kind: TypeDocument, Sources: []string{}}}
	index := map[string]int{start: 0}
	queue := []item{{start, 0}}
	visit := func(id, from, via string, d int, es []edge) error {
		src, err := r.sources(ctx, es)
		if err != nil {
			return err
		}
		if i, ok := index[id]; ok {
			// Already reached: keep the first path, add the sources only
			// when it is the same step.
			if steps[i].From == from && steps[i].Via == via {
				steps[i].Sources = mergeSorted(steps[i].Sources, src)
			}
			return nil
		}
		kind := typeOfID(id)
		if kind != "Meeting" {
			kind = TypeDocument
		}
		index[id] = len(steps)
		steps = append(steps, TraceStep{ID: id, Kind: kind, Depth: d, From: from, Via: via, Sources: src})
		queue = append(queue, item{id, d})
		return nil
	}
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		step := &steps[index[it.id]]
		var next []struct {
			pred quad.IRI
			via  string
			rev  bool
		}
		if step.Kind == "Meeting" {
			next = append(next, struct {
				pred quad.IRI
				via  string
				rev  bool
			}{PredDescribes, "describedBy", true})
		} else {
			next = append(next, struct {
				pred quad.IRI
				via  string
				rev  bool
			}{PredReferences, "references", false}, struct {
				pred quad.IRI
				via  string
				rev  bool
			}{PredCites, "cites", false})
		}
		for _, n := range next {
			var es []edge
			var err error
			if n.rev {
				es, err = r.edges(ctx, IndexOPS, quad.IRI(it.id), n.pred)
			} else {
				es, err = r.edges(ctx, IndexSP, quad.IRI(it.id), n.pred)
			}
			if err != nil {
				return nil, err
			}
			if it.depth >= depth {
				continue
			}
			groups, order, err := groupBy(ctx, r, es, !n.rev)
			if err != nil {
				return nil, err
			}
			for _, id := range order {
				if err := visit(id, it.id, n.via, it.depth+1, groups[id]); err != nil {
					return nil, err
				}
			}
		}
	}
	// Describe each step.
	for i := range steps {
		st := &steps[i]
		if st.Kind == "Meeting" {
			st.Date = meetingDate(st.ID)
			for _, p := range []quad.IRI{PredDescribes, PredAttended} {
				es, err := r.edges(ctx, IndexOPS, quad.IRI(st.ID), p)
				if err != nil {
					return nil, err
				}
				groups, order, err := groupBy(ctx, r, es, false)
				if err != nil {
					return nil, err
				}
				_ = groups
				if p == PredDescribes {
					st.DescribedBy = order
				} else {
					st.Attendees = order
				}
			}
			continue
		}
		if st.Date, err = r.attr(ctx, st.ID, PredDate); err != nil {
			return nil, err
		}
		if st.Title, err = r.attr(ctx, st.ID, PredTitle); err != nil {
			return nil, err
		}
	}
	return steps, nil
}

// groupBy groups edges by their object (byObject) or subject, in sorted order.
func groupBy(ctx context.Context, r *reader, es []edge, byObject bool) (map[string][]edge, []string, error) {
	ids := make([]uint64, len(es))
	for i, e := range es {
		if byObject {
			ids[i] = e.o
		} else {
			ids[i] = e.s
		}
	}
	if err := r.resolve(ctx, ids...); err != nil {
		return nil, nil, err
	}
	groups := map[string][]edge{}
	var order []string
	for i, e := range es {
		k := r.str(ids[i])
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], e)
	}
	sort.Strings(order)
	return groups, order, nil
}

func mergeSorted(a, b []string) []string {
	set := map[string]bool{}
	for _, s := range a {
		set[s] = true
	}
	for _, s := range b {
		set[s] = true
	}
	return sortedKeys(set)
}

// resolveDoc turns a document argument into a document id: a doc: id, the
// path of an ingested file, or a UN symbol ("S/RES/1631 (2005)").
func (s *Store) resolveDoc(r *reader, doc string) (string, error) {
	doc = strings.TrimSpace(doc)
	if strings.HasPrefix(doc, "doc:") {
		if r.id(quad.IRI(doc)) == 0 {
			return "", fmt.Errorf("document %s: %w", doc, ErrNotFound)
		}
		return doc, nil
	}
	for _, p := range []string{doc, filepath.Clean(doc)} {
		id, err := s.DocumentAt(p)
		if err == nil {
			return id, nil
		} else if !errors.Is(err, ErrNotFound) {
			return "", err
		}
	}
	id := "doc:" + strings.ToUpper(strings.Join(strings.Fields(doc), ""))
	if r.id(quad.IRI(id)) == 0 {
		return "", fmt.Errorf("document %q (neither an ingested file nor a known symbol): %w", doc, ErrNotFound)
	}
	return id, nil
}
