package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/rules"
)

func rulesTestCobra(e env) *cobra.Command {
	return &cobra.Command{
		Use:   "test [DIR]",
		Short: "run every pattern example, built-in plus DIR's: N examples, M failed",
		Long: "Run every example of every relation pattern (rules/data/pattern/*.tsv, plus DIR/pattern/*.tsv)\n" +
			"through the whole extraction, and print \"N examples, M failed\" and each failure: its FILE:LINE,\n" +
			"its text, and the facts missing and extra. The exit code is 1 when one fails.",
		Example: "  unkg rules test\n  unkg rules test myrules/",
		Args:    cobra.MaximumNArgs(1),
		RunE: body(func(ctx context.Context, args []string) int {
			dir := ""
			if len(args) == 1 {
				dir = args[0]
			}
			return rulesTest(dir, e.stdout, e.stderr)
		}),
	}
}

// rulesTest runs every pattern example, built-in plus those of dir (when not
// ""): "N examples, M failed", each failure with its FILE:LINE, text, and
// the facts missing and extra. Exit 1 when one fails.
func rulesTest(dir string, stdout, stderr io.Writer) int {
	set, err := loadRules(dir)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitFatal
	}
	if probs := set.CheckPatterns(); len(probs) > 0 {
		fmt.Fprintln(stderr, strings.Join(probs, "\n"))
		return exitFatal
	}
	x, err := extract.New(set, extract.Options{})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitFatal
	}
	preds := extract.PatternPredicates(set)
	failed := 0
	for _, ex := range set.Examples {
		res, err := x.RunExample(ex, preds[ex.Pattern])
		if err != nil {
			fmt.Fprintln(stderr, err)
			failed++
			continue
		}
		if !res.Failed() {
			continue
		}
		failed++
		sign := "+"
		if !ex.Positive {
			sign = "-"
		}
		fmt.Fprintf(stdout, "FAIL %s: %s %s: %s\n", ex.Pos, ex.Pattern, sign, ex.Text)
		for _, m := range res.Missing {
			fmt.Fprintf(stdout, "  missing: %s\n", m)
		}
		for _, e := range res.Extra {
			fmt.Fprintf(stdout, "  extra:   %s\n", e)
		}
	}
	fmt.Fprintf(stdout, "%d examples, %d failed\n", len(set.Examples), failed)
	if failed > 0 {
		return exitPartial
	}
	return exitOK
}

// checkPatternSet reports the cross-file problems of the patterns of the
// built-in rules plus a user's.
func checkPatternSet(set *rules.Set) error {
	if probs := set.CheckPatterns(); len(probs) > 0 {
		return &rules.Error{Problems: probs}
	}
	return nil
}
