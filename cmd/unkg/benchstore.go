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
	"slices"
	"strconv"
	"strings"
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
	files, shared, large, replace int
	corpus, textDir, dir, profile string
	memProfile                    string
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
	f.StringVar(&o.profile, "cpuprofile", "", "write a CPU profile of the ingest (with --files: of the first, from files) to this file (go tool pprof)")
	f.StringVar(&o.memProfile, "memprofile", "", "--files: write the allocations of the first ingest, from files, to this file (go tool pprof -sample_index=alloc_space)")
	intVar(c, &o.files, "files", 0, 0, "instead: the store's figures on this many distinct text documents read from files (10000), "+
		"against Cayley's own loader on the same quads, with the shared-id case (--shared) and scaling (--large)")
	intVar(c, &o.shared, "shared", 2000, 0, "--files: files of the shared-id case (sharing 4 document ids), against as many distinct ones")
	intVar(c, &o.large, "large", 0, 0, "--files: also ingest this many documents (50000) and compare the throughput")
	intVar(c, &o.replace, "replace", 2000, 0, "--files: files replaced six times, against a fresh ingest of their last versions")
	c.RunE = body(func(ctx context.Context, args []string) int { return runBenchStore(ctx, e, &o) })
	return c
}

func runBenchStore(ctx context.Context, e env, o *benchStoreOpts) int {
	docs, text, corpus, textDir, queries, dir, profile := &o.docs, &o.text, &o.corpus, &o.textDir, &o.queries, &o.dir, &o.profile
	if o.files > 0 {
		return benchFiles(ctx, e, *corpus, o.files, o.shared, o.large, o.replace, *profile, o.memProfile)
	}
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
	s, err := graph.Open(filepath.Join(d, "unkg.db"), graph.Options{})
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

// writeAllocs writes the process's allocation profile to path; the
// allocations of a run are the difference of two (go tool pprof -base).
func writeAllocs(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// filesRun is one ingest of text files as `unkg ingest` does it.
type filesRun struct {
	docs     int
	quads    int
	secs     float64
	bytes    int64 // on disk after closing
	failures int64
}

func (r filesRun) quadsPerSec() float64 { return float64(r.quads) / r.secs }

// ingestFiles ingests paths into a new store at db.
func ingestFiles(ctx context.Context, x extractFunc, db string, paths []string) (filesRun, error) {
	s, err := graph.Open(db, graph.Options{})
	if err != nil {
		return filesRun{}, err
	}
	in := newIngester(env{stdout: io.Discard, stderr: io.Discard}, x, false, len(paths), "none")
	res, err := in.run(ctx, s, paths, runtime.GOMAXPROCS(0))
	el := time.Since(in.start)
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	return filesRun{docs: res.Written, quads: res.QuadsAdded, secs: el.Seconds(), bytes: bench.DirSize(db), failures: in.errors.Load()}, err
}

// benchFiles prints the store's figures on distinct real documents read
// from files: against Cayley's own loader on the same quads, bytes on disk
// per quad, files sharing document ids against distinct ones, and the
// throughput at a larger size.
func benchFiles(ctx context.Context, e env, corpus string, n, shared, large, replace int, profile, memProfile string) int {
	fail := func(err error) int {
		fmt.Fprintf(e.stderr, "unkg bench-store: %v\n", err)
		return exitFatal
	}
	tmp, err := os.MkdirTemp("", "unkg-bench-")
	if err != nil {
		return fail(err)
	}
	defer os.RemoveAll(tmp)
	x, err := newExtractor("", extract.Options{})
	if err != nil {
		return fail(err)
	}
	paths, size, err := buildTextCorpus(corpus, filepath.Join(tmp, "text"), max(n, shared, replace))
	if err != nil {
		return fail(err)
	}
	fmt.Fprintf(e.stdout, "corpus: %d distinct text documents (%.1f MB) made from %s; GOMAXPROCS=%d; a shared machine: figures vary by 10-30%% between runs\n",
		len(paths), float64(size)/1e6, corpus, runtime.GOMAXPROCS(0))

	// 1. unkg ingest of n files, then Cayley's loader on the same quads.
	db := filepath.Join(tmp, "unkg.db")
	if profile != "" {
		// The profile covers this first ingest: files to the store.
		f, err := os.Create(profile)
		if err != nil {
			return fail(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fail(err)
		}
	}
	if memProfile != "" {
		runtime.GC() // the allocations before the ingest are in the profile: the difference with them is the ingest's
		if err := writeAllocs(memProfile + ".before"); err != nil {
			return fail(err)
		}
	}
	cpu0, w0 := cpuSeconds(), bench.BadgerWrites()
	r, err := ingestFiles(ctx, x, db, paths[:n])
	pprof.StopCPUProfile()
	if err != nil {
		return fail(err)
	}
	if memProfile != "" {
		if err := writeAllocs(memProfile); err != nil {
			return fail(err)
		}
	}
	ucpu, uw := cpuSeconds()-cpu0, bench.BadgerWrites().Sub(w0)
	fmt.Fprintf(e.stdout, "unkg ingest: %d files, %d quads in %.1fs, %.1f s CPU (extraction included): %.0f quads/s, %.0f docs/s; %.1f MB on disk, %.0f bytes/quad; %d failed\n",
		r.docs, r.quads, r.secs, ucpu, r.quadsPerSec(), float64(r.docs)/r.secs, float64(r.bytes)/1e6, float64(r.bytes)/float64(r.quads), r.failures)
	s, err := graph.Open(db, graph.Options{ReadOnly: true})
	if err != nil {
		return fail(err)
	}
	quads, err := bench.AllQuads(ctx, s.QuadStore())
	s.Close()
	if err != nil {
		return fail(err)
	}
	cdir := filepath.Join(tmp, "cayley.db")
	cpu0, w0 = cpuSeconds(), bench.BadgerWrites()
	cd, err := bench.CayleyLoad(ctx, quads, cdir)
	ccpu, cw := cpuSeconds()-cpu0, bench.BadgerWrites().Sub(w0)
	if err != nil {
		return fail(fmt.Errorf("cayley load: %w", err))
	}
	cq := len(quads)
	quads = nil
	cb := bench.DirSize(cdir)
	cqps := float64(cq) / cd.Seconds()
	fmt.Fprintf(e.stdout, "cayley load: the same %d quads, ready, in %.1fs, %.1f s CPU: %.0f quads/s; %.1f MB on disk, %.0f bytes/quad\n",
		cq, cd.Seconds(), ccpu, cqps, float64(cb)/1e6, float64(cb)/float64(cq))
	fmt.Fprintf(e.stdout, "ratio: unkg ingest (from text files) / cayley load (ready quads) = %.2fx by the clock, %.2fx by CPU time\n", r.quadsPerSec()/cqps, ccpu/ucpu)
	fmt.Fprintf(e.stdout, "badger writes: unkg ingest %s; cayley load %s\n", uw.PerQuad(r.quads), cw.PerQuad(cq))
	os.RemoveAll(cdir)
	os.RemoveAll(db)
	// The store's part alone: the same files' facts, extracted beforehand.
	facts, err := extractFiles(x, paths[:n])
	if err != nil {
		return fail(err)
	}
	sdb := filepath.Join(tmp, "store-only.db")
	so, err := graph.Open(sdb, graph.Options{})
	if err != nil {
		return fail(err)
	}
	cpu0, w0 = cpuSeconds(), bench.BadgerWrites()
	restoreGC := ingestGC() // as unkg ingest runs
	sr, err := bench.IngestFacts(ctx, so, facts)
	restoreGC()
	scpu, sw := cpuSeconds()-cpu0, bench.BadgerWrites().Sub(w0)
	if cerr := so.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fail(err)
	}
	facts = nil
	fmt.Fprintf(e.stdout, "unkg store only (the same files' facts, extracted beforehand): %d quads in %.1fs, %.1f s CPU: %.0f quads/s; ratio to cayley load %.2fx by the clock, %.2fx by CPU time\n",
		sr.QuadsAdded, sr.Duration.Seconds(), scpu, sr.QuadsPerSec(), sr.QuadsPerSec()/cqps, ccpu/scpu)
	fmt.Fprintf(e.stdout, "badger writes: unkg store only %s\n", sw.PerQuad(sr.QuadsAdded))
	os.RemoveAll(sdb)

	// 2. Files sharing 4 document ids against as many distinct files:
	// the same extracted facts, with the ids set to 4 values.
	if shared > 0 {
		distinct, err := extractFiles(x, paths[:shared])
		if err != nil {
			return fail(err)
		}
		var same []*extract.Facts
		for _, f := range distinct {
			g := *f
			g.Doc.ID = fmt.Sprintf("doc:SHARED/%d", len(same)%4)
			same = append(same, &g)
		}
		// Time and CPU time: on a shared machine the clock varies most.
		timeWrite := func(name string, fs []*extract.Facts) (secs, cpu float64, err error) {
			s, err := graph.Open(filepath.Join(tmp, name), graph.Options{})
			if err != nil {
				return 0, 0, err
			}
			defer s.Close()
			defer ingestGC()()
			cpu0 := cpuSeconds()
			res, err := bench.IngestFacts(ctx, s, fs)
			if err != nil {
				return 0, 0, err
			}
			cpu = cpuSeconds() - cpu0
			fmt.Fprintf(e.stdout, "%s: %d files, %d quads stored in %.2fs, %.2f s CPU, %d transactions\n",
				name, len(fs), res.QuadsAdded, res.Duration.Seconds(), cpu, res.Transactions)
			return res.Duration.Seconds(), cpu, nil
		}
		td, tdc, err := timeWrite("distinct-ids", distinct)
		if err != nil {
			return fail(err)
		}
		ts, tsc, err := timeWrite("4-shared-ids", same)
		if err != nil {
			return fail(err)
		}
		fmt.Fprintf(e.stdout, "ratio: time of %d files sharing 4 ids / %d distinct = %.2fx by the clock, %.2fx by CPU time\n", shared, shared, ts/td, tsc/tdc)
	}

	// 3. Every file replaced six times (a changed file: new digest, so a new
	// id unless it prints a symbol, and different facts), then a fresh
	// store of the last versions.
	if replace > 0 {
		base, err := extractFiles(x, paths[:replace])
		if err != nil {
			return fail(err)
		}
		version := func(round int) []*extract.Facts {
			out := make([]*extract.Facts, len(base))
			for i, f := range base {
				g := *f
				g.Doc.SHA256 = fmt.Sprintf("%x-%d", i, round)
				if strings.HasPrefix(g.Doc.ID, "doc:sha256:") {
					g.Doc.ID = fmt.Sprintf("doc:sha256:%08x%08x", i, round)
				}
				g.Relations = g.Relations[:len(g.Relations)*(1+(i+round)%4)/4]
				out[i] = &g
			}
			return out
		}
		rdb := filepath.Join(tmp, "replaced.db")
		s, err := graph.Open(rdb, graph.Options{})
		if err != nil {
			return fail(err)
		}
		for round := range 7 {
			res, err := bench.IngestFacts(ctx, s, version(round))
			if err == nil && res.QuadsDeleted > 0 {
				err = s.Compact(ctx) // as unkg ingest does at its end
			}
			if err != nil {
				s.Close()
				return fail(err)
			}
			sz, _ := s.Size(ctx)
			fmt.Fprintf(e.stdout, "replace round %d: %d replaced, %d quads added, %d removed in %.1fs; store %.1f MB\n",
				round, res.Replaced, res.QuadsAdded, res.QuadsDeleted, res.Duration.Seconds(), float64(sz)/1e6)
		}
		rq := meetingsTime(ctx, s)
		s.Close()
		fdb := filepath.Join(tmp, "fresh.db")
		f, err := graph.Open(fdb, graph.Options{})
		if err != nil {
			return fail(err)
		}
		if _, err := bench.IngestFacts(ctx, f, version(6)); err != nil {
			f.Close()
			return fail(err)
		}
		fq := meetingsTime(ctx, f)
		f.Close()
		rs, fs := bench.DirSize(rdb), bench.DirSize(fdb)
		fmt.Fprintf(e.stdout, "after six replacements of %d files: %.1f MB; a fresh ingest of the last versions: %.1f MB; ratio %.2fx\n",
			replace, float64(rs)/1e6, float64(fs)/1e6, float64(rs)/float64(fs))
		fmt.Fprintf(e.stdout, "query meetings of every organization: %v on the replaced store, %v on the fresh one\n", rq, fq)
		os.RemoveAll(rdb)
		os.RemoveAll(fdb)
	}

	// 4. Throughput at a larger size.
	if large > 0 {
		lp, _, err := buildTextCorpus(corpus, filepath.Join(tmp, "large"), large)
		if err != nil {
			return fail(err)
		}
		os.RemoveAll(filepath.Join(tmp, "text"))
		lcpu0 := cpuSeconds()
		lr, err := ingestFiles(ctx, x, filepath.Join(tmp, "large.db"), lp)
		if err != nil {
			return fail(err)
		}
		lcpu := cpuSeconds() - lcpu0
		fmt.Fprintf(e.stdout, "unkg ingest: %d files, %d quads in %.1fs, %.1f s CPU (extraction included): %.0f quads/s; %.0f bytes/quad\n",
			lr.docs, lr.quads, lr.secs, lcpu, lr.quadsPerSec(), float64(lr.bytes)/float64(lr.quads))
		// By CPU time too: on a shared machine the clock varies most.
		fmt.Fprintf(e.stdout, "ratio: throughput at %d documents / at %d = %.2f by the clock, %.2f by CPU time\n", large, n,
			lr.quadsPerSec()/r.quadsPerSec(), (float64(lr.quads)/lcpu)/(float64(r.quads)/ucpu))
	}
	return exitOK
}

// meetingsTime is the median time of 'query meetings' over the store's
// organizations (three passes).
func meetingsTime(ctx context.Context, s *graph.Store) time.Duration {
	orgs, err := s.EntitiesOfType(ctx, "Organization")
	if err != nil || len(orgs) == 0 {
		return 0
	}
	var ds []time.Duration
	for range 3 {
		t := time.Now()
		for _, o := range orgs {
			s.Meetings(ctx, o)
		}
		ds = append(ds, time.Since(t))
	}
	slices.Sort(ds)
	return ds[1]
}

// extractFiles extracts the facts of files.
func extractFiles(x extractFunc, paths []string) ([]*extract.Facts, error) {
	out := make([]*extract.Facts, 0, len(paths))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		f, err := x(p, data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		out = append(out, f)
	}
	return out, nil
}
