package extract

import "strings"

// indexRare is strings.Index(s, sep) for the folded text: it looks for the
// byte of sep that folded text holds least often (a slash, a digit, a
// capital's absence makes most letters common; a space is the most common
// of all) with IndexByte and compares sep only where that byte stands.
// strings.Index looks for sep's first byte, and " / ", " de " or "el
// pasado día " start with a space, which stops its scan every few bytes.
// The answer is strings.Index's: the candidates are tried left to right,
// and a position whose rare byte differs cannot match.
func indexRare(s, sep string) int {
	n := len(sep)
	if n <= 1 || len(s) < 64 {
		return strings.Index(s, sep)
	}
	k := rareByteAt(sep)
	c := sep[k]
	fails := 0
	for i := k; i+n-k <= len(s); {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return -1
		}
		i += j
		p := i - k
		if p+n > len(s) {
			return -1
		}
		if s[p:p+n] == sep {
			return p
		}
		i++
		// The byte is common in this text after all: strings.Index from
		// the next position, every earlier one having been ruled out.
		if fails++; fails > 4+p>>4 {
			if r := strings.Index(s[p+1:], sep); r >= 0 {
				return p + 1 + r
			}
			return -1
		}
	}
	return -1
}

// rareByteAt is the index in sep of the byte folded text holds least often
// (the first of the rarest).
func rareByteAt(sep string) int {
	best, rank := 0, 256
	for i := 0; i < len(sep); i++ {
		if r := int(byteRank[sep[i]]); r < rank {
			best, rank = i, r
		}
	}
	return best
}

// byteRank is a rough frequency rank of bytes in folded text, higher for
// more often: spaces, the lead bytes of Arabic, Cyrillic and Han, lower-case
// letters by their frequency in the Latin languages, continuation bytes,
// digits; punctuation and the rest least.
var byteRank = func() [256]uint8 {
	var r [256]uint8
	for c := range r {
		r[c] = 10
	}
	for c := 0x80; c < 0xC0; c++ {
		r[c] = 120 // continuation bytes: one of 64 values each
	}
	for c := 0xC2; c < 0xF5; c++ {
		r[c] = 200 // lead bytes: a few values cover a script
	}
	for c := '0'; c <= '9'; c++ {
		r[c] = 60
	}
	// Lower-case letters, most frequent first (English, French, Spanish).
	for i, c := range "eatoinsrhldcumfpgwybvkxjqz" {
		r[c] = uint8(190 - 3*i)
	}
	r[' '] = 250
	r['\n'] = 100
	r[','] = 80
	r['.'] = 80
	return r
}()
