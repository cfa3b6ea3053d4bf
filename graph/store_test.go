package graph

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/graph/testfacts"
)

func openTest(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func write(t *testing.T, s *Store, fs ...*extract.Facts) WriteResult {
	t.Helper()
	res, err := s.Write(context.Background(), fs)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Errors {
		t.Errorf("write: %v", e)
	}
	return res
}

func verify(t *testing.T, s *Store) {
	t.Helper()
	problems, err := s.Verify(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error("verify:", p)
	}
}

func seedStore(t *testing.T) *Store {
	s := openTest(t, t.TempDir())
	res := write(t, s, testfacts.Seeds("seeds")...)
	if res.Written != 5 || res.Transactions != 1 {
		t.Fatalf("first write: %+v", res)
	}
	return s
}

func TestAttendees(t *testing.T) {
	s := seedStore(t)
	ctx := context.Background()
	for _, arg := range []string{"2003-04-11", testfacts.Meeting2003} {
		rows, err := s.Attendees(ctx, arg)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, r := range rows {
			ids = append(ids, r.ID)
			if r.Meeting != testfacts.Meeting2003 {
				t.Errorf("row %+v: wrong meeting", r)
			}
			if !reflect.DeepEqual(r.Sources, []string{testfacts.Doc001, testfacts.Doc000}) {
				t.Errorf("%s: sources %v, want 000 and 001", r.ID, r.Sources)
			}
		}
		if !reflect.DeepEqual(ids, testfacts.Attendees2003) {
			t.Errorf("attendees %s = %v, want %v", arg, ids, testfacts.Attendees2003)
		}
		if rows[0].ID == "org:AU" && rows[0].Name != "African Union" {
			t.Errorf("AU's name is %q", rows[0].Name)
		}
	}
	if _, err := s.Attendees(ctx, "1999-01-01"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown date: %v", err)
	}
}

func TestMeetingsByName(t *testing.T) {
	s := seedStore(t)
	ctx := context.Background()
	for _, arg := range []string{"AU", "org:AU", "African Union", "african  union", "الاتحاد الأفريقي", "الاتحاد الافريقي", "非洲联盟"} {
		rows, err := s.Meetings(ctx, arg)
		if err != nil {
			t.Errorf("%s: %v", arg, err)
			continue
		}
		var got []string
		for _, r := range rows {
			got = append(got, r.Meeting+" "+r.Date)
		}
		want := []string{testfacts.Meeting2003 + " 2003-04-11", testfacts.Meeting2004 + " 2004-07-20"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("meetings %q = %v, want %v", arg, got, want)
		}
		if len(rows) == 2 && !reflect.DeepEqual(rows[1].Sources, []string{testfacts.Doc003}) {
			t.Errorf("sources of %v", rows[1])
		}
	}
	if _, err := s.Meetings(ctx, "Warsaw Pact"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown org: %v", err)
	}
}

func TestPresidencies(t *testing.T) {
	s := seedStore(t)
	ctx := context.Background()
	rows, err := s.Presidencies(ctx, "MEX")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Meeting != testfacts.Meeting2003 || rows[0].Name != "Mexico" ||
		!reflect.DeepEqual(rows[0].Sources, []string{testfacts.Doc001, testfacts.Doc000}) {
		t.Errorf("presidencies MEX = %+v", rows)
	}
	all, err := s.Presidencies(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 || all[0].Country != "country:MEX" || all[1].Country != "country:ROU" {
		t.Errorf("all presidencies = %+v", all)
	}
	if rows, err := s.Presidencies(ctx, "المكسيك"); err != nil || len(rows) != 1 {
		t.Errorf("presidencies by Arabic name: %v %v", rows, err)
	}
}

func TestTrace(t *testing.T) {
	s := seedStore(t)
	ctx := context.Background()
	for _, arg := range []string{testfacts.Doc004, "S/2005/XXX", "seeds/004_b54acdac83ce6a8a.txt"} {
		steps, err := s.Trace(ctx, arg, 3)
		if err != nil {
			t.Fatal(err)
		}
		byID := map[string]TraceStep{}
		for _, st := range steps {
			byID[st.ID] = st
		}
		m, ok := byID[testfacts.Meeting2003]
		if !ok {
			t.Fatalf("trace %s does not reach the 2003 meeting: %+v", arg, steps)
		}
		if !slices.Contains(m.DescribedBy, testfacts.Doc000) || !slices.Contains(m.DescribedBy, testfacts.Doc001) {
			t.Errorf("2003 meeting described by %v", m.DescribedBy)
		}
		if !reflect.DeepEqual(m.Attendees, testfacts.Attendees2003) {
			t.Errorf("2003 meeting attendees %v", m.Attendees)
		}
		if _, ok := byID[testfacts.Meeting2004]; !ok {
			t.Errorf("trace does not reach the July 2004 debate")
		}
		if d3 := byID[testfacts.Doc003]; d3.Depth != 1 || d3.Via != "cites" || !reflect.DeepEqual(d3.Sources, []string{testfacts.Doc004}) {
			t.Errorf("step to 003: %+v", d3)
		}
	}
	steps, err := s.Trace(ctx, testfacts.Doc004, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range steps {
		if st.Depth > 1 || st.ID == testfacts.Meeting2003 {
			t.Errorf("depth 1 went too far: %+v", st)
		}
	}
}

func TestIdempotentAndReplace(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, dir)
	ctx := context.Background()
	write(t, s, testfacts.Seeds("seeds")...)
	before, _ := s.Stats(ctx)

	res := write(t, s, testfacts.Seeds("seeds")...)
	if res.Unchanged != 5 || res.QuadsAdded != 0 || res.QuadsDeleted != 0 || res.Transactions != 1 {
		t.Errorf("second write of the same facts: %+v", res)
	}
	after, _ := s.Stats(ctx)
	if !reflect.DeepEqual(before, after) {
		t.Errorf("stats changed:\n%+v\n%+v", before, after)
	}

	// The file at 001's path changes: a new digest, hence a new id, and it
	// no longer names OSCE.
	seeds := testfacts.Seeds("seeds")
	f1 := seeds[1]
	f1.Doc.ID, f1.Doc.SHA256 = "doc:sha256:1111111111111111", "1111"
	f1.Entities = slices.DeleteFunc(f1.Entities, func(e extract.Entity) bool { return e.ID == "org:OSCE" })
	f1.Relations = slices.DeleteFunc(f1.Relations, func(r extract.Relation) bool { return r.Subject == "org:OSCE" })
	res = write(t, s, f1)
	if res.Replaced != 1 || res.QuadsDeleted == 0 {
		t.Errorf("replace: %+v", res)
	}
	verify(t, s)
	if old, err := labelQuads(ctx, s, testfacts.Doc001); err != nil || len(old) != 0 {
		t.Errorf("old id still labels %d quads (%v)", len(old), err)
	}
	if _, err := s.DocumentFacts(testfacts.Doc001); !errors.Is(err, ErrNotFound) {
		t.Errorf("old record: %v", err)
	}
	got, err := s.DocumentFacts(f1.Doc.ID)
	if err != nil || !reflect.DeepEqual(got, f1) {
		t.Errorf("DocumentFacts = %v, %v", got, err)
	}
	rows, _ := s.Attendees(ctx, "2003-04-11")
	for _, row := range rows {
		want := []string{f1.Doc.ID, testfacts.Doc000}
		if row.ID == "org:OSCE" {
			want = []string{testfacts.Doc000}
		}
		if !reflect.DeepEqual(row.Sources, want) {
			t.Errorf("%s sources %v, want %v", row.ID, row.Sources, want)
		}
	}

	// The same id (a symbol) with changed content: replaced in place.
	f3 := testfacts.Seeds("seeds")[3]
	f3.Doc.SHA256 = "3333"
	f3.Relations = f3.Relations[:2]
	res = write(t, s, f3)
	if res.Replaced != 1 || res.QuadsDeleted != 3 || res.QuadsAdded != 1 { // the presidency, AU's attendance, the digest
		t.Errorf("replace in place: %+v", res)
	}
	if rows, _ := s.Presidencies(ctx, "ROU"); len(rows) != 0 {
		t.Errorf("ROU presidency survived: %+v", rows)
	}
	verify(t, s)

	// Survives a restart; a second process cannot open it meanwhile.
	if _, err := Open(dir, Options{}); !errors.Is(err, ErrLocked) || err.Error() == "" {
		t.Errorf("second open: %v", err)
	}
	s.Close()
	s2 := openTest(t, dir)
	after2, err := s2.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after2.Documents != 5 || after2.Quads == 0 {
		t.Errorf("after reopen: %+v", after2)
	}
	verify(t, s2)
}

// Two files with the same document id (language versions of one symbol):
// replacing one keeps the quads the other states.
func TestSharedID(t *testing.T) {
	s := openTest(t, t.TempDir())
	ctx := context.Background()
	en := testfacts.Seeds("seeds")[3]
	fr := testfacts.Seeds("seeds")[3]
	fr.Doc.Path, fr.Doc.Lang, fr.Doc.SHA256 = "seeds/003.fr.txt", "fr", "ffff"
	fr.Entities[2].Mentions = []extract.Mention{{Text: "Union africaine", Start: 1, End: 16}}
	write(t, s, en, fr)
	verify(t, s)
	if fs, _ := s.DocumentFiles(testfacts.Doc003); len(fs) != 2 {
		t.Fatalf("files of %s: %d", testfacts.Doc003, len(fs))
	}
	// The French file changes and no longer states the presidency.
	fr2 := *fr
	fr2.Doc.SHA256 = "fff2"
	fr2.Relations = fr.Relations[:2]
	write(t, s, &fr2)
	verify(t, s)
	if rows, _ := s.Presidencies(ctx, "ROU"); len(rows) != 1 {
		t.Errorf("the English file's presidency was removed: %+v", rows)
	}
	if rows, err := s.Meetings(ctx, "Union africaine"); err != nil || len(rows) != 1 {
		t.Errorf("French name: %v %v", rows, err)
	}
}

func TestTooBig(t *testing.T) {
	s := openTest(t, t.TempDir())
	ctx := context.Background()
	big := &extract.Facts{Doc: extract.Doc{ID: "doc:sha256:b16", Path: "big.txt", Lang: "en", SHA256: "b16"}}
	for i := range 40000 {
		big.Relations = append(big.Relations, extract.Relation{
			Subject: fmt.Sprintf("person:p%d", i), Predicate: "attended", Object: fmt.Sprintf("meeting:UNSC:2003-04-%02d", i%28+1)})
	}
	seeds := testfacts.Seeds("seeds")
	res, err := s.Write(ctx, append(seeds[:2:2], big, seeds[2]))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) != 1 || !errors.Is(res.Errors[0], ErrTooBig) || res.Errors[0].Path != "big.txt" {
		t.Fatalf("errors: %v", res.Errors)
	}
	t.Log(res.Errors[0])
	if res.Written != 3 {
		t.Errorf("written %d, want the 3 others", res.Written)
	}
	if _, err := s.DocumentFacts(big.Doc.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("big document's record: %v", err)
	}
	if q, _ := labelQuads(ctx, s, quad.IRI(big.Doc.ID)); len(q) != 0 {
		t.Errorf("big document has %d quads", len(q))
	}
	verify(t, s)
	// The store still works after the failed transaction.
	write(t, s, seeds[3], seeds[4])
	verify(t, s)
}

func TestStatsAndGizmo(t *testing.T) {
	s := seedStore(t)
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 5 || st.Files != 5 || st.Entities["Organization"] != 7 || st.Entities["Meeting"] != 2 ||
		st.Facts["attended"] != 6+6+1 || st.Quads == 0 {
		t.Errorf("stats: %+v", st)
	}
	var sum int64
	for _, n := range st.Facts {
		sum += n
	}
	if sum != st.Quads {
		t.Errorf("facts by predicate sum to %d, quads %d", sum, st.Quads)
	}
	res, err := s.Gizmo(ctx, `g.V("<org:AU>").Out("<attended>").All()`, 0, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 3 { // one result per quad: 000 and 001 both state the 2003 attendance
		t.Errorf("gizmo: %v", res)
	}
	if _, err := s.Gizmo(ctx, `while(true){}`, 0, 200*time.Millisecond); err == nil {
		t.Errorf("endless gizmo query returned no error")
	}
}

// labelQuads returns the graph's quads labelled with label.
func labelQuads(ctx context.Context, s *Store, label quad.IRI) ([]quad.Quad, error) {
	qs := s.QuadStore()
	ref := qs.ValueOf(label)
	if ref == nil {
		return nil, nil
	}
	it := qs.QuadIterator(quad.Label, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, qs.Quad(it.Result()))
	}
	return out, it.Err()
}
