package main

import (
	"context"
	"fmt"
	"sort"

	"github.com/spf13/cobra"

	"github.com/unkg/unkg/rules"
)

func rulesCmd(e env) *cobra.Command {
	c := &cobra.Command{
		Use:   "rules check DIR... | rules test [DIR] | rules list",
		Short: "check rule files (unkg rules check DIR), run the pattern examples (unkg rules test), or list the built-in rules",
		RunE:  subcommandsOnly(e),
	}
	c.AddCommand(rulesCheckCmd(e), rulesTestCobra(e), rulesListCmd(e))
	return c
}

func rulesCheckCmd(e env) *cobra.Command {
	var alone bool
	c := &cobra.Command{
		Use:   "check [DIR...]",
		Short: "validate folders of rule files (KIND/LANG.tsv) together with the built-in rules",
		Long: "Validate folders of rule files (KIND/LANG.tsv) together with the built-in rules; with no\n" +
			"folder, the built-in rules alone. Every problem is printed as FILE:LINE: cause, and the exit\n" +
			"code is 1 if there is any. --alone checks each folder as a whole rule set in place of the\n" +
			"built-in one: an edited copy of the project's rules/data before it is built in.",
		Example: "  unkg rules check my-rules\n  unkg rules check --alone rules/data",
		Args: func(c *cobra.Command, args []string) error {
			if alone {
				return needArgs("--alone needs a folder")(c, args)
			}
			return nil
		},
		RunE: body(func(ctx context.Context, args []string) int { return runRulesCheck(e, args, alone) }),
	}
	c.Flags().BoolVar(&alone, "alone", false, "check each folder without the built-in rules (a whole rule set, such as rules/data)")
	return c
}

func runRulesCheck(e env, dirs []string, alone bool) int {
	if len(dirs) == 0 {
		dirs = []string{""} // the built-in rules
	}
	failed := false
	for _, dir := range dirs {
		var set *rules.Set
		var err error
		if alone {
			set, err = rules.LoadDir(dir)
		} else {
			set, err = loadRules(dir)
		}
		if err == nil {
			err = checkPatternSet(set)
		}
		if err != nil {
			fmt.Fprintln(e.stderr, err)
			failed = true
			continue
		}
		name := dir
		if name == "" {
			name = "built-in rules"
		}
		fmt.Fprintf(e.stdout, "%s: ok\n", name)
	}
	if failed {
		return exitPartial
	}
	return exitOK
}

func rulesListCmd(e env) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "count the built-in rules by kind and language",
		Args:  cobra.NoArgs,
		RunE:  body(func(ctx context.Context, args []string) int { return runRulesList(e) }),
	}
}

func runRulesList(e env) int {
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
		return nil, err // FILE:LINE: cause, as it is
	}
	return set.With(user)
}
