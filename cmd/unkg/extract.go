package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"sync/atomic"

	"github.com/unkg/unkg/extract"
)

func runExtract(ctx context.Context, e env, args []string) int {
	fs := newFlags(e, "extract", "extract [flags] PATH... (files, folders, or - for standard input)\n\n"+
		"Prints one JSON object per document (SCHEMA.md), in the order of the sorted input paths.\n"+
		"A file that cannot be read or is not text is reported on stderr with its path and cause;\n"+
		"the others go on, and the exit code is 1.")
	format := fs.String("format", "jsonl", "output format: jsonl (one object a line) or json (indented)")
	explain := fs.Bool("explain", false, "add the evidence text to every relation (with its rule and offsets)")
	rulesDir := fs.String("rules", "", "a folder of rule files (KIND/LANG.tsv) added to the built-in rules")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents extracted at once")
	progressFlag := fs.String("progress", "auto", "progress display on stderr: auto (a bar on a terminal), bar, none")
	if done, code := parseFlags(fs, args); done {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "unkg extract: name at least one file or folder (or - for standard input)")
		fs.Usage()
		return exitUsage
	}
	if *format != "jsonl" && *format != "json" {
		fmt.Fprintf(e.stderr, "unkg extract: unknown --format %q (want jsonl or json)\n", *format)
		return exitUsage
	}
	set, err := loadRules(*rulesDir)
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg extract: %v\n", err)
		return exitFatal
	}
	x, err := extract.New(set, extract.Options{Explain: *explain})
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg extract: rules: %v\n", err)
		return exitFatal
	}
	mode, err := progressMode(e, *progressFlag)
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg extract: %v\n", err)
		return exitUsage
	}
	paths, err := extract.Files(fs.Args())
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg extract: %v\n", err)
		return exitFatal
	}
	var done, bytesRead, failed int64
	prog := newProgress(e, mode, func() (int64, int64) { return atomic.LoadInt64(&done), int64(len(paths)) }, func(secs float64) string {
		return fmt.Sprintf("%.1f MB/s  %d errors", float64(atomic.LoadInt64(&bytesRead))/1e6/secs, atomic.LoadInt64(&failed))
	})
	prog.run()
	out := bufio.NewWriterSize(e.stdout, 256<<10)
	var pretty bytes.Buffer
	err = extract.RunJSON(ctx, x, paths, *workers, e.stdin, func(r extract.Result) error {
		// done, bytesRead and failed are read by the bar while it draws: atomically.
		atomic.AddInt64(&done, 1)
		atomic.AddInt64(&bytesRead, int64(r.Size))
		if r.Err != nil {
			atomic.AddInt64(&failed, 1)
			prog.printf("unkg extract: %v\n", r.Err)
			return nil
		}
		if *format == "json" {
			pretty.Reset()
			if err := json.Indent(&pretty, r.JSON, "", "  "); err != nil {
				return err
			}
			pretty.WriteByte('\n')
			_, err := out.Write(pretty.Bytes())
			return err
		}
		if _, err := out.Write(r.JSON); err != nil {
			return err
		}
		return out.WriteByte('\n')
	})
	prog.end()
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg extract: %v\n", err)
		return exitFatal
	}
	if failed > 0 {
		fmt.Fprintf(e.stderr, "unkg extract: %d of %d documents failed\n", failed, len(paths))
		return exitPartial
	}
	return exitOK
}
