package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/pprof"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/bench"
	"github.com/unkg/unkg/graph/synth"
)

type benchStoreOpts struct {
	docs, text, queries           int
	corpus, textDir, dir, profile string
}

func benchStoreCmd(e env) *cobra.Command {
	var o benchStoreOpts
	c := &cobra.Command{
		Use:   "bench-store [flags]",
		Short: "time ingest and queries on a synthetic corpus",
		Long: "Ingest a synthetic corpus of facts (about 97 quads per document) into a new store and time the\n" +
			"queries. With --text N, ingest N text documents instead, made from varied copies of the bundled\n" +
			"documents (--corpus), through the real extractor as `unkg ingest` does (extraction included),\n" +
			"and time the queries on that graph.",
		Args: cobra.NoArgs,
	}
	f := c.Flags()
	intVar(c, &o.docs, "docs", 10000, 1, "documents in the synthetic corpus (11,000 make more than 1,000,000 quads)")
	intVar(c, &o.text, "text", 0, 0, "instead: this many text documents made from the bundled ones, extracted and ingested")
	f.StringVar(&o.corpus, "corpus", "testdata", "--text: folder of documents (*.txt) to copy")
	f.StringVar(&o.textDir, "text-dir", "", "--text: build the documents in this folder and keep them (default: a temporary folder)")
	intVar(c, &o.queries, "queries", 500, 1, "runs of each query")
	f.StringVar(&o.dir, "dir", "", "store folder (default: a new temporary folder, removed afterwards)")
	f.StringVar(&o.profile, "cpuprofile", "", "write a CPU profile of the ingest to this file (go tool pprof)")
	c.RunE = body(func(ctx context.Context, args []string) int { return runBenchStore(ctx, e, &o) })
	return c
}

func runBenchStore(ctx context.Context, e env, o *benchStoreOpts) int {
	docs, text, corpus, textDir, queries, dir, profile := &o.docs, &o.text, &o.corpus, &o.textDir, &o.queries, &o.dir, &o.profile
	fail := func(err error) int {
		fmt.Fprintf(e.stderr, "unkg bench-store: %v\n", err)
		return exitFatal
	}
	d := *dir
	if d == "" {
		tmp, err := os.MkdirTemp("", "unkg-bench-")
		if err != nil {
			return fail(err)
		}
		defer os.RemoveAll(tmp)
		d = tmp
	}
	var paths []string
	if *text > 0 {
		td := *textDir
		if td == "" {
			tmp, err := os.MkdirTemp("", "unkg-bench-text-")
			if err != nil {
				return fail(err)
			}
			defer os.RemoveAll(tmp)
			td = tmp
		}
		var err error
		var size int64
		if paths, size, err = buildTextCorpus(*corpus, td, *text); err != nil {
			return fail(err)
		}
		fmt.Fprintf(e.stdout, "corpus: %d text documents, %.1f MB, in %s\n", len(paths), float64(size)/1e6, td)
	}
	s, err := graph.Open(d, graph.Options{})
	if err != nil {
		return fail(err)
	}
	defer s.Close()
	if *profile != "" {
		f, err := os.Create(*profile)
		if err != nil {
			return fail(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fail(err)
		}
	}
	var qargs bench.Args
	if *text > 0 {
		x, err := newExtractor("", extract.Options{})
		if err != nil {
			return fail(err)
		}
		fmt.Fprintf(e.stdout, "ingest: %d text documents with extraction, GOMAXPROCS=%d\n", len(paths), runtime.GOMAXPROCS(0))
		in := newIngester(env{stdout: io.Discard, stderr: e.stderr}, x, false, len(paths), "none")
		cpu0 := cpuSeconds()
		res, err := in.run(ctx, s, paths, runtime.GOMAXPROCS(0))
		el := time.Since(in.start)
		pprof.StopCPUProfile()
		if err != nil {
			return fail(fmt.Errorf("ingest: %w", err))
		}
		fmt.Fprintf(e.stdout, "ingest: %d quads in %.1fs: %.0f quads/s, %.0f documents/s, %d transactions, %.1f s CPU, %d errors\n",
			res.QuadsAdded, el.Seconds(), float64(res.QuadsAdded)/el.Seconds(), float64(res.Written+res.Replaced)/el.Seconds(),
			res.Transactions, cpuSeconds()-cpu0, in.errors.Load())
		if qargs, err = bench.GraphArgs(ctx, s, *queries); err != nil {
			return fail(err)
		}
	} else {
		c := synth.New(synth.Config{Docs: *docs})
		fmt.Fprintf(e.stdout, "ingest: %d synthetic documents, GOMAXPROCS=%d\n", c.Len(), runtime.GOMAXPROCS(0))
		cpu0 := cpuSeconds()
		res, err := bench.Ingest(ctx, s, c)
		pprof.StopCPUProfile()
		if err != nil {
			return fail(fmt.Errorf("ingest: %w", err))
		}
		fmt.Fprintf(e.stdout, "ingest: %d quads in %.1fs: %.0f quads/s, %.0f documents/s, %d transactions, %.1f s CPU\n",
			res.QuadsAdded, res.Duration.Seconds(), res.QuadsPerSec(), float64(res.Docs)/res.Duration.Seconds(), res.Transactions, cpuSeconds()-cpu0)
		qargs = bench.CorpusArgs(c, *queries)
	}
	lats, err := bench.QueriesOn(ctx, s, qargs, *queries)
	if err != nil {
		return fail(fmt.Errorf("queries: %w", err))
	}
	tw := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "query\truns\tp50\tp99\tmax\trows/query")
	for _, l := range lats {
		fmt.Fprintf(tw, "%s\t%d\t%v\t%v\t%v\t%.1f\n", l.Query, l.N, l.P50, l.P99, l.Max, l.Rows)
	}
	tw.Flush()
	return exitOK
}

