package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestIndexRare: indexRare answers as strings.Index, on the bundled
// documents' folded text and on random texts of few letters (where the
// rare byte is common and the fallback runs).
func TestIndexRare(t *testing.T) {
	x := builtin(t)
	seps := []string{" / ", " de ", "el pasado dia ", "distr", "/", "ab", " .", "\u0434\u043d\u044f ", "e ", "zz", "2024"}
	check := func(s, sep string) {
		t.Helper()
		if got, want := indexRare(s, sep), strings.Index(s, sep); got != want {
			t.Fatalf("indexRare(%.40q..., %q) = %d, strings.Index %d", s, sep, got, want)
		}
	}
	for _, data := range benchDocs(t) {
		s := x.f.normalizeInto(data, nil).s
		for _, sep := range seps {
			for off := 0; off < len(s); off += 7 {
				check(s[off:], sep)
			}
		}
	}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		b := make([]byte, rng.Intn(300))
		for i := range b {
			b[i] = " ab/e"[rng.Intn(5)]
		}
		sep := make([]byte, 1+rng.Intn(4))
		for i := range sep {
			sep[i] = " ab/e"[rng.Intn(5)]
		}
		check(string(b), string(sep))
	}
}
