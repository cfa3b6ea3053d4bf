package extract

import (
	"slices"
	"strings"
)

// footerDate finds the date of a document whose header has none but whose
// last line is a full date alone: the teasers of UN web pages print their date
// beneath the text ("... обстрелах школ и больниц.\n12 мая 2022",
// peacekeeping.un.org/ru, news.un.org listings). It returns the index in
// d.dates, or -1. Only the last non-blank line counts, so a date closing a
// sentence or a signature block's place and date never dates the document.
func (d *doc) footerDate() int {
	if len(d.dates) == 0 {
		return -1
	}
	k := len(d.dates) - 1
	dt := d.dates[k]
	if !dt.full() || dt.inferred || d.otherDocDate(dt) {
		return -1
	}
	if (!d.lineStart(dt.start) || !d.footerTail(d.t.s[dt.end:])) && !d.publishedFooter(dt) { // date_footer_published.go
		return -1
	}
	return k
}

// footerTail reports whether what follows a footer date is blank or only the
// clock time of the posting: news agencies print "21/3/2012 - 05:58 م" beneath
// the story (Petra, the Jordan News Agency), "10:30 | 7-1-2023" or "14:05 PM".
// A time is one or two digits, a colon, two digits, then at most an AM/PM mark
// (the profile's clock-word: م ص, am pm); a dash, an en dash or a bar may stand before it.
func (d *doc) footerTail(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	s = strings.TrimSpace(strings.TrimLeft(s, "-–|"))
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != ':' || len(s) < i+3 {
		return false
	}
	if s[i+1] < '0' || s[i+1] > '9' || s[i+2] < '0' || s[i+2] > '9' {
		return false
	}
	tail := strings.ToLower(strings.ReplaceAll(s[i+3:], " ", ""))
	return tail == "" || slices.Contains(d.words().clockWords, tail) // the profile's clock-word: "م", "pm"
}
