package backend

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Key parts from any text (names, titles, 70 KB subject lines) stay short,
// valid UTF-8 when the text was, distinct when the texts differ, and split
// back into as many parts.
func FuzzKeyParts(f *testing.F) {
	f.Add("org:AU", "African Union")
	f.Add(strings.Repeat("é", 300), strings.Repeat("PEACE ", 100))
	f.Add("a\x00b", "")
	f.Fuzz(func(t *testing.T, a, b string) {
		pa, pb := Part(a), Part(b)
		if len(pa) > MaxPart+8 || strings.Contains(pa, "\x00") {
			t.Fatalf("part of %d bytes: %q", len(pa), pa)
		}
		if utf8.ValidString(a) && !utf8.ValidString(pa) {
			t.Fatalf("part of valid UTF-8 is not: %q", pa)
		}
		clean := func(s string) string { return strings.ReplaceAll(s, "\x00", "") }
		if clean(a) != clean(b) && pa == pb {
			t.Fatalf("%q and %q share the part %q", a, b, pa)
		}
		if ps := Split(Join(a, b)); len(ps) != 2 || ps[0] != pa || ps[1] != pb {
			t.Fatalf("split of join: %q", ps)
		}
	})
}
