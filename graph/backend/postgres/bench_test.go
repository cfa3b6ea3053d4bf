package postgres

import (
	"context"
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
// and with this backend (a few statements, one round trip a transaction), each into a fresh database, and prints both rates and
// their ratio: with a transaction per document and with 100 documents a
// transaction (Cayley's writer given their quads in one WriteQuads, as its
// loader batches them), onto an empty store (this backend builds the
// quads' indexes at its Close, timed) and onto a store that holds the real
// documents already (indexes kept up until the load outgrows the store,
// then built at Close; the synthetic documents' load and this backend's
// Open and Close timed). The two writers take turns (turnDocs documents
// or a group, commits pipelined as package graph sends them), so that a machine
// whose load changes slows both alike. Where the server runs on this
// machine a second line gives each writer's CPU time, this process's and
// the server's, which other users' load moves less than the clock.
//
//	bash scripts/pg-test-cluster.sh go test ./graph/backend/postgres -run '^$' -bench LoadVsCayley -benchtime 1x
func BenchmarkLoadVsCayley(b *testing.B) {
	docs, real := benchDocs(b)
	count := func(ds [][]quad.Quad) (n int) {
		for _, d := range ds {
			n += len(d)
		}
		return n
	}
	for range b.N {
		fmt.Printf("%d documents (%d real, the rest synthetic), %d quads\n", len(docs), real, count(docs))
		for _, c := range []struct {
			perTx, held int
		}{{1, 0}, {100, 0}, {100, real}} {
			cayley, ours, cpuC, cpuO := loadBoth(b, docs[:c.held], docs[c.held:], c.perTx)
			n := float64(count(docs[c.held:]))
			onto := "onto an empty store"
			if c.held > 0 {
				onto = fmt.Sprintf("%d quads onto %d", int(n), count(docs[:c.held]))
			}
			fmt.Printf("  %3d documents a transaction, %s: Cayley's SQL writer %6.0f quads/s (%v), unkg postgres %6.0f quads/s (%v): %.1f times Cayley's\n",
				c.perTx, onto, n/cayley.Seconds(), cayley.Round(time.Millisecond), n/ours.Seconds(), ours.Round(time.Millisecond), cayley.Seconds()/ours.Seconds())
			if cpuO.server > 0 {
				fmt.Printf("      by CPU (this process + the server): Cayley's SQL writer %v (%v + %v), unkg postgres %v (%v + %v): %.1f times Cayley's\n",
					cpuC.total().Round(time.Millisecond), cpuC.client.Round(time.Millisecond), cpuC.server.Round(time.Millisecond),
					cpuO.total().Round(time.Millisecond), cpuO.client.Round(time.Millisecond), cpuO.server.Round(time.Millisecond),
					cpuC.total().Seconds()/cpuO.total().Seconds())
			}
			if c.perTx == 1 {
				b.ReportMetric(n/cayley.Seconds(), "cayley-quads/s")
				b.ReportMetric(n/ours.Seconds(), "quads/s")
				b.ReportMetric(cayley.Seconds()/ours.Seconds(), "x-cayley")
			}
		}
	}
}

// turnDocs is the fewest documents a writer writes in one turn.
const turnDocs = 20

// commitAsync commits tx as package graph does: in flight where the
// backend pipelines commits (wait not nil), at once otherwise.
func commitAsync(tx backend.Tx) (wait func() error, err error) {
	if a, ok := tx.(interface {
		CommitAsync(context.Context) (func() error, error)
	}); ok {
		return a.CommitAsync(ctx)
	}
	return nil, tx.Commit(ctx)
}

// loadBoth writes held into both stores untimed (this backend's then
// closed and opened again: its indexes are built), then loads docs, perTx
// documents a transaction, with Cayley's writer and with this backend, and
// returns the time each took. This backend's Open and Close are timed (a
// bulk load builds the quads' indexes at Close); onto an empty store
// Cayley's making its schema is timed too (this backend's Open makes it,
// through Cayley). Where the server runs on this machine, it also returns
// the CPU time each took, in this process and in the server (cpuClock).
func loadBoth(b *testing.B, held, docs [][]quad.Quad, perTx int) (cayley, ours time.Duration, cpuC, cpuO cpuSpent) {
	addrC, addr := pgtest.Open(b), pgtest.Open(b)
	clock := newCPUClock(b, addr)
	timed := func(d *time.Duration, s *cpuSpent, fn func()) {
		if len(held) > 0 {
			fn()
			return
		}
		clock.measure(d, s, fn)
	}
	var w quad.WriteCloser
	timed(&cayley, &cpuC, func() {
		if err := graph.InitQuadStore(cayleyFlavour, addrC, nil); err != nil {
			b.Fatal(err)
		}
		qs, err := graph.NewQuadStore(cayleyFlavour, addrC, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { qs.Close() })
		if w, err = qs.NewQuadWriter(); err != nil {
			b.Fatal(err)
		}
	})
	defer w.Close()
	open := func() backend.Backend {
		be, err := backend.Open(addr, backend.Options{SyncWrites: true}) // commits as Cayley's: synchronous
		if err != nil {
			b.Fatal(err)
		}
		return be
	}
	var be backend.Backend
	if len(held) > 0 {
		be = open()
		for _, d := range held {
			if _, err := w.WriteQuads(d); err != nil {
				b.Fatalf("Cayley's writer: %v", err)
			}
			tx, err := be.Begin(ctx)
			if err != nil {
				b.Fatal(err)
			}
			if err := tx.AddQuads(ctx, d); err != nil {
				b.Fatal(err)
			}
			if err := tx.Commit(ctx); err != nil {
				b.Fatal(err)
			}
		}
		if err := be.Close(); err != nil {
			b.Fatal(err)
		}
	}
	// This backend's Open and Close are timed onto a store that holds quads
	// too: a load that outgrows the store builds the indexes at Close.
	var openTime, closeTime time.Duration
	clock.measure(&openTime, &cpuO, func() { be = open() })
	defer func() {
		var closeCPU cpuSpent
		clock.measure(&closeTime, &closeCPU, func() {
			if err := be.Close(); err != nil {
				b.Fatal(err)
			}
		})
		ours += openTime + closeTime
		cpuO.client += closeCPU.client
		cpuO.server += closeCPU.server
		fmt.Printf("  (unkg postgres: open %v, close %v, of which CPU %v)\n", openTime.Round(time.Millisecond), closeTime.Round(time.Millisecond), closeCPU.total().Round(time.Millisecond))
	}()
	// A turn is at least turnDocs documents: this backend's commits are
	// pipelined as package graph sends them (CommitAsync), and a turn ends
	// only once its last commit has landed, so that no work of one writer
	// runs in the other's time.
	turn := max(perTx, turnDocs)
	for i := 0; i < len(docs); i += turn {
		var groups [][]quad.Quad
		for j := i; j < min(i+turn, len(docs)); j += perTx {
			var all []quad.Quad
			for _, d := range docs[j:min(j+perTx, i+turn, len(docs))] {
				all = append(all, d...)
			}
			groups = append(groups, all)
		}
		clock.measure(&cayley, &cpuC, func() {
			for _, all := range groups {
				if _, err := w.WriteQuads(all); err != nil {
					b.Fatalf("Cayley's writer: %v", err)
				}
			}
		})
		clock.measure(&ours, &cpuO, func() {
			var wait func() error
			for _, all := range groups {
				tx, err := be.Begin(ctx)
				if err != nil {
					b.Fatal(err)
				}
				if err := tx.AddQuads(ctx, all); err != nil {
					b.Fatal(err)
				}
				next, err := commitAsync(tx)
				if err != nil {
					b.Fatal(err)
				}
				if wait != nil {
					if err := wait(); err != nil {
						b.Fatal(err)
					}
				}
				wait = next
			}
			if wait != nil {
				if err := wait(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	return cayley, ours, cpuC, cpuO
}
