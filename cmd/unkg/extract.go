package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sync/atomic"

	"github.com/spf13/cobra"

	"github.com/unkg/unkg/extract"
)

type extractOpts struct {
	format   string
	explain  bool
	rulesDir string
	workers  int
	progress string
	input    inputOpts
}

func extractCmd(e env) *cobra.Command {
	var o extractOpts
	c := &cobra.Command{
		Use:   "extract [flags] PATH...",
		Short: "extract facts from documents and print them as JSON Lines",
		Long: "Extract the facts of documents (files, folders, or - for standard input) and print one JSON\n" +
			"object per document (docs/SCHEMA.md), in the order of the sorted input paths; with --format json,\n" +
			"one JSON array of them. A file that cannot be read or is not text is reported on stderr with\n" +
			"its path and cause; the others go on, and the exit code is 1.",
		Example: "  unkg extract testdata/seeds\n  unkg extract --format json --explain testdata/seeds/000_9228917cbab8df9d.txt",
		Args: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return errors.New("name at least one file or folder (or - for standard input)")
			}
			return nil
		},
	}
	enumVar(c, &o.format, "format", "jsonl", "output format: jsonl (one object a line) or json (one indented array)", "jsonl", "json")
	c.Flags().BoolVar(&o.explain, "explain", false, "add the evidence text to every relation (with its rule and offsets)")
	c.Flags().StringVar(&o.rulesDir, "rules", "", "a folder of rule files (KIND/LANG.tsv) added to the built-in rules")
	intVar(c, &o.workers, "workers", runtime.GOMAXPROCS(0), 1, "documents extracted at once")
	progressFlag(c, &o.progress)
	inputFlags(c, &o.input)
	c.RunE = body(func(ctx context.Context, args []string) int { return runExtract(ctx, e, &o, args) })
	return c
}

func runExtract(ctx context.Context, e env, o *extractOpts, args []string) int {
	set, err := loadRules(o.rulesDir)
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg extract: %v\n", err)
		return exitFatal
	}
	var prog *progress // made below; warnings come once the documents are read
	opts, badRecords, err := o.input.options(func(err error) { fmt.Fprintf(e.stderr, "unkg extract: %v\n", err) },
		func(path, msg string) { prog.printf("unkg extract: %s: %s\n", path, msg) })
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg extract: %v\n", err)
		return exitFatal
	}
	opts.Explain = o.explain
	x, err := extract.New(set, opts)
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg extract: rules: %v\n", err)
		return exitFatal
	}
	mode, err := progressMode(e, o.progress)
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg extract: %v\n", err)
		return exitUsage
	}
	// A path that cannot be read is an input that failed: reported, the others go on.
	paths, walkErrs := extract.WalkFiles(args, extract.TextDocument)
	var done, bytesRead, failed int64
	failed += int64(badRecords)
	for _, err := range walkErrs {
		fmt.Fprintf(e.stderr, "unkg extract: %v\n", err)
		failed++
	}
	total := len(paths) + len(walkErrs)
	prog = newProgress(e, mode, func() (int64, int64) { return atomic.LoadInt64(&done), int64(len(paths)) }, func(secs float64) string {
		return fmt.Sprintf("%.1f MB/s  %d errors", float64(atomic.LoadInt64(&bytesRead))/1e6/secs, atomic.LoadInt64(&failed))
	})
	prog.run()
	out := bufio.NewWriterSize(e.stdout, 256<<10)
	var pretty bytes.Buffer
	array := o.format == "json"
	written := 0
	err = extract.RunJSON(ctx, x, paths, o.workers, e.stdin, func(r extract.Result) error {
		// done, bytesRead and failed are read by the bar while it draws: atomically.
		atomic.AddInt64(&done, 1)
		atomic.AddInt64(&bytesRead, int64(r.Size))
		if r.Err != nil {
			atomic.AddInt64(&failed, 1)
			prog.printf("unkg extract: %v\n", r.Err)
			return nil
		}
		if !array {
			if _, err := out.Write(r.JSON); err != nil {
				return err
			}
			return out.WriteByte('\n')
		}
		// One JSON array: "[" before the first object, "," between them.
		sep := ",\n  "
		if written == 0 {
			sep = "[\n  "
		}
		written++
		pretty.Reset()
		pretty.WriteString(sep)
		if err := json.Indent(&pretty, r.JSON, "  ", "  "); err != nil {
			return err
		}
		_, err := out.Write(pretty.Bytes())
		return err
	})
	prog.end()
	if err == nil && array {
		if written == 0 {
			_, err = out.WriteString("[]\n")
		} else {
			_, err = out.WriteString("\n]\n")
		}
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg extract: %v\n", err)
		return exitFatal
	}
	fmt.Fprintf(e.stderr, "extracted %d of %d documents (%.1f MB) in %s; %d failed\n",
		int64(total)-failed, total, float64(bytesRead)/1e6, prog.elapsed(), failed)
	if failed > 0 {
		return exitPartial
	}
	return exitOK
}
