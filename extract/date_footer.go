package extract

import "strings"

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
	if (!d.lineStart(dt.start) || strings.TrimSpace(d.t.s[dt.end:]) != "") && !d.publishedFooter(dt) { // date_footer_published.go
		return -1
	}
	return k
}
