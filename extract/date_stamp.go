package extract

import (
	"strconv"
	"strings"

	"github.com/unkg/unkg/rules"
)

// stampMonths maps the first three letters of the Latin-script month names of
// the rules ("feb" of February, "sep" of septiembre) to their month, for the
// hyphenated stamp of media and archive pages: "16-Feb-2022 02:42:43". A
// prefix two months share (French "jui" of juin and juillet) is left out. The
// stamp is read without the month matcher, so a bare "Jan" or "Mar" elsewhere
// (Jan Eliasson, el Mar Rojo) never becomes a month.
func stampMonths(f *folder, months []rules.Entry) map[string]int {
	out := map[string]int{}
	for _, e := range months {
		m, err := strconv.Atoi(e.Key)
		if err != nil {
			continue
		}
		w := f.foldString(e.Text)
		if len(w) < 3 || !isLatinLetters(w[:3]) {
			continue
		}
		p := w[:3]
		if old, ok := out[p]; ok && old != m {
			out[p] = 0
			continue
		}
		out[p] = m
	}
	return out
}

func isLatinLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// stampDates reads every "DD-Mon-YYYY" of s (folded): one or two digits, a
// hyphen, three letters naming a month, a hyphen, four digits, with no letter
// or digit touching either end, so a range ("5-7 September") or a symbol
// (S/2022/16) is no stamp.
func (g *dateGrammar) stampDates(s string) []date {
	var out []date
	for i := 0; i+10 <= len(s); i++ {
		// Jump to the next hyphen that can open a stamp: most texts have
		// few, and a byte loop over the whole text cost 2% of an extraction.
		k := strings.IndexByte(s[i:len(s)-9], '-')
		if k < 0 {
			break
		}
		i += k
		if s[i+4] != '-' {
			continue
		}
		m := g.stampMonths[s[i+1:i+4]]
		if m == 0 {
			continue
		}
		day, ds, ok := numberBefore(s, i, 2)
		if !ok || (ds > 0 && isWordByte(s[ds-1])) {
			continue
		}
		y, ye, ok := numberAfter(s, i+5, 4)
		if !ok || ye-(i+5) != 4 || !validYear(y) || (ye < len(s) && isWordByte(s[ye])) || !validDay(y, m, day) {
			continue
		}
		out = append(out, date{start: ds, end: ye, y: y, m: m, d: day})
		i = ye - 1
	}
	return out
}
