package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/bench"
	"github.com/unkg/unkg/graph/export"
	"github.com/unkg/unkg/graph/synth"
)

var exportMemDocs = flag.Int("export-mem-docs", 11000, "BenchmarkExportMemory: documents of the large store (11000 give about 1,000,000 quads); the small one has a tenth")

// BenchmarkExportMemory measures what issue #10 asks of export: the peak
// resident memory of a whole `unkg export` process (this test binary run as
// unkg) in each format on a store of about 100,000 quads and on one ten times
// larger, and their ratio (target: at most 1.5).
//
//	go test ./cmd/unkg -run '^$' -bench ExportMemory -benchtime 1x
func BenchmarkExportMemory(b *testing.B) {
	ctx := context.Background()
	sizes := []int{*exportMemDocs / 10, *exportMemDocs}
	dbs := make([]string, len(sizes))
	quads := make([]int64, len(sizes))
	for i, n := range sizes {
		dbs[i] = filepath.Join(b.TempDir(), "unkg.db")
		s, err := graph.Open(dbs[i], graph.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := bench.Ingest(ctx, s, synth.New(synth.Config{Docs: n})); err != nil {
			b.Fatal(err)
		}
		st, err := s.Stats(ctx)
		if err != nil {
			b.Fatal(err)
		}
		quads[i] = st.Quads
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
	for _, f := range export.Formats() {
		if f.Name == "dot" {
			b.Logf("dot: not measured: a DOT export of a whole graph above %d nodes is refused (Graphviz cannot draw it)", export.MaxDOTNodes)
			continue
		}
		b.Run(f.Name, func(b *testing.B) {
			var peak [2]int64
			for range b.N {
				for i, db := range dbs {
					rss, err := exportRSS(db, f.Name, filepath.Join(b.TempDir(), "out"+f.Ext))
					if err != nil {
						b.Fatal(err)
					}
					peak[i] = max(peak[i], rss)
				}
			}
			ratio := float64(peak[1]) / float64(peak[0])
			b.ReportMetric(float64(peak[0])/1e6, "MB-RSS-small")
			b.ReportMetric(float64(peak[1])/1e6, "MB-RSS-large")
			b.ReportMetric(ratio, "ratio")
			b.Logf("%s: peak RSS %.1f MB at %d quads, %.1f MB at %d quads: %.2fx (target at most 1.5x)",
				f.Name, float64(peak[0])/1e6, quads[0], float64(peak[1])/1e6, quads[1], ratio)
		})
	}
}

// exportRSS runs `unkg export` on db as a process of its own and returns
// its peak resident memory in bytes, as the process itself read it
// (VmHWM) before exiting: the rusage of a child started by vfork and exec
// carries the parent's high-water mark.
func exportRSS(db, format, out string) (int64, error) {
	hwm := out + ".hwm"
	cmd := exec.Command(os.Args[0], "-test.run=^$", "--", "export", "--db", db, "--format", format, "-o", out)
	cmd.Env = append(os.Environ(), "UNKG_TEST_MAIN=1", "UNKG_TEST_HWM="+hwm)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return 0, fmt.Errorf("export %s: %v: %s", format, err, msg)
	}
	b, err := os.ReadFile(hwm)
	if err != nil {
		return 0, fmt.Errorf("export %s: peak memory: %w", format, err)
	}
	kb, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("export %s: peak memory %q: %w", format, b, err)
	}
	return kb * 1024, nil
}

// writeHighWater writes this process's peak resident memory in kilobytes
// (VmHWM of /proc/self/status) to path.
func writeHighWater(path string) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			_ = os.WriteFile(path, []byte(strings.TrimSuffix(strings.TrimSpace(v), " kB")), 0o644)
			return
		}
	}
}
