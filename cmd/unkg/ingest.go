package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/graph"
)

// extractFunc is the extraction step of ingest: the facts of one file.
type extractFunc func(path string, data []byte) (*extract.Facts, error)

// newExtractor returns the extraction step for the rules in rulesDir ("" for
// the built-in rules). Evidence text is kept, so that the stored facts can show
// a person the sentences behind an edge.
func newExtractor(rulesDir string, opts extract.Options) (extractFunc, error) {
	set, err := loadRules(rulesDir)
	if err != nil {
		return nil, err
	}
	opts.Explain = true
	x, err := extract.New(set, opts)
	if err != nil {
		return nil, err
	}
	return x.Document, nil
}

type ingestOpts struct {
	db, format, rulesDir, progress string
	facts                          bool
	workers                        int
	input                          inputOpts
}

func ingestCmd(e env) *cobra.Command {
	var o ingestOpts
	c := &cobra.Command{
		Use:   "ingest [flags] FILE|DIR...",
		Short: "store the facts of documents in the graph (unkg ingest corpus/)",
		Long: "Extract the facts of each text file (folders are walked, in path order) and store them in the\n" +
			"graph, one transaction per document or group of small documents. A file ingested before with\n" +
			"the same facts is left alone; a changed file replaces its old facts. A bad file is reported with\n" +
			"its path and cause and the others go on; the exit code is then 1.\n\n" +
			"N-Quads files (.nq, .nquads, as 'unkg export --format nquads' writes them) load as they are.",
		Args: needArgs("name at least one file or folder"),
	}
	dbFlag(c.Flags(), &o.db)
	enumVar(c, &o.format, "format", "auto", "input: auto (N-Quads for .nq/.nquads files, else text), text, facts (JSON lines of extracted facts), nquads",
		"auto", "text", "facts", "nquads")
	c.Flags().BoolVar(&o.facts, "facts", false, "the inputs are extracted facts (same as --format facts)")
	c.Flags().StringVar(&o.rulesDir, "rules", "", "a folder of rule files to use with the built-in rules")
	progressFlag(c, &o.progress)
	intVar(c, &o.workers, "workers", runtime.GOMAXPROCS(0), 1, "extraction workers")
	inputFlags(c, &o.input)
	c.RunE = body(func(ctx context.Context, args []string) int { return runIngest(ctx, e, &o, args) })
	return c
}

func runIngest(ctx context.Context, e env, o *ingestOpts, pos []string) int {
	db, format, factsMode, rulesDir, progress, workers := &o.db, &o.format, &o.facts, &o.rulesDir, &o.progress, &o.workers
	kind, ok := inputKind(*format, *factsMode, pos)
	if !ok {
		fmt.Fprintf(e.stderr, "unkg ingest: --format %q: want auto, text, facts or nquads\n", *format)
		return exitUsage
	}
	*factsMode = kind == "facts"
	var (
		x   extractFunc
		err error
	)
	var in *ingester // made below; bad records and warnings are reported through it
	var badRecords []error
	opts, _, err := o.input.options(func(err error) { badRecords = append(badRecords, err) },
		func(path, msg string) { in.prog.printf("unkg ingest: %s: %s\n", path, msg) })
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg ingest: %v\n", err)
		return exitFatal
	}
	if kind == "text" {
		if x, err = newExtractor(*rulesDir, opts); err != nil {
			fmt.Fprintf(e.stderr, "unkg ingest: %v\n", err)
			return exitFatal
		}
	}
	mode, err := progressMode(e, *progress)
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg ingest: %v\n", err)
		return exitUsage
	}

	paths, walkErrs := walkInputs(pos, kind)
	s, code := openStore(e, dbDir(*db))
	if s == nil {
		return code
	}
	defer s.Close()
	if kind == "nquads" {
		for _, err := range walkErrs {
			fmt.Fprintf(e.stderr, "unkg ingest: %v\n", err)
		}
		if code := ingestNQuads(ctx, e, s, paths); code != exitOK || len(walkErrs) == 0 {
			return code
		}
		return exitPartial
	}

	in = newIngester(e, x, *factsMode, len(paths), mode)
	in.maxSize = opts.MaxSize
	for _, err := range append(walkErrs, badRecords...) {
		in.fail(err)
	}
	res, err := in.run(ctx, s, paths, max(1, *workers))
	in.prog.end()
	elapsed := time.Since(in.start)
	if err == nil && res.QuadsDeleted > 0 {
		// Replaced facts leave dead versions behind: reclaim them now.
		err = s.Compact(ctx)
	}
	fmt.Fprintf(e.stderr, "ingested %d files in %.1fs: %d new, %d replaced, %d unchanged, %d failed; %d quads added, %d removed (%.0f quads/s, %.1f MB/s)\n",
		in.filesDone.Load(), elapsed.Seconds(), res.Written, res.Replaced, res.Unchanged, in.errors.Load(), res.QuadsAdded, res.QuadsDeleted,
		float64(res.QuadsAdded)/elapsed.Seconds(), float64(in.bytes.Load())/1e6/elapsed.Seconds())
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg ingest: %s\n", storeError(dbDir(*db), err))
		return exitFatal
	}
	if in.errors.Load() > 0 {
		return exitPartial
	}
	return exitOK
}

