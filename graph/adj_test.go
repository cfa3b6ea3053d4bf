package graph

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strconv"
	"testing"

	hkv "github.com/hidal-go/hidalgo/kv"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/graph/synth"
	"github.com/unkg/unkg/graph/testfacts"
)

func TestAdjEncoding(t *testing.T) {
	es := []adjEntry{{n: "meeting:A", labels: []string{"doc:1", "doc:2"}}, {n: "meeting:B", labels: []string{"doc:2"}}}
	got, err := decodeAdj(encodeAdj(es))
	if err != nil || !reflect.DeepEqual(got, es) {
		t.Fatalf("round trip: %v, %v", got, err)
	}
	for _, bad := range [][]byte{{5}, {1, 9, 'a'}, append(encodeAdj(es), 0)} {
		if _, err := decodeAdj(bad); err == nil {
			t.Errorf("decodeAdj(%v) accepted", bad)
		}
	}
	d := &adjDelta{
		add: map[adjPair]struct{}{{"meeting:0", "doc:9"}: {}, {"meeting:A", "doc:0"}: {}},
		del: map[adjPair]struct{}{{"meeting:B", "doc:2"}: {}, {"meeting:A", "doc:2"}: {}},
	}
	want := []adjEntry{{n: "meeting:0", labels: []string{"doc:9"}}, {n: "meeting:A", labels: []string{"doc:0", "doc:1"}}}
	if got := d.apply(es); !reflect.DeepEqual(got, want) {
		t.Errorf("apply = %v, want %v", got, want)
	}
}

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

// A store written before the records existed (layout 1) gets them on open;
// Verify reports a damaged or missing record.
func TestAdjMigrationAndVerify(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	write(t, s, testfacts.Seeds("seeds")...)
	want, err := s.Attendees(ctx, "2003-04-11")
	if err != nil {
		t.Fatal(err)
	}
	var keys []hkv.Key
	err = hkv.View(s.kv, func(tx hkv.Tx) error {
		it := tx.Scan(keyAdjPrefix)
		defer it.Close()
		for it.Next(ctx) {
			keys = append(keys, it.Key().Clone())
		}
		return it.Err()
	})
	if err != nil || len(keys) == 0 {
		t.Fatalf("records: %d, %v", len(keys), err)
	}
	// Damage one, then drop them all and go back to layout 1.
	err = hkv.Update(ctx, s.kv, func(tx hkv.Tx) error {
		return tx.Put(keys[0], encodeAdj([]adjEntry{{n: "x", labels: []string{"y"}}}))
	})
	if err != nil {
		t.Fatal(err)
	}
	if problems, err := s.Verify(ctx); err != nil || len(problems) != 1 {
		t.Errorf("verify of a damaged record: %v, %v", problems, err)
	}
	err = hkv.Update(ctx, s.kv, func(tx hkv.Tx) error {
		for _, k := range keys {
			if err := tx.Del(k); err != nil {
				return err
			}
		}
		return tx.Put(keyVersion, []byte(fmt.Sprintf("1/%d", QuadsVersion)))
	})
	if err != nil {
		t.Fatal(err)
	}
	if problems, err := s.Verify(ctx); err != nil || len(problems) != len(keys) {
		t.Errorf("verify without records: %d problems, want %d (%v)", len(problems), len(keys), err)
	}
	s.Close()
	s2 := openTest(t, dir)
	verify(t, s2)
	got, err := s2.Attendees(ctx, "2003-04-11")
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("attendees after migration: %v, %v; want %v", got, err, want)
	}
}
