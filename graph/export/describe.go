package export

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/unkg/unkg/graph"
)

// Describe returns the nodes of ids as the export sees them (type, label in
// lang, dates, names); ids the graph does not have are left out.
func Describe(ctx context.Context, src Source, ids []string, lang string) ([]NodeData, error) {
	o := &Options{Lang: lang}
	v, err := newView(src, o)
	if err != nil {
		return nil, err
	}
	var out []NodeData
	for _, id := range ids {
		n := v.id(quad.IRI(id))
		if n == 0 {
			continue
		}
		var ps []prim
		err := v.groups(ctx, graph.IndexSP, []uint64{n}, func(_ uint64, g []prim) error {
			ps = append(ps, g...)
			return nil
		})
		if err != nil {
			return nil, err
		}
		node, _, err := v.node(ctx, n, ps, false)
		if err != nil {
			return nil, err
		}
		out = append(out, node.Data())
	}
	return out, nil
}

// EdgeDocuments returns the documents (labels) that state subject
// predicate object, sorted.
func EdgeDocuments(ctx context.Context, src Source, s, p, o string) ([]string, error) {
	v, err := newView(src, &Options{})
	if err != nil {
		return nil, err
	}
	ids := []uint64{v.id(quad.IRI(o)), v.id(quad.IRI(p)), v.id(quad.IRI(s))}
	for _, id := range ids {
		if id == 0 {
			return nil, nil
		}
	}
	set := map[string]struct{}{}
	err = v.groups(ctx, graph.IndexOPS, ids, func(_ uint64, ps []prim) error {
		for _, q := range ps {
			if q.Subject != ids[2] || q.Predicate != ids[1] || q.Label == 0 {
				continue
			}
			if err := v.resolve(ctx, q.Label); err != nil {
				return err
			}
			set[v.str(q.Label)] = struct{}{}
		}
		return nil
	})
	out := sortedSet(set)
	sort.Strings(out)
	return out, err
}

// NodeDocuments returns the documents (labels) that state anything about
// a node: quads with it as subject or object, and the node itself when it
// is a document. Sorted.
func NodeDocuments(ctx context.Context, src Source, node string) ([]string, error) {
	v, err := newView(src, &Options{})
	if err != nil {
		return nil, err
	}
	n := v.id(quad.IRI(node))
	if n == 0 {
		return nil, nil
	}
	set := map[string]struct{}{}
	collect := func(_ uint64, ps []prim) error {
		for _, q := range ps {
			if q.Label == 0 || (q.Subject != n && q.Object != n) {
				continue
			}
			if err := v.resolve(ctx, q.Label); err != nil {
				return err
			}
			set[v.str(q.Label)] = struct{}{}
		}
		return nil
	}
	if err := v.groups(ctx, graph.IndexSP, []uint64{n}, collect); err != nil {
		return nil, err
	}
	if err := v.groups(ctx, graph.IndexOPS, []uint64{n}, collect); err != nil {
		return nil, err
	}
	if strings.HasPrefix(node, "doc:") {
		set[node] = struct{}{}
	}
	out := sortedSet(set)
	sort.Strings(out)
	return out, nil
}
