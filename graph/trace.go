package graph

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/unkg/unkg/graph/backend"
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
	r, err := s.reader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.close()
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
	visit := func(id, from, via string, d int, src []string) {
		if i, ok := index[id]; ok {
			// Already reached: keep the first path, add the sources only
			// when it is the same step.
			if steps[i].From == from && steps[i].Via == via {
				steps[i].Sources = mergeSorted(steps[i].Sources, src)
			}
			return
		}
		kind := TypeOfID(id)
		if kind != "Meeting" {
			kind = TypeDocument
		}
		index[id] = len(steps)
		steps = append(steps, TraceStep{ID: id, Kind: kind, Depth: d, From: from, Via: via, Sources: src})
		queue = append(queue, item{id, d})
	}
	type next struct {
		dir  string
		pred quad.IRI
		via  string
	}
	fromMeeting := []next{{backend.Reverse, PredDescribes, "describedBy"}}
	fromDoc := []next{{backend.Forward, PredReferences, "references"}, {backend.Forward, PredCites, "cites"}}
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if it.depth >= depth {
			continue
		}
		nexts := fromDoc
		if steps[index[it.id]].Kind == "Meeting" {
			nexts = fromMeeting
		}
		for _, n := range nexts {
			es, err := adj(ctx, r.rd, n.dir, n.pred, it.id)
			if err != nil {
				return nil, err
			}
			for _, e := range es {
				visit(e.Node, it.id, n.via, it.depth+1, e.Labels)
			}
		}
	}
	// Describe each step.
	neighbours := func(es []backend.Edge) []string {
		if len(es) == 0 {
			return nil
		}
		out := make([]string, len(es))
		for i, e := range es {
			out[i] = e.Node
		}
		return out
	}
	for i := range steps {
		st := &steps[i]
		if st.Kind == "Meeting" {
			st.Date = meetingDate(st.ID)
			es, err := adj(ctx, r.rd, backend.Reverse, PredDescribes, st.ID)
			if err != nil {
				return nil, err
			}
			st.DescribedBy = neighbours(es)
			if es, err = adj(ctx, r.rd, backend.Reverse, PredAttended, st.ID); err != nil {
				return nil, err
			}
			st.Attendees = neighbours(es)
			continue
		}
		es, err := adj(ctx, r.rd, backend.Forward, PredDate, st.ID)
		if err != nil {
			return nil, err
		}
		st.Date = first(es, st.ID)
		if es, err = adj(ctx, r.rd, backend.Forward, PredTitle, st.ID); err != nil {
			return nil, err
		}
		st.Title = first(es, st.ID)
	}
	return steps, nil
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
		if !r.has(quad.IRI(doc)) {
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
	if !r.has(quad.IRI(id)) {
		return "", fmt.Errorf("document %q (neither an ingested file nor a known symbol): %w", doc, ErrNotFound)
	}
	return id, nil
}
