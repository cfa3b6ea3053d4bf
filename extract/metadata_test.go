package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// collapseSpaces gives what joining the fields of the line and truncating
// it would, without copying more than it keeps.
func TestCollapseSpacesMatchesFieldsAndTruncate(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	pieces := []string{"a", "bc", " ", "  ", "\t", "\u00a0", "\u3000", "مجلس", "安理会", "é", "…"}
	for round := 0; round < 2000; round++ {
		var b strings.Builder
		for n := rng.Intn(120); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		line := b.String()
		joined := strings.Join(strings.Fields(line), " ")
		want, wantOK := truncate(joined, 40), utf8.RuneCountInString(joined) >= 10
		got, ok := collapseSpaces([]byte(line), 10, 40)
		if ok != wantOK || (ok && got != want) {
			t.Fatalf("%q: got %q %v, want %q %v", line, got, ok, want, wantOK)
		}
	}
}
