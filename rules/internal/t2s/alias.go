package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/longbridgeapp/opencc"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/unkg/unkg/rules"
	"github.com/unkg/unkg/rules/internal/t2s/table"
)

// writeAliases writes alias/zh.tsv: the Taiwan spelling of each Chinese
// name of an organization, country or person (衣索比亞 for 埃塞俄比亚), where
// OpenCC's s2twp conversion changes more than the characters the chars table
// folds back: a word, not a script. It reads the rules of folder data
// (without the aliases it is about to write again).
func writeAliases(w io.Writer, data, out string) error {
	if out != "" {
		if err := os.Remove(out); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	set, err := rules.LoadDir(data)
	if err != nil {
		return err
	}
	tw, err := opencc.New("s2twp")
	if err != nil {
		return fmt.Errorf("opencc s2twp: %w", err)
	}
	pairs, err := table.Pairs()
	if err != nil {
		return err
	}
	fold := map[rune]rune{}
	for _, p := range pairs {
		fold[p[0]] = p[1]
	}
	type name struct{ id, text string }
	var names []name
	written := map[string]bool{} // names the gazetteer has already, any id: an alias must not claim them
	for _, e := range set.Entries {
		if e.Lang == "zh" && (e.Kind == "org" || e.Kind == "country" || e.Kind == "person") && !strings.Contains(e.Pos.File, "alias/") {
			names = append(names, name{e.Kind + ":" + e.Key, e.Text})
			written[e.Text] = true
		}
	}
	for _, e := range set.Kind("member") {
		if region, err := language.ParseRegion(e.Text); err == nil {
			if n := display.Regions(language.Chinese).Name(region); n != "" {
				names = append(names, name{"country:" + e.Key, n})
			}
		}
	}
	seen := map[string]bool{}
	b := bufio.NewWriter(w)
	fmt.Fprintln(b, "# Taiwan spellings of the Chinese names of organizations, countries and persons: KIND:KEY, name.")
	fmt.Fprintln(b, "# Generated from OpenCC's s2twp phrases (github.com/longbridgeapp/opencc) by go generate ./rules: do not edit.")
	for _, n := range names {
		t, err := tw.Convert(n.text)
		if err != nil {
			return fmt.Errorf("opencc s2twp %q: %w", n.text, err)
		}
		back := strings.Map(func(r rune) rune {
			if s, ok := fold[r]; ok {
				return s
			}
			return r
		}, t)
		if back == n.text || seen[t] || written[t] {
			continue
		}
		seen[t] = true
		fmt.Fprintf(b, "%s\t%s\n", n.id, t)
	}
	return b.Flush()
}
