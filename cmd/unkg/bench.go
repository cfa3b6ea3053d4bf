package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/unkg/unkg/extract"
)

type benchOpts struct {
	corpus, dir, profile string
	mb                   int
}

func benchCmd(e env) *cobra.Command {
	var o benchOpts
	c := &cobra.Command{
		Use:   "bench [flags]",
		Short: "measure extraction speed and memory on a corpus built from the bundled documents",
		Long: "Builds a corpus of at least --mb megabytes from the bundled documents (copies of the files\n" +
			"under --corpus), then times the whole extraction (read, normalize, match, assemble, JSON out)\n" +
			"on one core (GOMAXPROCS=1) and on all cores, and prints MB/s, speed-up and peak memory.",
		Args: cobra.NoArgs,
	}
	f := c.Flags()
	f.StringVar(&o.corpus, "corpus", "testdata", "folder of documents to build the corpus from")
	intVar(c, &o.mb, "mb", 50, 1, "corpus size in megabytes")
	f.StringVar(&o.dir, "dir", "", "build the corpus in this folder and keep it (default: a temporary folder, removed)")
	f.StringVar(&o.profile, "cpuprofile", "", "write a CPU profile of the one-core run to this file (go tool pprof)")
	c.RunE = body(func(ctx context.Context, args []string) int { return runBench(ctx, e, &o) })
	return c
}

func runBench(ctx context.Context, e env, o *benchOpts) int {
	corpus, mb, keep, profile := &o.corpus, &o.mb, &o.dir, &o.profile
	set, err := loadRules("")
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg bench: %v\n", err)
		return exitFatal
	}
	x, err := extract.New(set, extract.Options{})
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg bench: %v\n", err)
		return exitFatal
	}
	sources, err := extract.Files([]string{*corpus})
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg bench: %v (run it from the repository, or name a folder with --corpus)\n", err)
		return exitFatal
	}
	var docs [][]byte
	for _, f := range sources {
		p := f.Path
		if filepath.Ext(p) != ".txt" {
			continue // the bundled documents, not the golden files and notes beside them
		}
		data, err := os.ReadFile(p)
		if err != nil {
			fmt.Fprintf(e.stderr, "unkg bench: %v\n", err)
			return exitFatal
		}
		if _, err := x.Document(p, data); err == nil {
			docs = append(docs, data)
		}
	}
	if len(docs) == 0 {
		fmt.Fprintf(e.stderr, "unkg bench: no text documents under %s\n", *corpus)
		return exitFatal
	}
	dir := *keep
	if dir == "" {
		dir, err = os.MkdirTemp("", "unkg-bench-")
		if err != nil {
			fmt.Fprintf(e.stderr, "unkg bench: %v\n", err)
			return exitFatal
		}
		defer os.RemoveAll(dir)
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(e.stderr, "unkg bench: --dir: %v\n", err)
		return exitFatal
	}
	paths, total, largest, err := buildCorpus(dir, docs, int64(*mb)<<20)
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg bench: %v\n", err)
		return exitFatal
	}
	fmt.Fprintf(e.stdout, "corpus: %d documents, %.1f MB, from %d bundled documents (largest %d bytes), in %s\n",
		len(paths), float64(total)/(1<<20), len(docs), largest, dir)

	procs := runtime.GOMAXPROCS(0)
	half := paths[:len(paths)/2]
	type run struct {
		name    string
		procs   int
		paths   []extract.File
		seconds float64
		cpu     float64
		bytes   int64
		heap    uint64
	}
	runs := []run{{name: "1 core, half corpus", procs: 1, paths: half}, {name: "1 core", procs: 1, paths: paths}, {name: fmt.Sprintf("%d cores", procs), procs: procs, paths: paths}}
	for i := range runs {
		r := &runs[i]
		old := runtime.GOMAXPROCS(r.procs)
		runtime.GC()
		stop := sampleHeap()
		start, cpu0 := time.Now(), cpuSeconds()
		if *profile != "" && i == 1 {
			f, err := os.Create(*profile)
			if err != nil {
				fmt.Fprintf(e.stderr, "unkg bench: %v\n", err)
				return exitFatal
			}
			if err := pprof.StartCPUProfile(f); err != nil {
				fmt.Fprintf(e.stderr, "unkg bench: %v\n", err)
				return exitFatal
			}
			defer f.Close()
		}
		n, err := extractAll(ctx, x, r.paths, r.procs)
		if *profile != "" && i == 1 {
			pprof.StopCPUProfile()
		}
		r.seconds = time.Since(start).Seconds()
		r.cpu = cpuSeconds() - cpu0
		r.heap = stop()
		runtime.GOMAXPROCS(old)
		if err != nil {
			fmt.Fprintf(e.stderr, "unkg bench: %v\n", err)
			return exitFatal
		}
		r.bytes = n
		mb := float64(n) / (1 << 20)
		fmt.Fprintf(e.stdout, "%-20s %7.1f MB/s  %6.2f s wall  %6.2f s CPU (%5.1f MB per CPU-second)  %6.1f MB  peak heap %5.1f MB\n",
			r.name+":", mb/r.seconds, r.seconds, r.cpu, mb/r.cpu, mb, float64(r.heap)/(1<<20))
	}
	fmt.Fprintf(e.stdout, "speed-up on %d cores: %.2fx\n", procs, runs[1].seconds/runs[2].seconds)
	fmt.Fprintf(e.stdout, "cost, whole / half corpus: %.2f (2.00 is linear)\n", runs[1].seconds/runs[0].seconds)
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err == nil {
		fmt.Fprintf(e.stdout, "peak resident memory: %.1f MB\n", float64(ru.Maxrss)/1024)
	}
	return exitOK
}

// cpuSeconds is the user and system time this process has used. Unlike wall
// time it does not grow when other work shares the machine.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// buildCorpus writes copies of docs into dir until size bytes are written.
// They are regular files, as unkg extract finds them in a folder.
func buildCorpus(dir string, docs [][]byte, size int64) (files []extract.File, total int64, largest int, err error) {
	for i := 0; total < size; i++ {
		d := docs[i%len(docs)]
		p := filepath.Join(dir, fmt.Sprintf("%06d.txt", i))
		if err := os.WriteFile(p, d, 0o644); err != nil {
			return nil, 0, 0, fmt.Errorf("write %s: %w", p, err)
		}
		files = append(files, extract.File{Path: p, Regular: true})
		total += int64(len(d))
		largest = max(largest, len(d))
	}
	return files, total, largest, nil
}

// extractAll runs the whole extraction with JSON output to a discarding writer.
func extractAll(ctx context.Context, x *extract.Extractor, paths []extract.File, workers int) (int64, error) {
	var n int64
	err := extract.RunJSON(ctx, x, paths, workers, nil, func(r extract.Result) error {
		if r.Err != nil {
			return r.Err
		}
		n += int64(r.Size)
		_, err := io.Discard.Write(r.JSON)
		return err
	})
	return n, err
}

// sampleHeap samples the live heap every 10 ms until the returned function is called, which returns the peak.
func sampleHeap() func() uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var mu sync.Mutex
	var peak uint64
	done := make(chan struct{})
	finished := make(chan struct{})
	read := func() {
		metrics.Read(sample)
		v := sample[0].Value.Uint64()
		mu.Lock()
		peak = max(peak, v)
		mu.Unlock()
	}
	go func() {
		defer close(finished)
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				read()
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-finished
		read()
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}
