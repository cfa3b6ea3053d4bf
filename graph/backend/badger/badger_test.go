package badger_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/backend/backendtest"
	"github.com/unkg/unkg/graph/bench"
	"github.com/unkg/unkg/graph/synth"
)

func TestConformance(t *testing.T) {
	backendtest.TestAll(t, func(t *testing.T) string {
		return "badger:" + filepath.Join(t.TempDir(), "unkg.db")
	})
}

// Six rounds of replacing every file leave a store at most 1.3 times a
// fresh store of the last versions: deleted quads leave the log and the
// index lists, and Compact reclaims the dead versions.
func TestBoundedGrowth(t *testing.T) {
	if testing.Short() {
		t.Skip("writes seven rounds of 300 documents")
	}
	ctx := context.Background()
	c := synth.New(synth.Config{Docs: 300, Meetings: 20})
	version := func(round int) []*extract.Facts {
		var fs []*extract.Facts
		for i := range c.Len() {
			f := c.Doc(i)
			f.Doc.SHA256 = strconv.Itoa(round)
			f.Doc.ID = fmt.Sprintf("doc:sha256:%08x%08x", i, round) // a changed file: a new digest
			f.Relations = f.Relations[:len(f.Relations)*(1+(i+round)%4)/4]
			fs = append(fs, f)
		}
		return fs
	}
	size := func(dir string, rounds ...int) int64 {
		s, err := graph.Open(dir, graph.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rounds {
			res, err := s.Write(ctx, version(r))
			if err != nil || len(res.Errors) > 0 {
				t.Fatalf("round %d: %v %v", r, err, res.Errors)
			}
			if err := s.Compact(ctx); err != nil {
				t.Fatal(err)
			}
		}
		if p, err := s.Verify(ctx); err != nil || len(p) > 0 {
			t.Fatalf("verify: %v %v", p, err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		return bench.DirSize(dir)
	}
	replaced := size(filepath.Join(t.TempDir(), "replaced"), 0, 1, 2, 3, 4, 5, 6)
	fresh := size(filepath.Join(t.TempDir(), "fresh"), 6)
	t.Logf("after six replacements: %d bytes; fresh: %d bytes; %.2fx", replaced, fresh, float64(replaced)/float64(fresh))
	if float64(replaced) > 1.3*float64(fresh) {
		t.Errorf("store grew to %.2fx a fresh store of the same files", float64(replaced)/float64(fresh))
	}
}
