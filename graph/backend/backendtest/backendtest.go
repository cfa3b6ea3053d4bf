// Package backendtest is the conformance suite of store backends, as
// Cayley's graphtest.TestAll is for quad stores: the user's questions on
// the real seeds (testdata/seeds, through the real extractor), idempotent
// re-ingest, replacing a changed file, files sharing a document id, a
// document refused whole, read-only opening, and atomicity when the writing
// process is killed. Every test goes through package graph, so it checks
// what a user of unkg sees, on a real backend.
package backendtest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/backend"
	"github.com/unkg/unkg/graph/synth"
	"github.com/unkg/unkg/rules"
)

// NewDB returns a --db value naming a store that does not exist yet (a
// fresh folder, an empty database), removed when the test ends.
type NewDB func(t *testing.T) string

// envCrash makes the test binary the writer that CrashAtomicity kills.
const envCrash = "UNKG_BACKENDTEST_CRASH_DB"

// TestAll runs the suite on the backend that newDB's values name.
func TestAll(t *testing.T, newDB NewDB) {
	if db := os.Getenv(envCrash); db != "" {
		t.Run("CrashAtomicity", func(t *testing.T) { crashWriter(t, db) })
		return
	}
	for _, c := range []struct {
		name string
		fn   func(*testing.T, NewDB)
	}{
		{"Questions", testQuestions},
		{"Idempotent", testIdempotent},
		{"Replace", testReplace},
		{"SharedID", testSharedID},
		{"RefusedWhole", testRefusedWhole},
		{"LongNames", testLongNames},
		{"ReadOnly", testReadOnly},
		{"CrashAtomicity", testCrash},
	} {
		t.Run(c.name, func(t *testing.T) { c.fn(t, newDB) })
	}
}

// SeedsDir is the folder of the real seed documents.
func SeedsDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "testdata", "seeds")
}

// Seeds extracts the real seeds, with paths "seeds/NAME".
func Seeds(t testing.TB) []*extract.Facts {
	t.Helper()
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(set, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	names, err := filepath.Glob(filepath.Join(SeedsDir(), "*.txt"))
	if err != nil || len(names) != 5 {
		t.Fatalf("seeds in %s: %v %v", SeedsDir(), names, err)
	}
	var out []*extract.Facts
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		f, err := x.Document("seeds/"+filepath.Base(n), data)
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		out = append(out, f)
	}
	return out
}

