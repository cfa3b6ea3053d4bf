package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/unkg/unkg/extract"
)

func explainCobra(e env) *cobra.Command {
	var fact, rulesDir string
	c := &cobra.Command{
		Use:   "explain [--rules DIR] [--fact \"S P O\"] FILE",
		Short: "show the token stream of a file and the pattern behind each fact, or why a fact holds or not (--fact)",
		Long: "Print the token stream the relation patterns saw in FILE (entities, dates, symbols, trigger\n" +
			"phrases, clause breaks, with input offsets) and, for each fact, the rule behind it (a pattern's\n" +
			"id and FILE:LINE). With --fact, say why that fact holds (pattern, evidence) or why not: the\n" +
			"patterns that could state it, how far each got, and the element where it failed. The exit\n" +
			"code is then 0 when the fact holds and 1 when it does not.",
		Example: "  unkg explain testdata/corpus/09_en_unic_argentina_presidency.txt\n" +
			"  unkg explain --fact \"meeting:UNSC:2013-08-06 presidedBy country:ARG\" testdata/corpus/09_en_unic_argentina_presidency.txt",
		Args: cobra.ExactArgs(1),
		RunE: body(func(ctx context.Context, args []string) int {
			return explainFile(args[0], fact, rulesDir, e.stdout, e.stderr)
		}),
	}
	c.Flags().StringVar(&fact, "fact", "", `a fact to explain, "SUBJECT PREDICATE OBJECT" ("doc" for the document)`)
	c.Flags().StringVar(&rulesDir, "rules", "", "a folder of rule files (KIND/LANG.tsv, pattern/LANG.tsv) added to the built-in rules")
	return c
}

// explainFile prints the token stream the patterns saw in one file and the
// pattern behind each fact; with fact, why that fact holds or why not
// (exit 0 when it holds, 1 when it does not).
func explainFile(path, fact, rulesDir string, stdout, stderr io.Writer) int {
	set, err := loadRules(rulesDir)
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
	if fact != "" {
		if ex.Why(stdout, fact) {
			return exitOK
		}
		return exitPartial
	}
	ex.WriteTokens(stdout)
	ex.WriteFacts(stdout)
	return exitOK
}
