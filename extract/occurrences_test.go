package extract

import (
	"slices"
	"strings"
	"testing"
)

// occurrences finds, for words of any script, the leftmost matches that do
// not overlap, as repeated strings.Index does (the search by a word's last
// byte must agree with it).
func TestOccurrencesMatchIndex(t *testing.T) {
	texts := []string{
		"安理会当天举行会议，当天当天，当当天天。上月28日和本月本月5日",
		"联合国安全理事会2003年4月11日举行第4739次会议。上个月下个月上個月",
		"月月月日日号",
		"Security Council, 11/04/2003 - S/2003/123 / and S/PRST/2003/5",
		"",
	}
	words := []string{"当天", "本月", "月", "日", "上个月", "月月", "/", "-", " / ", "天天", "会议"}
	for _, s := range texts {
		for _, w := range words {
			var want []int
			for off := 0; off < len(s); {
				k := strings.Index(s[off:], w)
				if k < 0 {
					break
				}
				want = append(want, off+k)
				off += k + len(w)
			}
			got := slices.Collect(occurrences(s, w))
			if !slices.Equal(got, want) {
				t.Errorf("occurrences(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}