func open(t *testing.T, db string, o graph.Options) *graph.Store {
	t.Helper()
	s, err := graph.Open(db, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func write(t *testing.T, s *graph.Store, fs ...*extract.Facts) graph.WriteResult {
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

func verify(t *testing.T, s *graph.Store) {
	t.Helper()
	problems, err := s.Verify(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error("verify:", p)
	}
}

func labelQuads(t *testing.T, s *graph.Store, label string) int {
	t.Helper()
	qs := s.QuadStore()
	ref := qs.ValueOf(quad.IRI(label))
	if ref == nil {
		return 0
	}
	it := qs.QuadIterator(quad.Label, ref)
	defer it.Close()
	n := 0
	for it.Next(context.Background()) {
		n++
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	return n
}

// The meeting of 11 April 2003 is described in Arabic (seed 000) and
// Chinese (001).
const (
	meeting2003 = "meeting:UNSC:2003-04-11"
	seed004     = "seeds/004_b54acdac83ce6a8a.txt"
)

var orgs2003 = []string{"org:AU", "org:ECOWAS", "org:EU", "org:LAS", "org:OAS", "org:OSCE"}

// questions asks the user's questions and checks the answers.
func questions(t *testing.T, s *graph.Store, ids []string) {
	t.Helper()
	ctx := context.Background()
	rows, err := s.Attendees(ctx, "2003-04-11")
	if err != nil {
		t.Fatalf("attendees: %v", err)
	}
	got := map[string][]string{}
	for _, r := range rows {
		if r.Meeting != meeting2003 {
			t.Errorf("attendee of another meeting: %+v", r)
		}
		got[r.ID] = r.Sources
	}
	for _, o := range orgs2003 {
		if want := []string{ids[0], ids[1]}; !sameSet(got[o], want) {
			t.Errorf("attendees 2003-04-11: %s sources %v, want %v", o, got[o], want)
		}
	}
	if _, err := s.Attendees(ctx, "1999-01-01"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("attendees of an unknown date: %v", err)
	}
	for _, arg := range []string{"AU", "org:AU", "African Union"} {
		ms, err := s.Meetings(ctx, arg)
		if err != nil {
			t.Errorf("meetings %s: %v", arg, err)
			continue
		}
		if !slices.ContainsFunc(ms, func(m graph.MeetingAttended) bool { return m.Meeting == meeting2003 }) {
			t.Errorf("meetings %s: %+v lacks %s", arg, ms, meeting2003)
		}
	}
	steps, err := s.Trace(ctx, seed004, 0)
	if err != nil {
		t.Fatalf("trace: %v", err)
	}
	reached := map[string]graph.TraceStep{}
	for _, st := range steps {
		reached[st.ID] = st
	}
	for _, w := range []string{meeting2003, "meeting:UNSC:2004-07-20"} {
		if _, ok := reached[w]; !ok {
			t.Errorf("trace of seed 004 does not reach %s", w)
		}
	}
	if m := reached[meeting2003]; !sameSet(m.DescribedBy, ids[:2]) {
		t.Errorf("2003 meeting described by %v, want %v", m.DescribedBy, ids[:2])
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Files != len(ids) || st.Quads == 0 || st.Entities["Meeting"] == 0 || st.Facts["attended"] == 0 {
		t.Errorf("stats: %+v", st)
	}
	res, err := s.Gizmo(ctx, `g.V("<org:AU>").Out("<attended>").All()`, 0, 10*time.Second)
	if err != nil || len(res) == 0 {
		t.Errorf("gizmo over the backend's quad store: %v, %v", res, err)
	}
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

func ids(fs []*extract.Facts) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Doc.ID
	}
	return out
}

func testQuestions(t *testing.T, newDB NewDB) {
	db := newDB(t)
	seeds := Seeds(t)
	s := open(t, db, graph.Options{})
	res := write(t, s, seeds...)
	if res.Written != 5 {
		t.Errorf("write: %+v", res)
	}
	verify(t, s)
	questions(t, s, ids(seeds))
	// The same answers after a restart.
	s.Close()
	s2 := open(t, db, graph.Options{ReadOnly: true})
	questions(t, s2, ids(seeds))
}

func testIdempotent(t *testing.T, newDB NewDB) {
	s := open(t, newDB(t), graph.Options{})
	ctx := context.Background()
	write(t, s, Seeds(t)...)
	before, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	res := write(t, s, Seeds(t)...)
	if res.Unchanged != 5 || res.Written+res.Replaced != 0 || res.QuadsAdded+res.QuadsDeleted != 0 {
		t.Errorf("second ingest of the same files: %+v", res)
	}
	after, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Errorf("stats changed:\n%+v\n%+v", before, after)
	}
	verify(t, s)
}

// A changed file replaces what its path stated before, with a new id (a
// new digest) or in place.
func testReplace(t *testing.T, newDB NewDB) {
	s := open(t, newDB(t), graph.Options{})
	ctx := context.Background()
	seeds := Seeds(t)
	write(t, s, seeds...)
	old := seeds[1].Doc.ID
	f1 := Seeds(t)[1]
	f1.Doc.ID, f1.Doc.SHA256 = "doc:sha256:1111111111111111", strings.Repeat("1", 64)
	f1.Relations = slices.DeleteFunc(f1.Relations, func(r extract.Relation) bool { return r.Subject == "org:OSCE" })
	res := write(t, s, f1)
	if res.Replaced != 1 || res.QuadsDeleted == 0 {
		t.Errorf("replace: %+v", res)
	}
	verify(t, s)
	if n := labelQuads(t, s, old); n != 0 {
		t.Errorf("the replaced id still labels %d quads", n)
	}
	if _, err := s.DocumentFacts(old); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("record of the replaced id: %v", err)
	}
	rows, err := s.Attendees(ctx, meeting2003)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		want := []string{seeds[0].Doc.ID, f1.Doc.ID}
		if r.ID == "org:OSCE" {
			want = want[:1]
		}
		if slices.Contains(orgs2003, r.ID) && !sameSet(r.Sources, want) {
			t.Errorf("%s: sources %v, want %v", r.ID, r.Sources, want)
		}
	}
	// In place: same id, fewer facts.
	f0 := Seeds(t)[0]
	f0.Relations = nil
	res = write(t, s, f0)
	if res.Replaced != 1 || res.QuadsAdded != 0 || res.QuadsDeleted == 0 {
		t.Errorf("replace in place: %+v", res)
	}
	verify(t, s)
	rows, _ = s.Attendees(ctx, meeting2003)
	for _, r := range rows {
		if slices.Contains(r.Sources, f0.Doc.ID) {
			t.Errorf("%s still sourced by the emptied %s", r.ID, f0.Doc.ID)
		}
	}
}

// Files sharing a document id (language versions of one symbol): the id's
// quads are the union of its files'; replacing one keeps the others'.
func testSharedID(t *testing.T, newDB NewDB) {
	s := open(t, newDB(t), graph.Options{})
	ctx := context.Background()
	en := Seeds(t)[0]
	n0 := len(en.Relations)
	copies := []*extract.Facts{en}
	for i := 1; i < 4; i++ {
		c := Seeds(t)[0]
		c.Doc.Path = fmt.Sprintf("copies/%d.txt", i)
		c.Relations = c.Relations[:n0*i/4]
		copies = append(copies, c)
	}
	write(t, s, copies...)
	verify(t, s)
	if fs, _ := s.DocumentFiles(en.Doc.ID); len(fs) != 4 {
		t.Fatalf("files of %s: %d", en.Doc.ID, len(fs))
	}
	before := labelQuads(t, s, en.Doc.ID)
	// Empty every copy but the first: nothing the first states goes.
	for _, c := range copies[1:] {
		c.Relations, c.Doc.SHA256 = nil, "changed"
	}
	write(t, s, copies[1:]...)
	verify(t, s)
	if after := labelQuads(t, s, en.Doc.ID); after < before-1 { // the digest of the copies goes
		t.Errorf("quads of %s: %d after emptying the copies, %d before", en.Doc.ID, after, before)
	}
	if rows, err := s.Attendees(ctx, meeting2003); err != nil || len(rows) == 0 {
		t.Errorf("attendees after emptying the copies: %v %v", rows, err)
	}
}

// A document over the backend's transaction limits is refused whole, with
// its path; the others are stored and the store goes on.
func testRefusedWhole(t *testing.T, newDB NewDB) {
	s := open(t, newDB(t), graph.Options{})
	ctx := context.Background()
	seeds := Seeds(t)
	n := int(s.Backend().Limits().MaxWrites/4) + 1
	big := &extract.Facts{Doc: extract.Doc{ID: "doc:sha256:b16b16b16b16b16b", Path: "big.txt", Lang: "en", SHA256: "b16"}}
	for i := range n {
		big.Relations = append(big.Relations, extract.Relation{
			Subject: fmt.Sprintf("person:p%d", i), Predicate: "attended", Object: meeting2003})
	}
	res, err := s.Write(ctx, []*extract.Facts{seeds[0], seeds[1], big, seeds[2]})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) != 1 || res.Errors[0].Path != "big.txt" || !errors.Is(res.Errors[0], graph.ErrTooBig) {
		t.Fatalf("errors: %v", res.Errors)
	}
	if res.Written != 3 {
		t.Errorf("written %d, want the 3 others", res.Written)
	}
	if q := labelQuads(t, s, big.Doc.ID); q != 0 {
		t.Errorf("the refused document has %d quads", q)
	}
	if _, err := s.DocumentFacts(big.Doc.ID); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("record of the refused document: %v", err)
	}
	verify(t, s)
	write(t, s, seeds[3], seeds[4])
	verify(t, s)
	questions(t, s, ids(seeds))
}

