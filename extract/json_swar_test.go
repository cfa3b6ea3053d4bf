package extract

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"strings"
	"testing"
)

// plainASCII8 must agree with jsonSafe on every byte value at every
// position of the word, beside bytes that need no escape and beside ones
// that do (a borrow from one byte must not hide or invent another).
func TestPlainASCII8(t *testing.T) {
	for _, filler := range []byte{'a', 0x7F, 0x20, 0x21, 0x23, 0x5B, 0x5D} {
		for pos := 0; pos < 8; pos++ {
			for c := 0; c < 256; c++ {
				var w [8]byte
				for k := range w {
					w[k] = filler
				}
				w[pos] = byte(c)
				want := c < 0x80 && jsonSafe[c]
				if got := plainASCII8(binary.LittleEndian.Uint64(w[:])); got != want {
					t.Fatalf("filler %#x, byte %#x at %d: plainASCII8 %v, want %v", filler, c, pos, got, want)
				}
			}
		}
	}
	// Two bytes that need escapes, or one below and one above a boundary.
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			w := [8]byte{'x', byte(a), 'y', 'z', byte(b), 'q', 'r', 's'}
			want := a < 0x80 && jsonSafe[a] && b < 0x80 && jsonSafe[b]
			if got := plainASCII8(binary.LittleEndian.Uint64(w[:])); got != want {
				t.Fatalf("bytes %#x and %#x: plainASCII8 %v, want %v", a, b, got, want)
			}
		}
	}
}

// appendString must quote as encoding/json does whatever the length and
// wherever a byte that needs an escape stands: the last eight bytes are
// tested at once, overlapping the eight before.
func TestAppendStringEveryPosition(t *testing.T) {
	for n := 0; n <= 24; n++ {
		for pos := -1; pos < n; pos++ {
			for _, c := range []string{`"`, `\`, "\n", "\x01", "é", "\u2028", "\xff"} {
				s := []byte(strings.Repeat("a", n))
				if pos >= 0 {
					s = append(s[:pos], append([]byte(c), s[pos+1:]...)...)
				}
				var want bytes.Buffer
				enc := json.NewEncoder(&want)
				enc.SetEscapeHTML(false)
				if err := enc.Encode(string(s)); err != nil {
					t.Fatal(err)
				}
				got := string(appendString(nil, string(s)))
				if w := strings.TrimSuffix(want.String(), "\n"); got != w {
					t.Fatalf("appendString(%q) = %s, want %s", s, got, w)
				}
			}
		}
	}
}
