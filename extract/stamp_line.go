package extract

import (
	"sort"
	"strings"
)

// stampLineWindow is how far into a text (normalized bytes) a posting stamp
// may stand: it belongs to the page's header, under the headline.
const stampLineWindow = 600

// stampLineTail is the longest clock word (the profile's clock-word: "a. m.",
// "pm", "h", "hrs") a stamp may end with after its time.
const stampLineTail = 6

// lineStamp says whether a date is a web page's posting stamp written in a
// Latin-script language: in the header, with its year printed, followed on its
// line only by a separator, a clock time and at most an "a. m." or "h", as in
// "2 septiembre 2022 - 00:01 h" or "MG/7 de July de 2021/11:49 a. m.". A
// headline's meeting is not dated by the stamp beneath it: a web page's
// posting stamp dates no meeting (README).
func (d *doc) lineStamp(dt date) bool {
	if dt.start > stampLineWindow || dt.inferred || !dt.full() || !d.latinScript() {
		return false
	}
	s := d.t.s
	i := skipSpace(s, dt.end)
	if strings.HasPrefix(s[i:], "–") {
		i = skipSpace(s, i+len("–"))
	} else if i < len(s) && strings.IndexByte("-|/,", s[i]) >= 0 {
		i = skipSpace(s, i+1)
	} else if strings.HasPrefix(s[i:], "à ") || strings.HasPrefix(s[i:], "a ") {
		i = skipSpace(s, i+strings.IndexByte(s[i:], ' ')) // MAP Express: "samedi, 15 octobre, 2022 à 15:43" (the fold may drop the accent)
	}
	if i == dt.end {
		return false // a separator or a space stands between the date and its time
	}
	me, ok := clockAt(s, i, ":")
	if !ok {
		return false
	}
	end := len(s) // line breaks are spaces in the normalized text; d.t.lines keeps them
	if k := sort.SearchInts(d.t.lines, me); k < len(d.t.lines) {
		end = d.t.lines[k]
	}
	tail := strings.TrimSpace(s[me:end])
	if len(tail) > stampLineTail {
		return false
	}
	return d.clockTail(tail)
}

// latinScript says whether the document's language is written in Latin script
// (its profile's script); the Arabic and Chinese stamps are read by
// publicationStamp, where a stamp may also give the story's own day.
func (d *doc) latinScript() bool { return d.words().script == "Latin" }
