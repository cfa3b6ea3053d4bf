package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/rules"
)

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
