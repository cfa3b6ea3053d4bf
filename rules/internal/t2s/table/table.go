// Package table reads OpenCC's character table of Traditional to Simplified
// Chinese, one character at a time, so that a fold by it keeps the length of
// the text in characters.
package table

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

// Pairs returns every Han character that OpenCC's t2s conversion changes into
// one other character, with that character, in code point order.
func Pairs() ([][2]rune, error) {
	cc, err := opencc.New("t2s")
	if err != nil {
		return nil, fmt.Errorf("opencc t2s: %w", err)
	}
	// One call over every Han character, a line each, so that no phrase of
	// OpenCC's spans two of them.
	var rs []rune
	var b strings.Builder
	for r := rune(0x2E80); r <= unicode.MaxRune; r++ {
		if unicode.Is(unicode.Han, r) {
			rs = append(rs, r)
			b.WriteRune(r)
			b.WriteByte('\n')
		}
	}
	out, err := cc.Convert(b.String())
	if err != nil {
		return nil, fmt.Errorf("opencc t2s: %w", err)
	}
	lines := strings.Split(out, "\n")
	if len(lines) != len(rs)+1 {
		return nil, fmt.Errorf("opencc t2s: %d characters gave %d lines", len(rs), len(lines)-1)
	}
	var pairs [][2]rune
	for i, r := range rs {
		s, n := utf8.DecodeRuneInString(lines[i])
		if n == len(lines[i]) && s != r && s != utf8.RuneError {
			pairs = append(pairs, [2]rune{r, s})
		}
	}
	return pairs, nil
}