var reNumber = regexp.MustCompile(`[0-9]+`)

// varyText makes copy c of a document a different document with facts of
// the same shape: years move back by c mod 16 (so its meetings and dates
// spread over 16 years), other numbers of three digits or more (symbols,
// meeting numbers) grow by 100,000 times c, and c trailing spaces make
// its digest unique.
func varyText(data []byte, c int) []byte {
	shift, bump := c%16, c
	out := reNumber.ReplaceAllFunc(data, func(b []byte) []byte {
		n, err := strconv.Atoi(string(b))
		if err != nil {
			return b
		}
		switch {
		case len(b) == 4 && n >= 1950 && n <= 2049:
			return strconv.AppendInt(nil, int64(n-shift), 10)
		case len(b) >= 3 && len(b) <= 6 && bump > 0:
			return strconv.AppendInt(nil, int64(n+100000*bump), 10)
		}
		return b
	})
	for range c {
		out = append(out, ' ')
	}
	return out
}

// buildTextCorpus writes n documents into dir: varied copies (varyText) of
// the text documents under src that the extractor reads.
func buildTextCorpus(src, dir string, n int) ([]string, int64, error) {
	files, err := extract.Files([]string{src})
	if err != nil {
		return nil, 0, fmt.Errorf("%v (run it from the repository, or name a folder with --corpus)", err)
	}
	var docs [][]byte
	for _, f := range files {
		p := f.Path
		if filepath.Ext(p) != ".txt" {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, 0, err
		}
		docs = append(docs, data)
	}
	if len(docs) == 0 {
		return nil, 0, fmt.Errorf("no text documents under %s", src)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, 0, err
	}
	var paths []string
	var total int64
	for i := range n {
		data := varyText(docs[i%len(docs)], i/len(docs))
		p := filepath.Join(dir, fmt.Sprintf("%06d.txt", i))
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return nil, 0, err
		}
		paths = append(paths, p)
		total += int64(len(data))
	}
	return paths, total, nil
}
