package extract

import (
	"math/rand"
	"testing"
	"unicode/utf8"
)

// TestCopyFast: copyFast, with its eight bytes at a time, writes and
// returns what the byte loop (copyFastRef) does, on the bundled documents
// from every offset and on random texts of letters, digits, spaces,
// marks and a few non-ASCII runes.
func TestCopyFast(t *testing.T) {
	f := newFolder()
	kind := (*[0x10000]uint8)(f.kind)
	check := func(s []byte, last rune) {
		t.Helper()
		d1, d2 := make([]byte, len(s)), make([]byte, len(s))
		j1, l1, a1, b1, c1, k1 := copyFast(kind, s, d1, last, 1, 2, 3)
		j2, l2, a2, b2, c2, k2 := copyFastRef(kind, s, d2, last, 1, 2, 3)
		if j1 != j2 || l1 != l2 || a1 != a2 || b1 != b2 || c1 != c2 || k1 != k2 || string(d1[:j1]) != string(d2[:j2]) {
			t.Fatalf("copyFast(%q, %q) = %d %q %d %d %d %v %q, byte loop %d %q %d %d %d %v %q", s, last, j1, l1, a1, b1, c1, k1, d1[:j1], j2, l2, a2, b2, c2, k2, d2[:j2])
		}
	}
	for _, data := range benchDocs(t) {
		for off := 0; off < len(data); off += 3 {
			check(data[off:], 'a')
		}
	}
	rng := rand.New(rand.NewSource(1))
	alphabet := []string{"a", "Z", "q", "0", "9", " ", " ", " ", "  ", ".", ",", "-", "\"", "é", "д", "中", "\n", "\x01", "\x7f", "@", "[", "`", "{"}
	for n := 0; n < 200000; n++ {
		var b []byte
		for k := rng.Intn(40); k > 0; k-- {
			b = append(b, alphabet[rng.Intn(len(alphabet))]...)
		}
		last := []rune{'a', ' ', '中', -1, 0x10400}[rng.Intn(5)]
		check(b, last)
	}
}

// copyFastRef is copyFast as it stood before its eight-byte step: one ASCII
// byte at a time. It stays here as the oracle TestCopyFast checks against.
func copyFastRef(kind *[0x10000]uint8, s, dst []byte, last rune, latin, arabic, han int) (int, rune, int, int, int, bool) {
	if len(s) == 0 {
		return 0, last, latin, arabic, han, false
	}
	_ = dst[len(s)-1]
	j := 0
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if asciiCopy[c] == 0 {
				if c != ' ' || j+1 == len(s) || last < 0 {
					break
				}
				if mayBeHan(last) {
					if last >= 0x10000 {
						return j, last, latin, arabic, han, true
					}
					if kind[last]&runeHan != 0 {
						break
					}
				}
				// One space between words that do not join as Han text does.
				if next := s[j+1]; next < utf8.RuneSelf {
					if asciiCopy[next] == 0 {
						break
					}
				} else if next >= 0xC2 && next < 0xE0 && j+2 < len(s) && s[j+2]&0xC0 == 0x80 {
					if r := rune(next&0x1F)<<6 | rune(s[j+2]&0x3F); kind[r]&(runeCopy|runeHan) != runeCopy {
						break
					}
				} else {
					return j, last, latin, arabic, han, true
				}
				// at most once in a row: what follows is copied
				dst[j] = ' '
				last = ' '
				j++
				continue
			}
			// The run of ASCII bytes from here, in a loop of few live
			// values: the letters counted from the same load.
			k := j
			for k < len(s) {
				v := asciiRun[s[k]]
				if v == 0 {
					break
				}
				dst[k] = byte(v)
				latin += int(v >> 8)
				k++
			}
			last = rune(dst[k-1])
			j = k
			continue
		}
		// Two- and three-byte forms written out; anything else is left to
		// the per-rune path.
		if c >= 0xC2 && c < 0xE0 && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
			r := rune(c&0x1F)<<6 | rune(s[j+1]&0x3F)
			if kind[r]&runeCopy == 0 {
				break
			}
			if r >= 0x0600 && r <= 0x06FF {
				arabic++
			}
			dst[j], dst[j+1] = c, s[j+1]
			last = r
			j += 2
			continue
		}
		if c >= 0xE1 && c < 0xED && j+2 < len(s) && s[j+1]&0xC0 == 0x80 && s[j+2]&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(s[j+1]&0x3F)<<6 | rune(s[j+2]&0x3F)
			if kind[r]&runeCopy == 0 {
				break
			}
			if r >= 0x4E00 && r <= 0x9FFF {
				han++
			}
			dst[j], dst[j+1], dst[j+2] = c, s[j+1], s[j+2]
			last = r
			j += 3
			continue
		}
		break
	}
	return j, last, latin, arabic, han, false
}
