package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"maps"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/unkg/unkg/graph/backend"
)

// Verify checks that the graph and the document records agree: the quads
// labelled with each stored document id are exactly the quads of its stored
// files, no quads carry the label of a document the store has no record
// of, and the file counts, adjacency records and counters are those the
// records imply. It returns one line per problem. It reads the whole store.
func (s *Store) Verify(ctx context.Context) ([]string, error) {
	want, refs, err := s.storedQuads(ctx)
	if err != nil {
		return nil, err
	}
	var problems []string
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	// The graph's quads, by label, in one pass.
	qs := s.be.QuadStore()
	have := map[string]map[quad.Quad]struct{}{}
	it := qs.QuadsAllIterator()
	var total int64
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		l := valueText(q.Label)
		if have[l] == nil {
			have[l] = map[quad.Quad]struct{}{}
		}
		have[l][q] = struct{}{}
		total++
	}
	if err := it.Close(); err != nil {
		return nil, fmt.Errorf("read quads: %w", err)
	}
	for id, ws := range want {
		hs := have[id]
		missing, extra := 0, 0
		for q := range ws {
			if _, ok := hs[q]; !ok {
				missing++
			}
		}
		for q := range hs {
			if _, ok := ws[q]; !ok {
				extra++
			}
		}
		if missing > 0 || extra > 0 {
			bad("%s: %d quads missing, %d unexpected (of %d)", id, missing, extra, len(ws))
		}
	}
	for id, hs := range have {
		if _, ok := want[id]; !ok {
			bad("%s: %d quads but no document record", id, len(hs))
		}
	}
	// Records derived from the quads.
	expAdj := map[string][]byte{}
	counts := map[string]int64{"": 0}
	typeOf := map[string]string{} // typeof records: the entity's full text when the key cuts it
	for _, ws := range want {
		for q := range ws {
			for _, r := range adjRecords(q) {
				expAdj[string(r.key)] = r.val
			}
			counts[predName(q.Predicate)]++
			counts[""]++
			if q.Predicate == PredType {
				k := typeKey{valueText(q.Object), valueText(q.Subject)}
				tk := string(typeOfKey(k))
				if counts[tk] == 0 {
					counts["type:"+k.typ]++
				}
				counts[tk]++
				typeOf[tk] = typeOfFull(k)
			}
		}
	}
	wantTotal := counts[""]
	err = s.view(ctx, func(r backend.Reader) error {
		err := r.Scan(ctx, backend.Adj, nil, func(k, v []byte) error {
			w, ok := expAdj[string(k)]
			switch {
			case !ok:
				bad("adjacency %q: no quad states it", k)
			case !bytes.Equal(w, v):
				bad("adjacency %q: differs from the quads", k)
			}
			delete(expAdj, string(k))
			return nil
		})
		if err != nil {
			return err
		}
		err = r.Scan(ctx, backend.QuadRef, nil, func(k, v []byte) error {
			n, _ := binary.Uvarint(v)
			if w := refs[string(k)]; w != n {
				bad("file count %q: %d, the records say %d", k, n, w)
			}
			delete(refs, string(k))
			return nil
		})
		if err != nil {
			return err
		}
		return r.Scan(ctx, backend.Count, nil, func(k, v []byte) error {
			var n int64
			var err error
			if isTypeOf(k) {
				var full string
				n, full, err = typeOfCount(v)
				if w, ok := typeOf[string(k)]; ok && err == nil && full != w {
					bad("counter %q: entity %q, the records say %q", k, full, w)
				}
			} else {
				n, err = backend.Int(v)
			}
			if err != nil {
				return err
			}
			if w := counts[string(k)]; w != n {
				bad("counter %q: %d, the records say %d", k, n, w)
			}
			delete(counts, string(k))
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	for k := range expAdj {
		bad("adjacency %q: missing", k)
	}
	for k := range refs {
		bad("file count %q: missing", k)
	}
	for k, n := range counts {
		if n != 0 {
			bad("counter %q: missing (the records say %d)", k, n)
		}
	}
	if total != wantTotal {
		bad("graph holds %d quads, the records say %d", total, wantTotal)
	}
	sort.Strings(problems)
	return problems, nil
}

// storedQuads are the quads of every stored document record, by document
// id, and the QuadRef records they imply: each id's number of files, and for
// an id of two files or more the number stating each quad.
func (s *Store) storedQuads(ctx context.Context) (map[string]map[quad.Quad]struct{}, map[string]uint64, error) {
	want := map[string]map[quad.Quad]struct{}{}
	refs := map[string]uint64{}
	files := map[string]uint64{}
	quadRefs := map[string]map[string]uint64{}
	err := s.view(ctx, func(r backend.Reader) error {
		return r.Scan(ctx, backend.Doc, nil, func(k, v []byte) error {
			f, err := decodeRecord(v)
			if err != nil {
				return fmt.Errorf("record %q: %w", k, err)
			}
			qs, err := Quads(f)
			if err != nil {
				return fmt.Errorf("record %q: %w", k, err)
			}
			id := f.Doc.ID
			if want[id] == nil {
				want[id] = map[quad.Quad]struct{}{}
			}
			p := string(backend.Prefix(boundID(id)))
			files[p]++
			if quadRefs[p] == nil {
				quadRefs[p] = map[string]uint64{}
			}
			for _, q := range qs {
				want[id][q] = struct{}{}
				quadRefs[p][string(backend.QuadRefKey(q))]++
			}
			return nil
		})
	})
	for p, n := range files {
		refs[p] = n
		if n >= 2 {
			maps.Copy(refs, quadRefs[p])
		}
	}
	return want, refs, err
}
