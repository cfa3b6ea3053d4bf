package extract

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFilesSortedAndHiddenSkipped(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "a.txt", ".hidden.txt", "sub/c.txt", ".git/x.txt", "README.md", "gold/a.json", "NOTES"} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("text"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Files([]string{dir, "-"})
	if err != nil {
		t.Fatal(err)
	}
	// Files found in folders are regular files; standard input is not.
	want := []File{{filepath.Join(dir, "NOTES"), true}, {filepath.Join(dir, "a.txt"), true}, {filepath.Join(dir, "b.txt"), true}, {filepath.Join(dir, "sub/c.txt"), true}, {"-", false}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Files = %v, want %v", got, want)
	}
	if _, err := Files([]string{filepath.Join(dir, "missing")}); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("a missing path must be an error naming it, got %v", err)
	}
}

// The output is in the order of the paths whatever the number of workers,
// and a bad file is reported with its path while the others go on.
func TestRunOrderAndErrors(t *testing.T) {
	x := builtin(t)
	paths, _ := filepath.Glob("../testdata/corpus/*.txt")
	seeds, _ := filepath.Glob("../testdata/seeds/*.txt")
	paths = append(paths, seeds...)
	bad := filepath.Join(t.TempDir(), "image.png")
	if err := os.WriteFile(bad, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644); err != nil {
		t.Fatal(err)
	}
	paths = append(paths[:3], append([]string{bad}, paths[3:]...)...)
	run := func(workers int) string {
		var out strings.Builder
		err := Run(context.Background(), x, filesOf(paths), workers, nil, func(r Result) error {
			if r.Err != nil {
				if !errors.Is(r.Err, ErrBinary) || !strings.Contains(r.Err.Error(), bad) {
					t.Errorf("bad file error %v: want ErrBinary naming %s", r.Err, bad)
				}
				out.WriteString("ERROR " + r.Path + "\n")
				return nil
			}
			b, _ := json.Marshal(r.Facts)
			out.Write(b)
			out.WriteByte('\n')
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	one, four := run(1), run(4)
	if one != four {
		t.Error("output with 4 workers differs from output with 1")
	}
	// RunJSON gives the same facts, written by the workers.
	for _, workers := range []int{1, 4} {
		var out strings.Builder
		err := RunJSON(context.Background(), x, filesOf(paths), workers, nil, func(r Result) error {
			if r.Err != nil {
				out.WriteString("ERROR " + r.Path + "\n")
				return nil
			}
			var f Facts // through encoding/json, as run does, to compare the same bytes
			if err := json.Unmarshal(r.JSON, &f); err != nil {
				return err
			}
			b, _ := json.Marshal(&f)
			out.Write(b)
			out.WriteByte('\n')
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if out.String() != one {
			t.Errorf("RunJSON with %d workers differs from Run", workers)
		}
	}
	lines := strings.Split(strings.TrimSpace(one), "\n")
	if len(lines) != len(paths) || lines[3] != "ERROR "+bad {
		t.Errorf("want %d results with the error 4th, got %d: %q", len(paths), len(lines), lines[3])
	}
}

func TestRunStopsOnEmitError(t *testing.T) {
	x := builtin(t)
	paths, _ := filepath.Glob("../testdata/corpus/*.txt")
	stop := errors.New("stop")
	n := 0
	err := Run(context.Background(), x, filesOf(paths), 3, nil, func(Result) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("Run = %v after %d results, want the emit error after 2", err, n)
	}
}

// Run reads every document into one reused buffer per worker: the Facts it
// returns must own their strings, so facts kept until the end of the run
// equal those of each document extracted from its own bytes.
func TestRunFactsOutliveTheReadBuffer(t *testing.T) {
	x := builtin(t)
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	corpus, _ := filepath.Glob("../testdata/corpus/*.txt")
	paths = append(paths, corpus...)
	files := filesOf(paths)
	for i := range files {
		files[i].Regular = i%2 == 0 // both ways of reading to the end
	}
	var kept []*Facts
	err := Run(context.Background(), x, files, 1, nil, func(r Result) error {
		if r.Err != nil {
			return r.Err
		}
		kept = append(kept, r.Facts)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		want, err := x.Document(p, data)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := json.Marshal(kept[i])
		if w, _ := json.Marshal(want); string(got) != string(w) {
			t.Errorf("%s: facts kept from the run differ from a fresh extraction", p)
		}
	}
}

// filesOf makes inputs of paths not known to be regular files.
func filesOf(paths []string) []File {
	files := make([]File, len(paths))
	for i, p := range paths {
		files[i] = File{Path: p}
	}
	return files
}
