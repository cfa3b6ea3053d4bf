package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"

	"github.com/unkg/unkg/extract"
)

// Verify checks that the graph and the document records agree: the quads
// labelled with each stored document id are exactly the quads of its stored
// files, and no quads carry the label of a document the store has no record
// of. It returns one line per problem. It reads the whole store.
func (s *Store) Verify(ctx context.Context) ([]string, error) {
	want, err := s.storedQuads(ctx)
	if err != nil {
		return nil, err
	}
	var problems []string
	r := s.reader()
	for id, qs := range want {
		have, err := r.labelQuads(ctx, quad.IRI(id))
		if err != nil {
			return nil, err
		}
		missing, extra := 0, 0
		for q := range qs {
			if _, ok := have[q]; !ok {
				missing++
			}
		}
		for q := range have {
			if _, ok := qs[q]; !ok {
				extra++
			}
		}
		if missing > 0 || extra > 0 {
			problems = append(problems, fmt.Sprintf("%s: %d quads missing, %d unexpected (of %d)", id, missing, extra, len(qs)))
		}
	}
	// Labels without a record.
	var labels []uint64
	err = hkv.View(s.kv, func(tx hkv.Tx) error {
		it := tx.Scan(IndexL.Key(nil))
		defer it.Close()
		for it.Next(ctx) {
			k := it.Key()
			if len(k) == 2 && len(k[1]) == 8 {
				labels = append(labels, binary.BigEndian.Uint64(k[1]))
			}
		}
		return it.Err()
	})
	if err != nil {
		return nil, err
	}
	if err := r.resolve(ctx, labels...); err != nil {
		return nil, err
	}
	for _, l := range labels {
		id := r.str(l)
		if _, ok := want[id]; ok || id == "" {
			continue
		}
		have, err := r.labelQuads(ctx, quad.IRI(id))
		if err != nil {
			return nil, err
		}
		if len(have) > 0 {
			problems = append(problems, fmt.Sprintf("%s: %d quads but no document record", id, len(have)))
		}
	}
	// Adjacency records.
	exp := expectedAdj(want)
	err = hkv.View(s.kv, func(tx hkv.Tx) error {
		it := tx.Scan(keyAdjPrefix)
		defer it.Close()
		for it.Next(ctx) {
			k := it.Key()
			if len(k) != 4 {
				continue
			}
			ks := string(k[2]) + "\x00" + string(k[3])
			w, ok := exp[ks]
			switch {
			case !ok:
				problems = append(problems, fmt.Sprintf("%s: no quads state it", adjKeyText(ks)))
			case !bytes.Equal(w, it.Val()):
				problems = append(problems, fmt.Sprintf("%s: differs from the quads", adjKeyText(ks)))
			}
			delete(exp, ks)
		}
		return it.Err()
	})
	if err != nil {
		return nil, err
	}
	for ks := range exp {
		problems = append(problems, fmt.Sprintf("%s: missing", adjKeyText(ks)))
	}
	sort.Strings(problems)
	return problems, nil
}

// storedQuads are the quads of every stored document record, by document id.
func (s *Store) storedQuads(ctx context.Context) (map[string]map[quad.Quad]struct{}, error) {
	want := map[string]map[quad.Quad]struct{}{}
	err := hkv.View(s.kv, func(tx hkv.Tx) error {
		it := tx.Scan(hkv.Key{[]byte("unkg"), []byte("doc"), {}})
		defer it.Close()
		for it.Next(ctx) {
			k := it.Key()
			if len(k) != 4 {
				continue
			}
			var f extract.Facts
			if err := json.Unmarshal(it.Val(), &f); err != nil {
				return fmt.Errorf("record %s: %w", k[3], err)
			}
			qs, err := Quads(&f)
			if err != nil {
				return fmt.Errorf("record %s: %w", k[3], err)
			}
			id := string(k[2])
			if want[id] == nil {
				want[id] = map[quad.Quad]struct{}{}
			}
			for _, q := range qs {
				want[id][q] = struct{}{}
			}
		}
		return it.Err()
	})
	return want, err
}

// migrateAdj writes the adjacency records of a store that has none (layout
// version 1), from its document records.
func (s *Store) migrateAdj(ctx context.Context) error {
	want, err := s.storedQuads(ctx)
	if err != nil {
		return err
	}
	exp := expectedAdj(want)
	keys := make([]string, 0, len(exp))
	for k := range exp {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	maxCount := int64(0.5 * float64(s.bdb.MaxBatchCount()))
	maxSize := int64(0.5 * float64(s.bdb.MaxBatchSize()))
	for len(keys) > 0 {
		err := hkv.Update(ctx, s.kv, func(tx hkv.Tx) error {
			var count, size int64
			for len(keys) > 0 && count < maxCount && size < maxSize {
				ks := keys[0]
				dp, node, _ := strings.Cut(ks, "\x00")
				v := exp[ks]
				if err := tx.Put(keyAdj(dp[0], quad.IRI(dp[1:]), node), v); err != nil {
					return err
				}
				count++
				size += int64(len(ks) + len(v) + 64)
				keys = keys[1:]
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// labelQuads returns the live quads labelled with label.
func (r *reader) labelQuads(ctx context.Context, label quad.IRI) (map[quad.Quad]struct{}, error) {
	es, err := r.edges(ctx, IndexL, label)
	if err != nil {
		return nil, err
	}
	var ids []uint64
	for _, e := range es {
		ids = append(ids, e.s, e.p, e.o, e.l)
	}
	if err := r.resolve(ctx, ids...); err != nil {
		return nil, err
	}
	out := make(map[quad.Quad]struct{}, len(es))
	for _, e := range es {
		out[quad.Quad{Subject: r.vals[e.s], Predicate: r.vals[e.p], Object: r.vals[e.o], Label: r.vals[e.l]}] = struct{}{}
	}
	return out, nil
}
