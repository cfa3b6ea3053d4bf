package main

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/spf13/cobra"

	"github.com/unkg/unkg/rules"
)

func rulesCmd(e env) *cobra.Command {
	c := &cobra.Command{
		Use:   "rules check DIR... | rules list",
		Short: "check rule files (unkg rules check DIR) or list the built-in rules",
		RunE:  subcommandsOnly(e),
	}
	c.AddCommand(rulesCheckCmd(e), rulesListCmd(e))
	return c
}

func rulesCheckCmd(e env) *cobra.Command {
	return &cobra.Command{
		Use:   "check DIR...",
		Short: "validate folders of rule files (KIND/LANG.tsv) together with the built-in rules",
		Long: "Validate folders of rule files (KIND/LANG.tsv) together with the built-in rules. Every\n" +
			"problem is printed as FILE:LINE: cause, and the exit code is 1 if there is any.",
		Args: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return errors.New("name at least one folder of rule files")
			}
			return nil
		},
		RunE: body(func(ctx context.Context, args []string) int { return runRulesCheck(e, args) }),
	}
}

func runRulesCheck(e env, dirs []string) int {
	failed := false
	for _, dir := range dirs {
		if _, err := loadRules(dir); err != nil {
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
	return set.Merge(user), nil
}
