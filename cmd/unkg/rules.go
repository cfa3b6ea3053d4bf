package main

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/unkg/unkg/rules"
)

func runRules(ctx context.Context, e env, args []string) int {
	fs := newFlags(e, "rules", "rules check DIR... | rules test [DIR] | rules list\n\n"+
		"  test [DIR] run every pattern example (built-in, plus DIR's): N examples, M failed\n"+
		"  check DIR  validate a folder of rule files (KIND/LANG.tsv) together with the built-in rules;\n"+
		"             every problem is printed as FILE:LINE: cause, and the exit code is 1 if there is any\n"+
		"  list       count the built-in rules by kind and language")
	if done, code := parseFlags(fs, args); done {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	switch fs.Arg(0) {
	case "test":
		if fs.NArg() > 2 {
			fmt.Fprintln(e.stderr, "unkg rules test: at most one folder of rule files")
			return exitUsage
		}
		return rulesTest(fs.Arg(1), e.stdout, e.stderr)
	case "check":
		if fs.NArg() < 2 {
			fmt.Fprintln(e.stderr, "unkg rules check: name at least one folder of rule files")
			return exitUsage
		}
		failed := false
		for _, dir := range fs.Args()[1:] {
			set, err := loadRules(dir)
			if err == nil {
				err = checkPatternSet(set)
			}
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				failed = true
				continue
			}
			fmt.Fprintf(e.stdout, "%s: ok\n", dir)
		}
		if failed {
			return exitPartial
		}
		return exitOK
	case "list":
		set, err := rules.Builtin()
		if err != nil {
			fmt.Fprintln(e.stderr, err)
			return exitFatal
		}
		counts := map[string]int{}
		for _, en := range set.Entries {
			lang := en.Lang
			if lang == "" {
				lang = "all"
			}
			counts[en.Kind+"\t"+lang]++
		}
		keys := make([]string, 0, len(counts))
		for k := range counts {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Fprintln(e.stdout, "kind\tlang\tentries")
		for _, k := range keys {
			fmt.Fprintf(e.stdout, "%s\t%d\n", k, counts[k])
		}
		return exitOK
	default:
		fmt.Fprintf(e.stderr, "unkg rules: unknown subcommand %q (want check or list)\n", fs.Arg(0))
		return exitUsage
	}
}

// loadRules returns the built-in rules, plus those of dir when dir is not "".
func loadRules(dir string) (*rules.Set, error) {
	set, err := rules.Builtin()
	if err != nil {
		return nil, fmt.Errorf("built-in rules: %w", err)
	}
	if dir == "" {
		return set, nil
	}
	user, err := rules.LoadDir(dir)
	if err != nil {
		var rerr *rules.Error
		if errors.As(err, &rerr) {
			return nil, err
		}
		return nil, err
	}
	return set.Merge(user), nil
}
