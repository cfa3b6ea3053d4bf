package graph

import (
	"bytes"
	"context"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/graph/backend"
	"github.com/unkg/unkg/graph/synth"
	"github.com/unkg/unkg/graph/testfacts"
)

// Random writes, replaces (same id and new id) of synthetic documents keep
// the records exact: Verify compares them with the stored facts.
func TestAdjRandomReplaces(t *testing.T) {
	s := openTest(t, t.TempDir())
	ctx := context.Background()
	c := synth.New(synth.Config{Docs: 300, Meetings: 20})
	r := rand.New(rand.NewPCG(1, 2))
	var batch []*extract.Facts
	for i := range c.Len() {
		batch = append(batch, c.Doc(i))
	}
	write(t, s, batch...)
	verify(t, s)
	for round := range 4 {
		batch = batch[:0]
		for range 60 {
			i := r.IntN(c.Len())
			f := c.Doc(r.IntN(c.Len())) // another document's facts at i's path
			f.Doc.Path = c.Doc(i).Doc.Path
			if r.IntN(2) == 0 {
				f.Doc.ID = c.Doc(i).Doc.ID // in place
			}
			f.Relations = f.Relations[:r.IntN(len(f.Relations)+1)]
			f.Doc.SHA256 = strconv.Itoa(round)
			batch = append(batch, f)
		}
		if _, err := s.Write(ctx, batch); err != nil {
			t.Fatal(err)
		}
		verify(t, s)
	}
	// The queries read the records: every attendee row of every meeting.
	for m := range 20 {
		rows, err := s.Attendees(ctx, c.MeetingID(m))
		if err != nil && m < 5 {
			t.Errorf("attendees %d: %v", m, err)
		}
		for _, row := range rows {
			if len(row.Sources) == 0 {
				t.Errorf("%+v: no sources", row)
			}
		}
	}
}

// Verify reports a damaged, a missing and a spurious adjacency record.
func TestVerifyFindsDamage(t *testing.T) {
	s := openTest(t, t.TempDir())
	ctx := context.Background()
	write(t, s, testfacts.Seeds("seeds")...)
	verify(t, s)
	var keys [][]byte
	err := s.view(ctx, func(r backend.Reader) error {
		return r.Scan(ctx, backend.Adj, nil, func(k, _ []byte) error {
			keys = append(keys, bytes.Clone(k))
			return nil
		})
	})
	if err != nil || len(keys) < 2 {
		t.Fatalf("records: %d, %v", len(keys), err)
	}
	tx, err := s.be.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(tx.Put(backend.Adj, keys[0], []byte("x")))
	must(tx.Delete(backend.Adj, keys[1]))
	must(tx.Put(backend.Adj, backend.AdjKey(backend.Forward, string(PredAttended), "org:XX", "meeting:X", "doc:X"), nil))
	must(tx.Commit(ctx))
	problems, err := s.Verify(ctx)
	if err != nil || len(problems) != 3 {
		t.Errorf("verify of damaged records: %q, %v", problems, err)
	}
}
