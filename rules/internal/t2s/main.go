// Command t2s writes rules/data/chars/zh.tsv: every Han character that
// OpenCC's Traditional-to-Simplified conversion (its TSCharacters
// dictionary, github.com/longbridgeapp/opencc) changes, one a line with its
// Simplified form. The extractor folds each to the other before matching.
// With -aliases it writes rules/data/alias/zh.tsv instead, the Taiwan
// spellings of the Chinese gazetteer names.
//
//	go generate ./rules
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/unkg/unkg/rules/internal/t2s/table"
)

func main() {
	out := flag.String("o", "", "file to write (default standard output)")
	aliases := flag.Bool("aliases", false, "write the Taiwan spellings of the gazetteer's Chinese names")
	data := flag.String("data", "data", "with -aliases: the folder of rules to read the names from")
	flag.Parse()
	write := writeChars
	if *aliases {
		write = func(w io.Writer) error { return writeAliases(w, *data, *out) }
	}
	// All is written to memory first: the aliases are read from the file they replace.
	var b bytes.Buffer
	if err := write(&b); err != nil {
		fail(err)
	}
	writeOut(*out, b.Bytes())
}

func writeOut(out string, data []byte) {
	if out == "" {
		if _, err := os.Stdout.Write(data); err != nil {
			fail(err)
		}
		return
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "t2s:", err)
	os.Exit(3)
}

func writeChars(w io.Writer) error {
	pairs, err := table.Pairs()
	if err != nil {
		return err
	}
	b := bufio.NewWriter(w)
	fmt.Fprintln(b, "# Traditional Chinese characters and the Simplified one each folds to before matching.")
	fmt.Fprintln(b, "# Generated from OpenCC's t2s tables (github.com/longbridgeapp/opencc) by go generate ./rules: do not edit.")
	for _, p := range pairs {
		fmt.Fprintf(b, "%c\t%c\n", p[0], p[1])
	}
	return b.Flush()
}
