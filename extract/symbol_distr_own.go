package extract

import "strings"

// distrOwnSymbol is the symbol a flattened masthead prints right after its
// distribution line: "Distr. GENERAL s/6127 28 December 1964 ORIGINAL:
// ENGLISH" (docslib.org, S/6127, a 1964 summary statement). Only the
// distribution class (one word: GENERAL, LIMITED, RESTRICTED) may stand
// between "Distr." and the symbol, so a symbol the masthead's title or first
// sentence cites later on the same line is none of it.
func (d *doc) distrOwnSymbol() string {
	at := d.distrAt()
	if at < 0 {
		return ""
	}
	for _, sy := range d.symbols {
		if sy.start <= at {
			continue
		}
		gap := strings.Fields(strings.Trim(d.t.s[at:sy.start], " .:"))
		// gap[0] is the distribution word itself ("distr"), then its class.
		if sy.start-at < 40 && len(gap) <= 2 && (len(gap) < 2 || isLetters(strings.Trim(gap[1], ".:"))) {
			return sy.id
		}
		return ""
	}
	return ""
}

// isLetters says whether w is a non-empty run of ASCII letters.
func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}
