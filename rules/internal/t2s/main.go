// Command t2s writes rules/data/chars/zh.tsv: every Han character that
// OpenCC's Traditional-to-Simplified conversion (its TSCharacters
// dictionary, github.com/longbridgeapp/opencc) changes, one a line with its
// Simplified form. The extractor folds each to the other before matching.
//
//	go generate ./rules
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/unkg/unkg/rules/internal/t2s/table"
)

func main() {
	out := flag.String("o", "", "file to write (default standard output)")
	flag.Parse()
	pairs, err := table.Pairs()
	if err != nil {
		fmt.Fprintln(os.Stderr, "t2s:", err)
		os.Exit(3)
	}
	w := os.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(os.Stderr, "t2s:", err)
			os.Exit(3)
		}
		defer f.Close()
		w = f
	}
	b := bufio.NewWriter(w)
	fmt.Fprintln(b, "# Traditional Chinese characters and the Simplified one each folds to before matching.")
	fmt.Fprintln(b, "# Generated from OpenCC's t2s tables (github.com/longbridgeapp/opencc) by go generate ./rules: do not edit.")
	for _, p := range pairs {
		fmt.Fprintf(b, "%c\t%c\n", p[0], p[1])
	}
	if err := b.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "t2s:", err)
		os.Exit(3)
	}
}
