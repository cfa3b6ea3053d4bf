package bench

import (
	"context"
	"fmt"
	"os"
	"syscall"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"
	"github.com/hidal-go/hidalgo/kv/flat"

	"github.com/unkg/unkg/graph/badgerkv"
)

// AllQuads returns every quad of qs.
func AllQuads(ctx context.Context, qs cgraph.QuadStore) ([]quad.Quad, error) {
	it := qs.QuadsAllIterator()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, qs.Quad(it.Result()))
	}
	return out, it.Err()
}

// CayleyLoad writes quads into a new Badger v4 store in dir with Cayley's
// own loader (its kv quad store and single-replication writer, batches of
// quad.DefaultBatch, as `cayley load` does), and returns the time it took.
func CayleyLoad(ctx context.Context, quads []quad.Quad, dir string) (time.Duration, error) {
	start := time.Now()
	db, err := badgerkv.OpenPath(dir)
	if err != nil {
		return 0, err
	}
	kv := flat.Upgrade(db)
	defer kv.Close()
	if err := ckv.Init(kv, nil); err != nil {
		return 0, fmt.Errorf("init: %w", err)
	}
	qs, err := ckv.New(kv, nil)
	if err != nil {
		return 0, err
	}
	qw, err := writer.NewSingleReplication(qs, nil)
	if err != nil {
		return 0, err
	}
	w := cgraph.NewWriter(qw)
	for len(quads) > 0 {
		n := min(len(quads), quad.DefaultBatch)
		if _, err := w.WriteQuads(quads[:n]); err != nil {
			return 0, fmt.Errorf("load: %w", err)
		}
		quads = quads[n:]
	}
	if err := w.Close(); err != nil {
		return 0, err
	}
	if err := kv.Close(); err != nil {
		return 0, err
	}
	return time.Since(start), ctx.Err()
}

// DirSize is the disk space of the files in dir (allocated blocks:
// Badger's files are sparse).
func DirSize(dir string) int64 {
	var n int64
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if fi, err := e.Info(); err == nil && fi.Mode().IsRegular() {
			if st, ok := fi.Sys().(*syscall.Stat_t); ok {
				n += st.Blocks * 512
			} else {
				n += fi.Size()
			}
		}
	}
	return n
}
