package badgerkv

import (
	"errors"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	ckvtest "github.com/cayleygraph/cayley/graph/kv/kvtest"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	"github.com/hidal-go/hidalgo/kv/kvtest"
)

// hidalgo's own suite for key-value backends.
func TestHidalgoKV(t *testing.T) {
	kvtest.RunTestLocal(t, flat.UpgradeOpenPath(OpenPath))
}

// Cayley's suite for kv quad stores, run over this backend.
// Its "paths" test loads data/testdata.nq relative to the working directory.
func TestCayleyKV(t *testing.T) {
	t.Chdir("testdata/cayley")
	ckvtest.TestAll(t, func(t testing.TB) (hkv.KV, graph.Options, func()) {
		db, err := OpenPath(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		return flat.Upgrade(db), nil, func() { db.Close() }
	}, nil)
}

func TestLocked(t *testing.T) {
	dir := t.TempDir()
	db, err := OpenPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = OpenPath(dir)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second open: got %v, want ErrLocked", err)
	}
}
