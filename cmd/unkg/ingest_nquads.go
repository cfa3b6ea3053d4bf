package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/export"
)

// isNQuadsPath says whether ingest should read a file as N-Quads (.nq, .nquads).
func isNQuadsPath(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".nq", ".nquads":
		return true
	}
	return false
}

// ingestNQuads loads N-Quads files (as 'unkg export --format nquads' writes
// them) into the store as they are, one document per label, and reports
// like ingest. For runIngest: when --format nquads is given or every input
// isNQuadsPath, call this with the open store and the paths instead of the
// extraction pipeline.
func ingestNQuads(ctx context.Context, e env, s *graph.Store, paths []string) int {
	start := time.Now()
	var total export.LoadResult
	failed := 0
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			fmt.Fprintf(e.stderr, "unkg ingest: %v\n", err)
			failed++
			continue
		}
		res, err := export.LoadNQuads(ctx, s, f)
		f.Close()
		total.Add(res)
		for _, de := range res.Errors {
			var le *export.LineError
			if errors.As(de, &le) {
				fmt.Fprintf(e.stderr, "unkg ingest: %s:%v\n", p, strings.TrimPrefix(le.Error(), "line "))
			} else {
				fmt.Fprintf(e.stderr, "unkg ingest: %s: %v\n", p, de)
			}
			failed++
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "unkg ingest: %s: %v\n", p, err)
			return exitFatal
		}
	}
	secs := time.Since(start).Seconds()
	fmt.Fprintf(e.stdout, "ingested %d quads of %d documents from %d N-Quads files in %.1fs: %d new, %d replaced, %d unchanged; %d quads added, %d removed (%.0f quads/s); %d errors\n",
		total.Quads, total.Documents, len(paths), secs, total.Written, total.Replaced, total.Unchanged,
		total.QuadsAdded, total.QuadsDeleted, float64(total.Quads)/max(secs, 1e-9), failed)
	if failed > 0 {
		return exitPartial
	}
	return exitOK
}
