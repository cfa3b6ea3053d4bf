package rules

import (
	"testing"
	"unicode/utf8"

	"github.com/unkg/unkg/rules/internal/t2s/table"
)

// data/chars/zh.tsv is OpenCC's table, whole and unedited: go generate ./rules
// writes it again when OpenCC's data changes.
func TestCharsAreOpenCC(t *testing.T) {
	pairs, err := table.Pairs()
	if err != nil {
		t.Fatal(err)
	}
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	have := map[rune]rune{}
	for _, e := range set.Kind("chars") {
		if e.Lang != "zh" {
			continue
		}
		from, _ := utf8.DecodeRuneInString(e.Key)
		to, _ := utf8.DecodeRuneInString(e.Text)
		have[from] = to
	}
	if len(have) != len(pairs) {
		t.Errorf("chars/zh.tsv has %d characters, OpenCC's t2s changes %d", len(have), len(pairs))
	}
	for _, p := range pairs {
		if have[p[0]] != p[1] {
			t.Errorf("%c: chars/zh.tsv folds to %q, OpenCC to %c (run go generate ./rules)", p[0], have[p[0]], p[1])
		}
	}
	if len(pairs) < 2500 || have['國'] != '国' || have['聯'] != '联' {
		t.Errorf("%d pairs; 國 %q, 聯 %q", len(pairs), have['國'], have['聯'])
	}
}
