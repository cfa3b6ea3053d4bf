package graph

import (
	"context"
	"encoding/binary"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/unkg/unkg/graph/backend"
	"github.com/unkg/unkg/graph/testfacts"
)

// qrefRecords counts the QuadRef records of a document id: its file count
// and its per-quad counts.
func qrefRecords(t *testing.T, s *Store, id string) (files uint64, perQuad int) {
	t.Helper()
	ctx := context.Background()
	p := backend.Prefix(boundID(id))
	err := s.view(ctx, func(r backend.Reader) error {
		return r.Scan(ctx, backend.QuadRef, p, func(k, v []byte) error {
			if len(k) == len(p) {
				files, _ = binary.Uvarint(v)
			} else {
				perQuad++
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return files, perQuad
}

// A document id's files come and go one transaction at a time: per-quad
// file counts appear when its second file comes (counting the first file's
// quads, which that transaction does not touch) and go when it is back to
// one, and the graph always holds the union of its files' quads.
func TestFileCountsAcrossTransactions(t *testing.T) {
	s := openTest(t, t.TempDir())
	id := testfacts.Doc003
	en := testfacts.Seeds("seeds")[3]
	write(t, s, en)
	verify(t, s)
	if files, perQuad := qrefRecords(t, s, id); files != 1 || perQuad != 0 {
		t.Fatalf("one file: %d files, %d per-quad records", files, perQuad)
	}
	enQuads, err := Quads(en)
	if err != nil {
		t.Fatal(err)
	}

	fr := testfacts.Seeds("seeds")[3]
	fr.Doc.Path, fr.Doc.Lang, fr.Doc.SHA256 = "seeds/003.fr.txt", "fr", "ffff"
	fr.Relations = fr.Relations[:1]
	write(t, s, fr)
	verify(t, s)
	files, perQuad := qrefRecords(t, s, id)
	if files != 2 || perQuad < len(enQuads) {
		t.Fatalf("two files: %d files, %d per-quad records for %d quads of the first", files, perQuad, len(enQuads))
	}

	// The English file goes to another id: the French one is alone again.
	en2 := testfacts.Seeds("seeds")[3]
	en2.Doc.ID, en2.Doc.SHA256 = "doc:sha256:e2", "e2e2"
	if res := write(t, s, en2); res.Replaced != 1 || res.QuadsDeleted == 0 {
		t.Fatalf("moving the English file: %+v", res)
	}
	verify(t, s)
	if files, perQuad := qrefRecords(t, s, id); files != 1 || perQuad != 0 {
		t.Fatalf("back to one file: %d files, %d per-quad records", files, perQuad)
	}
	// The last file changes in place, then goes too.
	fr2 := *fr
	fr2.Doc.SHA256, fr2.Relations = "fff2", nil
	write(t, s, &fr2)
	verify(t, s)
	fr3 := fr2
	fr3.Doc.ID, fr3.Doc.SHA256 = "doc:sha256:f3", "fff3"
	write(t, s, &fr3)
	verify(t, s)
	if files, perQuad := qrefRecords(t, s, id); files != 0 || perQuad != 0 {
		t.Fatalf("no file: %d files, %d per-quad records", files, perQuad)
	}
	if qs, err := labelQuads(context.Background(), s, quad.IRI(id)); err != nil || len(qs) != 0 {
		t.Fatalf("quads of a gone id: %d %v", len(qs), err)
	}
}
