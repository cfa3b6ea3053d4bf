package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"text/tabwriter"

	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/bench"
	"github.com/unkg/unkg/graph/synth"
)

func runBenchStore(ctx context.Context, e env, args []string) int {
	fs := newFlags(e, "bench-store", "bench-store [flags]\n\n"+
		"Ingest a synthetic corpus (about 97 quads per document) into a new store and time the queries.")
	docs := fs.Int("docs", 10000, "documents in the corpus (11,000 make more than 1,000,000 quads)")
	queries := fs.Int("queries", 500, "runs of each query")
	dir := fs.String("dir", "", "store folder (default: a new temporary folder, removed afterwards)")
	if done, code := parseFlags(fs, args); done {
		return code
	}
	d := *dir
	if d == "" {
		tmp, err := os.MkdirTemp("", "unkg-bench-")
		if err != nil {
			fmt.Fprintf(e.stderr, "unkg bench-store: %v\n", err)
			return exitFatal
		}
		defer os.RemoveAll(tmp)
		d = tmp
	}
	s, err := graph.Open(d, graph.Options{})
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg bench-store: %v\n", err)
		return exitFatal
	}
	defer s.Close()
	c := synth.New(synth.Config{Docs: *docs})
	fmt.Fprintf(e.stdout, "ingest: %d synthetic documents, GOMAXPROCS=%d\n", c.Len(), runtime.GOMAXPROCS(0))
	res, err := bench.Ingest(ctx, s, c)
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg bench-store: ingest: %v\n", err)
		return exitFatal
	}
	fmt.Fprintf(e.stdout, "ingest: %d quads in %.1fs: %.0f quads/s, %.0f documents/s, %d transactions\n",
		res.QuadsAdded, res.Duration.Seconds(), res.QuadsPerSec(), float64(res.Docs)/res.Duration.Seconds(), res.Transactions)
	lats, err := bench.Queries(ctx, s, c, *queries)
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg bench-store: queries: %v\n", err)
		return exitFatal
	}
	tw := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "query\truns\tp50\tp99\tmax\trows/query")
	for _, l := range lats {
		fmt.Fprintf(tw, "%s\t%d\t%v\t%v\t%v\t%.1f\n", l.Query, l.N, l.P50, l.P99, l.Max, l.Rows)
	}
	tw.Flush()
	return exitOK
}
