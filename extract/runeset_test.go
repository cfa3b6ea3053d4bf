package extract

import "testing"

// TestRuneSet: each language's initialSet holds exactly its initials'
// runes, astral ones and ASCII included.
func TestRuneSet(t *testing.T) {
	x := builtin(t)
	maps := []map[rune]string{{'a': "x", 0x1F600: "y", '中': "z"}, {}}
	for _, w := range x.lang.byLang {
		maps = append(maps, w.initials)
	}
	for _, m := range maps {
		rs := newRuneSet(m)
		ascii := false
		for r := rune(-1); r <= 0x10FFFF; r++ {
			_, want := m[r]
			if got := rs.has(r); got != want {
				t.Fatalf("has(%U) = %v, the map %v", r, got, want)
			}
			ascii = ascii || want && r < 0x80
		}
		if rs.ascii != ascii {
			t.Fatalf("ascii %v, the map's %v", rs.ascii, ascii)
		}
	}
}
