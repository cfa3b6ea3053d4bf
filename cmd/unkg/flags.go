package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
)

// enum is a string flag that takes one of a few values; any other is
// refused when parsed, with the reason, so it ends as a usage error.
type enum struct {
	p       *string
	choices []string
}

func (v *enum) String() string { return *v.p }
func (v *enum) Type() string   { return strings.Join(v.choices, "|") }
func (v *enum) Set(s string) error {
	if !slices.Contains(v.choices, s) {
		return fmt.Errorf("want %s", orList(v.choices))
	}
	*v.p = s
	return nil
}

// enumVar declares an enum flag on c, with shell completion of its values.
func enumVar(c *cobra.Command, p *string, name, def, usage string, choices ...string) {
	*p = def
	c.Flags().Var(&enum{p, choices}, name, usage)
	c.RegisterFlagCompletionFunc(name, cobra.FixedCompletions(choices, cobra.ShellCompDirectiveNoFileComp))
}

// atLeast is an int flag with a lower bound, checked when parsed.
type atLeast struct {
	p   *int
	min int
}

func (v *atLeast) String() string { return strconv.Itoa(*v.p) }
func (v *atLeast) Type() string   { return "int" }
func (v *atLeast) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("not a whole number")
	}
	if n < v.min {
		return fmt.Errorf("want %d or more", v.min)
	}
	*v.p = n
	return nil
}

// intVar declares an int flag on c that must be min or more.
func intVar(c *cobra.Command, p *int, name string, def, min int, usage string) {
	*p = def
	c.Flags().Var(&atLeast{p, min}, name, usage)
}

// orList writes choices as "a, b or c".
func orList(choices []string) string {
	if len(choices) < 2 {
		return strings.Join(choices, "")
	}
	return strings.Join(choices[:len(choices)-1], ", ") + " or " + choices[len(choices)-1]
}

// progressFlag declares --progress.
func progressFlag(c *cobra.Command, p *string) {
	enumVar(c, p, "progress", "auto", "progress display on stderr: auto (a bar on a terminal, else none), bar, lines (a line every few seconds), none",
		"auto", "bar", "lines", "none")
}
