package graph_test

import (
	"context"
	"os"
	"strconv"
	"sync"
	"testing"

	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/bench"
	"github.com/unkg/unkg/graph/synth"
)

// benchDocs is the corpus size of the benchmarks: UNKG_BENCH_DOCS, default
// 10,000 documents (about 965,000 quads); 11,000 makes more than 1,000,000.
func benchDocs() int {
	if n, err := strconv.Atoi(os.Getenv("UNKG_BENCH_DOCS")); err == nil && n > 0 {
		return n
	}
	return 10000
}

// BenchmarkIngest writes the synthetic corpus into a new store per
// iteration; run it with -benchtime=1x. It reports quads/s.
func BenchmarkIngest(b *testing.B) {
	c := synth.New(synth.Config{Docs: benchDocs()})
	for b.Loop() {
		s, err := graph.Open(b.TempDir(), graph.Options{})
		if err != nil {
			b.Fatal(err)
		}
		res, err := bench.Ingest(context.Background(), s, c)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
		b.ReportMetric(res.QuadsPerSec(), "quads/s")
		b.ReportMetric(float64(res.Docs)/res.Duration.Seconds(), "docs/s")
		b.ReportMetric(float64(res.QuadsAdded), "quads")
	}
}

var (
	queryOnce  sync.Once
	queryStore *graph.Store
	queryDir   string
	queryErr   error
)

func queryGraph(b *testing.B) (*graph.Store, *synth.Corpus) {
	c := synth.New(synth.Config{Docs: benchDocs()})
	queryOnce.Do(func() {
		queryDir, queryErr = os.MkdirTemp("", "unkg-bench-")
		if queryErr != nil {
			return
		}
		queryStore, queryErr = graph.Open(queryDir, graph.Options{})
		if queryErr != nil {
			return
		}
		_, queryErr = bench.Ingest(context.Background(), queryStore, c)
	})
	if queryErr != nil {
		b.Fatal(queryErr)
	}
	return queryStore, c
}

func TestMain(m *testing.M) {
	code := m.Run()
	if queryStore != nil {
		queryStore.Close()
		os.RemoveAll(queryDir)
	}
	os.Exit(code)
}

// BenchmarkQueries reports p50 and p99 latencies of the named queries on
// the synthetic graph.
func BenchmarkQueries(b *testing.B) {
	s, c := queryGraph(b)
	for b.Loop() {
		lats, err := bench.Queries(context.Background(), s, c, 500)
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range lats {
			b.ReportMetric(float64(l.P50.Microseconds())/1000, l.Query+"-p50-ms")
			b.ReportMetric(float64(l.P99.Microseconds())/1000, l.Query+"-p99-ms")
		}
	}
}
