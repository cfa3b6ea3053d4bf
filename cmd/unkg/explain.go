package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/unkg/unkg/extract"
)

func runExplain(_ context.Context, e env, args []string) int {
	return explainCmd(args, e.stdout, e.stderr)
}

// explainCmd prints the token stream the patterns saw in one file and the
// pattern behind each fact; with --fact, why that fact holds or why not
// (exit 0 when it holds, 1 when it does not).
func explainCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fact := fs.String("fact", "", `a fact to explain, "SUBJECT PREDICATE OBJECT" ("doc" for the document), as "org:AU attended meeting:UNSC:2003-04-11"`)
	rulesDir := fs.String("rules", "", "a folder of rule files (KIND/LANG.tsv, pattern/LANG.tsv) added to the built-in rules")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: unkg explain [--rules DIR] [--fact \"S P O\"] FILE\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if done, code := parseFlags(fs, args); done {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	set, err := loadRules(*rulesDir)
	if err == nil {
		err = checkPatternSet(set)
	}
	if err != nil {
		fmt.Fprintf(stderr, "unkg explain: rules: %v\n", err)
		return exitFatal
	}
	x, err := extract.New(set, extract.Options{Explain: true})
	if err != nil {
		fmt.Fprintf(stderr, "unkg explain: %v\n", err)
		return exitFatal
	}
	path := fs.Arg(0)
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "unkg explain: %v\n", err)
		return exitFatal
	}
	ex, err := x.Explain(path, data)
	if err != nil {
		fmt.Fprintf(stderr, "unkg explain: %s: %v\n", path, err)
		return exitFatal
	}
	if *fact != "" {
		if ex.Why(stdout, *fact) {
			return exitOK
		}
		return exitPartial
	}
	ex.WriteTokens(stdout)
	ex.WriteFacts(stdout)
	return exitOK
}
