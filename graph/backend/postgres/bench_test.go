package postgres

import (
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	ugraph "github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/backend"
	"github.com/unkg/unkg/graph/backend/postgres/pgtest"
	"github.com/unkg/unkg/graph/synth"
)

// benchDocs are the real documents followed by synthetic ones
// (UNKG_PG_BENCH_DOCS of them, default 1,000), each a list of quads.
func benchDocs(b *testing.B) (docs [][]quad.Quad, real int) {
	n := 1000
	if v := os.Getenv("UNKG_PG_BENCH_DOCS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			b.Fatalf("UNKG_PG_BENCH_DOCS=%q: %v", v, err)
		}
	}
	docs = realDocs(b)
	real = len(docs)
	c := synth.New(synth.Config{Docs: n, Seed: 1})
	for i := range c.Len() {
		qs, err := ugraph.Quads(c.Doc(i))
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, qs)
	}
	return docs, real
}

// BenchmarkLoadVsCayley writes the same documents' quads with Cayley's
// own SQL writer (graph/sql/postgres: a round trip per node and per quad)
// and with this backend (COPY and merge), each into a fresh database, and
// prints both rates and their ratio: once with a transaction per document,
// once with 100 documents a transaction (Cayley's writer given their quads
// in one WriteQuads, as its loader batches them). The two writers take
// turns batch by batch, so that a machine whose load changes slows both
// alike.
//
//	bash scripts/pg-test-cluster.sh go test ./graph/backend/postgres -run '^$' -bench LoadVsCayley -benchtime 1x
func BenchmarkLoadVsCayley(b *testing.B) {
	docs, real := benchDocs(b)
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	rate := func(d time.Duration) float64 { return float64(total) / d.Seconds() }
	for range b.N {
		fmt.Printf("%d documents (%d real, the rest synthetic), %d quads\n", len(docs), real, total)
		for _, perTx := range []int{1, 100} {
			cayley, ours := loadBoth(b, docs, perTx)
			fmt.Printf("  %3d documents a transaction: Cayley's SQL writer %6.0f quads/s (%v), unkg postgres %6.0f quads/s (%v): %.1f times Cayley's\n",
				perTx, rate(cayley), cayley.Round(time.Millisecond), rate(ours), ours.Round(time.Millisecond), cayley.Seconds()/ours.Seconds())
			if perTx == 1 {
				b.ReportMetric(rate(cayley), "cayley-quads/s")
				b.ReportMetric(rate(ours), "quads/s")
				b.ReportMetric(cayley.Seconds()/ours.Seconds(), "x-cayley")
			}
		}
	}
}

// loadBoth loads docs, perTx documents a transaction, with Cayley's writer
// and with this backend, and returns the time each took.
func loadBoth(b *testing.B, docs [][]quad.Quad, perTx int) (cayley, ours time.Duration) {
	// Both writers' setup is timed: Cayley's making its schema, unkg's
	// Open (which makes it too, through Cayley) and Close, which builds
	// the indexes that a load onto an empty store defers.
	addrC := pgtest.Open(b)
	start := time.Now()
	if err := graph.InitQuadStore(cayleyFlavour, addrC, nil); err != nil {
		b.Fatal(err)
	}
	qs, err := graph.NewQuadStore(cayleyFlavour, addrC, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer qs.Close()
	w, err := qs.NewQuadWriter()
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	cayley += time.Since(start)
	start = time.Now()
	be, err := backend.Open(pgtest.Open(b), backend.Options{SyncWrites: true}) // commits as Cayley's: synchronous
	if err != nil {
		b.Fatal(err)
	}
	ours += time.Since(start)
	open := time.Since(start)
	defer func() {
		start := time.Now()
		if err := be.Close(); err != nil {
			b.Fatal(err)
		}
		ours += time.Since(start)
		fmt.Printf("  (unkg postgres: open %v, close %v)\n", open.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	}()
	for i := 0; i < len(docs); i += perTx {
		group := docs[i:min(i+perTx, len(docs))]
		var all []quad.Quad
		for _, d := range group {
			all = append(all, d...)
		}
		start = time.Now()
		if _, err := w.WriteQuads(all); err != nil {
			b.Fatalf("Cayley's writer: %v", err)
		}
		cayley += time.Since(start)

		start = time.Now()
		tx, err := be.Begin(ctx)
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range group {
			if err := tx.AddQuads(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
		if err := tx.Commit(ctx); err != nil {
			b.Fatal(err)
		}
		ours += time.Since(start)
	}
	return cayley, ours
}
