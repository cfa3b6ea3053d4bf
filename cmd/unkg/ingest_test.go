package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/synth"
	"github.com/unkg/unkg/graph/testfacts"
)

// The crash test runs this test binary as unkg: UNKG_TEST_MAIN=1 makes it
// run the command line in its arguments after "--".
func TestMain(m *testing.M) {
	if os.Getenv("UNKG_TEST_MAIN") == "1" {
		args := os.Args[1:]
		for i, a := range args {
			if a == "--" {
				args = args[i+1:]
				break
			}
		}
		code := run(context.Background(), env{os.Stdin, os.Stdout, os.Stderr}, args)
		if path := os.Getenv("UNKG_TEST_HWM"); path != "" {
			writeHighWater(path)
		}
		os.Exit(code)
	}
	os.Exit(m.Run())
}

func writeJSONL(t testing.TB, path string, fs ...*extract.Facts) {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, f := range fs {
		if err := enc.Encode(f); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func unkg(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), env{strings.NewReader(""), &out, &errb}, args)
	return code, out.String(), errb.String()
}

func TestIngestAndQuery(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "unkg.db")
	corpus := filepath.Join(dir, "corpus")
	seeds := testfacts.Seeds("seeds")
	writeJSONL(t, filepath.Join(corpus, "a.jsonl"), seeds[:3]...)
	writeJSONL(t, filepath.Join(corpus, "b.jsonl"), seeds[3:]...)
	if err := os.WriteFile(filepath.Join(corpus, "c.jsonl"), []byte("{\"doc\": 17}\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	code, out, errs := unkg(t, "ingest", "--facts", "--db", db, corpus)
	if code != exitPartial || !strings.Contains(errs, "c.jsonl:1: ") || !strings.Contains(errs, "5 new") || out != "" {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	os.Remove(filepath.Join(corpus, "c.jsonl"))
	code, out, errs = unkg(t, "ingest", "--facts", "--db", db, corpus)
	if code != exitOK || !strings.Contains(errs, "5 unchanged, 0 failed; 0 quads added, 0 removed") {
		t.Fatalf("second ingest: exit %d\n%s%s", code, out, errs)
	}

	code, out, errs = unkg(t, "query", "attendees", "2003-04-11", "--db", db, "--format", "json")
	var rows []graph.Attendee
	if code != exitOK || json.Unmarshal([]byte(out), &rows) != nil || len(rows) != 6 || len(rows[0].Sources) != 2 {
		t.Fatalf("attendees: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = unkg(t, "query", "attendees", "2003-04-11", "--db", db, "--format", "jsonl")
	if lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n"); code != exitOK || len(lines) != 6 {
		t.Fatalf("attendees jsonl: exit %d, %d lines\n%s%s", code, len(lines), out, errs)
	} else {
		for _, l := range lines {
			var a graph.Attendee
			if err := json.Unmarshal([]byte(l), &a); err != nil || a.ID == "" || len(a.Sources) == 0 {
				t.Errorf("attendees jsonl line %q: %v", l, err)
			}
		}
	}
	code, out, _ = unkg(t, "query", "--db", db, "attendees", "2003-04-11")
	if code != exitOK || !strings.Contains(out, "org:ECOWAS") || !strings.Contains(out, "000_9228917cbab8df9d.txt") || strings.Contains(out, testfacts.Doc000) {
		t.Errorf("attendees table: exit %d\n%s", code, out)
	}
	for _, name := range []string{"African Union", "الاتحاد الأفريقي", "非洲联盟", "AU"} {
		code, out, errs = unkg(t, "query", "--db", db, "meetings", name)
		if code != exitOK || !strings.Contains(out, testfacts.Meeting2003) || !strings.Contains(out, testfacts.Meeting2004) {
			t.Errorf("meetings %s: exit %d\n%s%s", name, code, out, errs)
		}
	}
	code, out, _ = unkg(t, "query", "--db", db, "presidencies", "MEX")
	if code != exitOK || !strings.Contains(out, "Mexico") {
		t.Errorf("presidencies: exit %d\n%s", code, out)
	}
	code, out, _ = unkg(t, "query", "--db", db, "trace", "S/2005/XXX", "--format", "json")
	var steps []graph.TraceStep
	if code != exitOK || json.Unmarshal([]byte(out), &steps) != nil || !strings.Contains(out, testfacts.Meeting2003) {
		t.Errorf("trace: exit %d\n%s", code, out)
	}
	code, out, errs = unkg(t, "query", "--db", db, "gizmo", `g.V("<org:AU>").Out("<attended>").Unique().All()`)
	if code != exitOK || strings.Count(out, "\n") != 2 {
		t.Errorf("gizmo: exit %d\n%s%s", code, out, errs)
	}
	code, _, errs = unkg(t, "query", "--db", db, "meetings", "Warsaw Pact")
	if code != exitPartial || !strings.Contains(errs, "not found") {
		t.Errorf("unknown org: exit %d %s", code, errs)
	}
	code, out, errs = unkg(t, "stats", "--db", db, "--format", "json", "--verify")
	var st graph.Stats
	if code != exitOK || json.Unmarshal([]byte(out), &st) != nil || st.Documents != 5 || st.Facts["attended"] != 13 {
		t.Errorf("stats: exit %d\n%s%s", code, out, errs)
	}

	// A second process (here: an open store) gets a clear error, not a hang.
	s, err := graph.Open(db, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	code, _, errs = unkg(t, "stats", "--db", db)
	if code != exitFatal || !strings.Contains(errs, "in use by another process") || !strings.Contains(errs, fmt.Sprintf("(pid %d)", os.Getpid())) {
		t.Errorf("locked store: exit %d %s", code, errs)
	}
}

// Readers run side by side; a read-only command where no store is says so,
// exits 3 and creates nothing.
func TestReadersAndNoStore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "unkg.db")
	for _, args := range [][]string{{"stats"}, {"query", "attendees", "2003-04-11"}, {"export", "--format", "nquads"}} {
		code, _, errs := unkg(t, append(args, "--db", db)...)
		if code != exitFatal || !strings.Contains(errs, "no store at "+db+" (run unkg ingest first)") {
			t.Errorf("%v without a store: exit %d %s", args, code, errs)
		}
		if _, err := os.Stat(db); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("%v without a store created %s", args, db)
		}
	}
	if code, _, errs := unkg(t, "ingest", "--db", db, "--progress", "none", "../../testdata/seeds"); code != exitOK {
		t.Fatalf("ingest: %d %s", code, errs)
	}
	r, err := graph.Open(db, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	code, out, errs := unkg(t, "query", "--db", db, "attendees", "2003-04-11")
	if code != exitOK || !strings.Contains(out, "org:AU") {
		t.Errorf("query beside a reader: exit %d %s", code, errs)
	}
}

// Ingesting text: a binary file behind a text name is reported with its path
// and cause, the seeds beside it are stored, and the exit code is 1.
func TestIngestTextWithBadFile(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	os.MkdirAll(corpus, 0o755)
	seed, _ := os.ReadFile("../../testdata/seeds/000_9228917cbab8df9d.txt")
	os.WriteFile(filepath.Join(corpus, "a.txt"), seed, 0o644)
	os.WriteFile(filepath.Join(corpus, "b.txt"), []byte("\x00\x01binary\x00"), 0o644)
	db := filepath.Join(dir, "db")
	code, _, errs := unkg(t, "ingest", "--db", db, "--progress", "none", corpus)
	if code != exitPartial || !strings.Contains(errs, filepath.Join(corpus, "b.txt")) || !strings.Contains(errs, "not a text document") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	code, out, _ := unkg(t, "stats", "--db", db, "--format", "json")
	if code != exitOK || !strings.Contains(out, `"documents": 1`) {
		t.Errorf("stats after a partial ingest: exit %d %s", code, out)
	}
}

// TestCrash kills an ingest (SIGKILL) after some transactions were
// committed, reopens the store, checks that every document is wholly there
// or wholly absent, and that ingesting again completes the corpus.
func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "unkg.db")
	corpus := filepath.Join(dir, "corpus")
	c := synth.New(synth.Config{Docs: 3000, Dir: "synth"})
	const perFile = 50
	for i := 0; i < c.Len(); i += perFile {
		var fs []*extract.Facts
		for j := i; j < min(i+perFile, c.Len()); j++ {
			fs = append(fs, c.Doc(j))
		}
		writeJSONL(t, filepath.Join(corpus, fmt.Sprintf("%04d.jsonl", i/perFile)), fs...)
	}

	cmd := exec.Command(os.Args[0], "-test.run=^$", "--", "ingest", "--facts", "--progress", "lines", "--db", db, corpus)
	cmd.Env = append(os.Environ(), "UNKG_TEST_MAIN=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once a few transactions are committed.
	sc := bufio.NewScanner(stderr)
	commits := 0
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "ingest: committed") {
			if commits++; commits == 3 {
				break
			}
		}
	}
	if commits < 3 {
		t.Fatalf("ingest ended before 3 commits (%d)", commits)
	}
	time.Sleep(150 * time.Millisecond) // into the next transaction
	cmd.Process.Signal(syscall.SIGKILL)
	go io.Copy(io.Discard, stderr)
	cmd.Wait()

	s, err := graph.Open(db, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	problems, err := s.Verify(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error("after the crash:", p)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("after SIGKILL: %d of %d documents stored, %d quads", st.Documents, c.Len(), st.Quads)
	if st.Documents == 0 || st.Documents >= c.Len() {
		t.Errorf("killed ingest stored %d of %d documents: not in the middle", st.Documents, c.Len())
	}
	s.Close()

	code, out, errs := unkg(t, "ingest", "--facts", "--db", db, corpus)
	if code != exitOK {
		t.Fatalf("ingest again: exit %d\n%s%s", code, out, errs)
	}
	s, err = graph.Open(db, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if problems, err = s.Verify(ctx); err != nil || len(problems) > 0 {
		t.Errorf("after ingesting again: %v %v", problems, err)
	}
	if st, _ = s.Stats(ctx); st.Documents != c.Len() {
		t.Errorf("after ingesting again: %d of %d documents", st.Documents, c.Len())
	}
	for i := 0; i < c.Len(); i += 97 {
		f, err := s.DocumentFacts(c.DocID(i))
		if err != nil || f.Doc.SHA256 != c.Doc(i).Doc.SHA256 {
			t.Errorf("document %d: %v", i, err)
		}
	}
}

// One poisoned file among sixteen (a 70 KB %%% subject line, a 70 KB
// title line) does not stop the others: all are stored, queries work, and
// the store verifies.
func TestIngestPoisonedFile(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	os.MkdirAll(corpus, 0o755)
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	seeds, _ := filepath.Glob("../../testdata/seeds/*.txt")
	files = append(files, seeds...)[:15]
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(corpus, filepath.Base(f)), b, 0o644)
	}
	term := strings.Repeat("PEACEKEEPING OPERATIONS AND SECURITY ", 2000)
	poison := "%%%" + term + "|" + term + "\n\n" + strings.Repeat("Security Council ", 4000) + "\n\nThe Security Council met on 11 April 2003.\n"
	os.WriteFile(filepath.Join(corpus, "poison.txt"), []byte(poison), 0o644)
	db := filepath.Join(dir, "unkg.db")
	code, out, errs := unkg(t, "ingest", "--db", db, "--progress", "none", corpus)
	if code != exitOK || !strings.Contains(errs, "16 new") {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = unkg(t, "stats", "--db", db, "--format", "json", "--verify")
	var st graph.Stats
	if code != exitOK || json.Unmarshal([]byte(out), &st) != nil || st.Files != 16 {
		t.Errorf("stats: exit %d\n%s%s", code, out, errs)
	}
}

// N-Quads: a bad line is reported as FILE:LINE and refuses its document
// only; the next file loads.
func TestIngestBadNQuads(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src.db")
	if code, _, errs := unkg(t, "ingest", "--db", src, "--progress", "none", "../../testdata/seeds"); code != exitOK {
		t.Fatalf("ingest: %d %s", code, errs)
	}
	good := filepath.Join(dir, "good.nq")
	code, out, errs := unkg(t, "export", "--db", src, "--format", "nquads")
	if code != exitOK {
		t.Fatalf("export: %d %s", code, errs)
	}
	os.WriteFile(good, []byte(out), 0o644)
	lines := strings.SplitAfter(out, "\n")
	bad := filepath.Join(dir, "bad.nq")
	// Line 3 is broken: its document is refused, the rest of bad.nq loads.
	label := lines[2][strings.LastIndex(lines[2], " <")+1 : strings.LastIndex(lines[2], ">")+1]
	broken := "garbage, not a statement " + label + " .\n"
	os.WriteFile(bad, []byte("# comment\n"+lines[0]+broken+strings.Join(lines[1:], "")), 0o644)
	db := filepath.Join(dir, "unkg.db")
	code, out, errs = unkg(t, "ingest", "--db", db, "--progress", "none", bad, good)
	if code != exitPartial || !strings.Contains(errs, bad+":3: ") {
		t.Errorf("ingest bad.nq good.nq: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = unkg(t, "stats", "--db", db, "--format", "json", "--verify")
	var st graph.Stats
	if code != exitOK || json.Unmarshal([]byte(out), &st) != nil || st.Documents != 5 {
		t.Errorf("stats after bad.nq good.nq: exit %d\n%s%s", code, out, errs)
	}
}
