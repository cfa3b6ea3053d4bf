package main

import (
	"bytes"
	"os"
	"testing"
)

// data/alias/zh.tsv is what OpenCC's Taiwan phrases give for the gazetteer
// today: go generate ./rules writes it again when either changes.
func TestAliasesAreGenerated(t *testing.T) {
	var b bytes.Buffer
	if err := writeAliases(&b, "../../data", ""); err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile("../../data/alias/zh.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, b.Bytes()) {
		t.Errorf("rules/data/alias/zh.tsv is not what OpenCC gives (run go generate ./rules):\n%s", b.String())
	}
	if !bytes.Contains(have, []byte("country:ETH\t衣索比亞\n")) {
		t.Errorf("no Taiwan name of Ethiopia in:\n%s", have)
	}
}
