package extract

// pressCodeWindow is how far into a text (normalized bytes) a press release's
// date code may stand: it opens the lead paragraph under the title.
const pressCodeWindow = 1500

// pressCodeDates reads the date code of the UN's press releases of the late
// 1990s, eight digits YYYYMMDD opening the lead paragraph under the title
// ("19990521 Le Conseil de sécurité a adopté cet après-midi", "19980909 Réuni
// sous la présidence de M. Hans Dahlgren (Suède)"): the release's date, the
// only one some of them print. The digits stand at a line's start in the
// text's opening (a line break is a space once normalized: g.lines holds
// where the lines start), followed by a space and a word that is no number, and make
// a valid day; any other run of eight digits is no date.
func (g *dateGrammar) pressCodeDates(s string) []date {
	var out []date
	for j := -1; j < len(g.lines); j++ {
		i := 0 // the text's start, then each line's (normalized offsets)
		if j >= 0 {
			i = g.lines[j]
		}
		if i >= pressCodeWindow {
			break
		}
		if i+10 > len(s) || s[i+8] != ' ' || !isLetterByte(s[i+9]) {
			continue
		}
		if !isDigits(s[i : i+8]) {
			continue
		}
		n := 0
		for k := i; k < i+8; k++ {
			n = n*10 + int(s[k]-'0')
		}
		y, m, d := n/10000, n/100%100, n%100
		if !validYear(y) || m < 1 || m > 12 || !validDay(y, m, d) {
			continue
		}
		out = append(out, date{start: i, end: i + 8, y: y, m: m, d: d})
	}
	return out
}

// isLetterByte says whether b can open a word that is no number: an ASCII
// letter or the first byte of a multi-byte letter ("À", "É").
func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0xC0
}

// pressCodeDateIdx is the index in d.dates of the press release's date code
// in the header, else -1. The code is the release's date, so it outranks a
// date printed before it: a title's session span ("SA SESSION ANNUELLE AU
// SIEGE DE L'ONU, A NEW YORK, DU 24 JUIN AU 26 JUILLET 1996") is no date of
// the release.
func (d *doc) pressCodeDateIdx() int {
	for k, dt := range d.dates {
		if dt.start > d.headerEnd {
			break
		}
		if dt.end-dt.start == 8 && isDigits(d.t.s[dt.start:dt.end]) && dt.full() {
			return k
		}
	}
	return -1
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}