// Names, subject terms and paths far over any key limit are stored, cut.
func testLongNames(t *testing.T, newDB NewDB) {
	s := open(t, newDB(t), graph.Options{})
	ctx := context.Background()
	f := Seeds(t)[0]
	long := strings.Repeat("Peace and security in Africa ", 2500) // 70 KB
	f.Doc.Path = "long/" + strings.Repeat("x", 5000) + ".txt"
	f.Doc.Title = long
	f.Entities = append(f.Entities, extract.Entity{ID: "subject:" + long, Type: extract.TypeSubject, Name: long})
	f.Relations = append(f.Relations, extract.Relation{Subject: f.Doc.ID, Predicate: "subject", Object: "subject:" + long})
	write(t, s, f)
	verify(t, s)
	if ids, err := s.Entities(ctx, long, ""); err != nil || len(ids) != 1 || len(ids[0]) > 600 {
		t.Errorf("entity by its 70 KB name: %d ids, %v", len(ids), err)
	}
	id, err := s.DocumentAt(f.Doc.Path)
	if err != nil || id != f.Doc.ID {
		t.Errorf("document at the long path: %q, %v", id, err)
	}
}

func testReadOnly(t *testing.T, newDB NewDB) {
	db := newDB(t)
	if _, err := graph.Open(db, graph.Options{ReadOnly: true}); !errors.Is(err, graph.ErrNoStore) {
		t.Fatalf("read-only open where no store is: %v", err)
	}
	if s, err := graph.Open(db, graph.Options{ReadOnly: true}); err == nil {
		s.Close()
		t.Fatal("the failed read-only open created a store")
	}
	s := open(t, db, graph.Options{})
	write(t, s, Seeds(t)...)
	s.Close()
	r1 := open(t, db, graph.Options{ReadOnly: true})
	r2 := open(t, db, graph.Options{ReadOnly: true})
	for _, r := range []*graph.Store{r1, r2} {
		if rows, err := r.Attendees(context.Background(), "2003-04-11"); err != nil || len(rows) == 0 {
			t.Errorf("reader: %v %v", rows, err)
		}
	}
	if _, err := r1.Write(context.Background(), Seeds(t)[:1]); !errors.Is(err, backend.ErrReadOnly) {
		t.Errorf("write through a read-only store: %v", err)
	}
}

