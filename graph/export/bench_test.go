package export

import (
	"context"
	"flag"
	"io"
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"testing"
	"time"

	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/bench"
	"github.com/unkg/unkg/graph/synth"
)

var benchDocs = flag.Int("export-docs", 2000, "documents of the synthetic store of BenchmarkExport (about 90 quads each; 11000 gives a million quads)")

type countWriter struct{ n int64 }

func (c *countWriter) Write(b []byte) (int, error) { c.n += int64(len(b)); return len(b), nil }

// BenchmarkExport exports a synthetic store in each format and reports
// quads/s (quads of the store per second of export) and the peak live heap
// (as the garbage collector last measured it) above the store's own, which
// stays flat as the store grows: the export streams.
//
//	go test ./graph/export -run '^$' -bench Export -benchtime 1x -export-docs 11000
func BenchmarkExport(b *testing.B) {
	ctx := context.Background()
	s, err := graph.Open(b.TempDir(), graph.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	res, err := bench.Ingest(ctx, s, synth.New(synth.Config{Docs: *benchDocs}))
	if err != nil {
		b.Fatal(err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("store: %d documents, %d quads (ingested at %.0f quads/s)", *benchDocs, st.Quads, res.QuadsPerSec())
	for _, f := range Formats() {
		b.Run(f.Name, func(b *testing.B) {
			runtime.GC()
			base := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
			metrics.Read(base)
			baseLive := base[0].Value.Uint64()
			var peak atomic.Uint64
			stop := make(chan struct{})
			done := make(chan struct{})
			go func() {
				defer close(done)
				sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
				t := time.NewTicker(20 * time.Millisecond)
				defer t.Stop()
				for {
					select {
					case <-stop:
						return
					case <-t.C:
						metrics.Read(sample)
						if v := sample[0].Value.Uint64(); v > peak.Load() {
							peak.Store(v)
						}
					}
				}
			}()
			var out countWriter
			var es Stats
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				out.n = 0
				if es, err = Export(ctx, s, &out, Options{Format: f.Name}); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			close(stop)
			<-done
			secs := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(float64(st.Quads)/secs, "quads/s")
			b.ReportMetric(float64(out.n)/1e6, "MB-out")
			b.ReportMetric(float64(peak.Load()-min(peak.Load(), baseLive))/1e6, "MB-peak-live-heap")
			b.Logf("%s: %d nodes, %d edges, %.1f MB in %.2fs", f.Name, es.Nodes, es.Edges, float64(out.n)/1e6, secs)
		})
	}
}

var _ io.Writer = (*countWriter)(nil)