// walkInputs lists the files to ingest: files as given, folders walked in
// path order (hidden entries skipped; with --facts only *.jsonl, *.ndjson
// and *.json files).
// inputKind decides how ingest reads its inputs: text, facts or nquads.
// With auto, named inputs that are all N-Quads files are N-Quads.
func inputKind(format string, facts bool, args []string) (string, bool) {
	switch {
	case facts || format == "facts":
		return "facts", true
	case format == "text", format == "nquads":
		return format, true
	case format != "auto":
		return "", false
	}
	for _, a := range args {
		if !isNQuadsPath(a) {
			return "text", true
		}
	}
	return "nquads", true
}

func walkInputs(args []string, kind string) ([]string, []error) {
	keep := extract.TextDocument
	switch kind {
	case "nquads":
		keep = isNQuadsPath
	case "facts":
		keep = func(p string) bool {
			switch filepath.Ext(p) {
			case ".jsonl", ".ndjson", ".json":
				return true
			}
			return false
		}
	}
	return extract.Walk(args, keep)
}

type ingester struct {
	e       env
	extract extractFunc
	facts   bool
	total   int
	mode    string
	start   time.Time
	maxSize int64 // the bound of one input (--max-size)

	filesDone atomic.Int64
	bytes     atomic.Int64
	errors    atomic.Int64
	committed atomic.Int64 // documents
	quads     atomic.Int64

	prog *progress
}

// newIngester returns an ingester of total inputs with its progress display (mode: bar, lines, none).
func newIngester(e env, x extractFunc, facts bool, total int, mode string) *ingester {
	in := &ingester{e: e, extract: x, facts: facts, total: total, mode: mode}
	// A text file is one document: it is done when stored or failed. A facts
	// file holds many; it is done when read.
	done := func() (int64, int64) {
		if facts {
			return in.filesDone.Load(), int64(in.total)
		}
		return min(in.committed.Load()+in.errors.Load(), int64(in.total)), int64(in.total)
	}
	in.prog = newProgress(e, mode, done, func(secs float64) string {
		return fmt.Sprintf("%d docs stored  %.1f MB/s  %.0f quads/s  %d errors",
			in.committed.Load(), float64(in.bytes.Load())/1e6/secs, float64(in.quads.Load())/secs, in.errors.Load())
	})
	return in
}

// fail reports a bad input; the ingest goes on.
func (in *ingester) fail(err error) {
	in.errors.Add(1)
	in.prog.printf("unkg ingest: %v\n", err)
}

func (in *ingester) run(ctx context.Context, s *graph.Store, paths []string, workers int) (graph.WriteResult, error) {
	in.start = time.Now()
	defer ingestGC()()
	in.prog.run()
	jobs := make(chan string, 8*workers) // filled ahead: a worker does not wait on the feeder
	docs := make(chan *graph.Doc, 256)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte // the worker's read buffer, reused file after file
			for p := range jobs {
				buf = in.process(p, docs, buf)
				in.filesDone.Add(1)
			}
		}()
	}
	go func() {
		defer close(jobs)
		for _, p := range paths {
			select {
			case jobs <- p:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(docs)
	}()
	res, err := s.WriteStream(ctx, docs, func(r graph.WriteResult) {
		in.committed.Store(int64(r.Written + r.Replaced + r.Unchanged))
		in.quads.Store(int64(r.QuadsAdded))
		if in.mode == "lines" {
			in.prog.printf("ingest: committed %d documents, %d quads, %d transactions\n",
				r.Written+r.Replaced+r.Unchanged, r.QuadsAdded, r.Transactions)
		}
	})
	for _, de := range res.Errors {
		in.fail(de)
	}
	return res, err
}

// process reads one file into buf and sends its prepared documents to
// docs; it returns the buffer for the next file. Neither the extractor nor
// the facts decoder keeps anything of the bytes they read.
func (in *ingester) process(path string, docs chan<- *graph.Doc, buf []byte) []byte {
	data, err := extract.ReadInputBuf(extract.File{Path: path, Regular: true}, nil, buf, in.maxSize)
	if err != nil {
		in.fail(err)
		return buf
	}
	in.bytes.Add(int64(len(data)))
	if in.facts {
		in.processFacts(path, data, docs)
		return keepBuf(data)
	}
	// The extractor decodes UTF-8, UTF-16 and Windows-1256 and refuses binary input.
	f, err := in.extract(path, data)
	if err != nil {
		in.fail(fmt.Errorf("%s: %w", path, err))
		return keepBuf(data)
	}
	in.send(f, path, docs)
	return keepBuf(data)
}

// keepBuf is the buffer a worker keeps for its next file: not one that a
// very large file grew.
func keepBuf(data []byte) []byte {
	if cap(data) > 4<<20 {
		return nil
	}
	return data
}

func (in *ingester) send(f *extract.Facts, where string, docs chan<- *graph.Doc) {
	d, err := graph.Prepare(f)
	if err != nil {
		in.fail(fmt.Errorf("%s: %w", where, err))
		return
	}
	docs <- d
}

// processFacts reads JSON lines of facts.
func (in *ingester) processFacts(path string, data []byte, docs chan<- *graph.Doc) {
	r := bufio.NewReader(bytes.NewReader(data))
	for line := 1; ; line++ {
		b, err := r.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			var f extract.Facts
			if jerr := json.Unmarshal(b, &f); jerr != nil {
				in.fail(fmt.Errorf("%s:%d: %w", path, line, jerr))
			} else {
				in.send(&f, fmt.Sprintf("%s:%d", path, line), docs)
			}
		}
		if err == io.EOF {
			return
		} else if err != nil {
			in.fail(fmt.Errorf("%s: %w", path, err))
			return
		}
	}
}