// crashRounds is how many committed writes the parent waits for before it
// kills the writer, per trial.
var crashRounds = []int{1, 3, 6}

func testCrash(t *testing.T, newDB NewDB) {
	if testing.Short() {
		t.Skip("kills a child process")
	}
	pattern := ""
	for _, p := range strings.Split(t.Name(), "/") {
		pattern += "/^" + regexpQuote(p) + "$"
	}
	pattern = pattern[1:]
	for trial, rounds := range crashRounds {
		db := newDB(t)
		cmd := exec.Command(os.Args[0], "-test.run", pattern, "-test.v")
		cmd.Env = append(os.Environ(), envCrash+"="+db)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(out)
		seen := 0
		for seen < rounds && sc.Scan() {
			if strings.HasPrefix(sc.Text(), "committed ") {
				seen++
			}
		}
		// Kill it within its next transaction.
		time.Sleep(time.Duration(trial*7) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if seen < rounds {
			t.Fatalf("trial %d: the writer committed %d rounds, then stopped", trial, seen)
		}
		// A reader first (Badger: the killed writer's log needs a replay).
		r, err := graph.Open(db, graph.Options{ReadOnly: true})
		if err != nil {
			t.Fatalf("trial %d: read-only open after the kill: %v", trial, err)
		}
		verify(t, r)
		r.Close()
		s, err := graph.Open(db, graph.Options{})
		if err != nil {
			t.Fatalf("trial %d: open after the kill: %v", trial, err)
		}
		verify(t, s)
		// Re-ingest completes the documents.
		c := crashCorpus()
		var fs []*extract.Facts
		for i := range c.Len() {
			fs = append(fs, c.Doc(i))
		}
		write(t, s, fs...)
		verify(t, s)
		s.Close()
	}
}

func crashCorpus() *synth.Corpus { return synth.New(synth.Config{Docs: 200, Meetings: 20}) }

// crashWriter is the child of testCrash: it writes changing versions of a
// corpus until it is killed, saying after each commit.
func crashWriter(t *testing.T, db string) {
	s, err := graph.Open(db, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := crashCorpus()
	for round := 0; ; round++ {
		var fs []*extract.Facts
		for i := range c.Len() {
			f := c.Doc(i)
			if round > 0 {
				f.Doc.SHA256 = strconv.Itoa(round)
				f.Relations = f.Relations[:(i+round)%(len(f.Relations)+1)]
			}
			fs = append(fs, f)
		}
		if _, err := s.Write(context.Background(), fs); err != nil {
			t.Fatal(err)
		}
		fmt.Printf("committed %d\n", round)
	}
}

func regexpQuote(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`\.+*?()|[]{}^$`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
