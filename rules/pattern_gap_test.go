package rules

import (
	"strings"
	"testing"
)

// A gap may exclude one element or an alternation of single elements
// ("~!(<meeting> | \"决议\")", notmeeting/zh-r22-date-said-no-resolution), not a
// sequence nor a capture.
func TestGapExcludesAlternation(t *testing.T) {
	n, err := ParseMatch(`D:{date} ~!(<meeting> | "决议" | "号决议") ("呼吁" | "宣布")`)
	if err != nil {
		t.Fatal(err)
	}
	var gap *Node
	n.Walk(func(k *Node) {
		if k.Op == OpGap && gap == nil {
			gap = k
		}
	})
	if gap == nil || len(gap.Kids) != 3 || gap.Kids[0].Kind != ElemTrigger || gap.Kids[1].Kind != ElemLiteral || gap.Kids[2].Class != "号决议" {
		t.Fatalf("gap: %+v", gap)
	}
	for _, bad := range []string{`{date} ~!(<meeting> {org}) "说"`, `{date} ~!(X:<meeting> | "决议") "说"`} {
		if _, err := ParseMatch(bad); err == nil || !strings.Contains(err.Error(), "a gap excludes one element or an alternation") {
			t.Errorf("%s: got %v", bad, err)
		}
	}
}
