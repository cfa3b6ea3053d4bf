package extract

import "strings"

// footerDate finds the date of a document whose header has none but whose
// last line is a full date alone: the teasers of UN web pages print their date
// beneath the text ("... обстрелах школ и больниц.\n12 мая 2022",
// peacekeeping.un.org/ru, news.un.org listings). It returns the index in
// d.dates, or -1. Only the last non-blank line counts, so a date closing a
// sentence or a signature block's place and date never dates the document.
// A newspaper's digital edition closes its page with the paper, section and
// page before the date and the weekday after it ("浙江日报 要闻 00006
// 2016年10月14日 星期五", zjrb.zjol.com.cn): that line dates the document too
// (footerEditionLine, in a language that marks its dates).
func (d *doc) footerDate() int {
	if len(d.dates) == 0 {
		return -1
	}
	k := len(d.dates) - 1
	dt := d.dates[k]
	if !dt.full() || dt.inferred || d.otherDocDate(dt) {
		return -1
	}
	if d.lineStart(dt.start) && d.footerTail(d.t.s[dt.end:]) {
		return k
	}
	if d.publishedFooter(dt) { // date_footer_published.go
		return k
	}
	if d.footerEditionLine(dt) {
		return k
	}
	if d.footerStampLine(dt) { // date_footer_stamp_line.go: "16:57, 02.09.2022", "Nueva York, 8 de Junio de 2023"
		return k
	}
	return -1
}

// footerEditionLine says whether date dt, the last of the document, closes
// its last line as a paper's edition line does: at most a weekday after it,
// and before it on the line a few words with no sentence punctuation (the
// paper's name, section and page number: "浙江日报 要闻 00006").
func (d *doc) footerEditionLine(dt date) bool {
	if d.x.dates.markedOf(d.lang) == nil {
		return false // a Chinese paper's line; elsewhere an embedded post's date closes a page ("— António Guterres (@antonioguterres) March 2, 2022")
	}
	s := d.t.s
	rest := strings.TrimSpace(s[dt.end:])
	if rest != "" {
		at := skipSpace(s, dt.end)
		wd := false
		for _, h := range d.hits.triggers {
			if h.start == at && strings.HasPrefix(h.m.key, "weekday:") && strings.TrimSpace(s[h.end:]) == "" {
				wd = true
				break
			}
		}
		if !wd {
			return false
		}
	}
	ls, _ := d.line(dt.start)
	before := s[ls:dt.start]
	return len(before) <= 48 && !strings.ContainsAny(before, "。,，;；:：.!?！？\"“”")
}

// footerTail reports whether what follows a footer date is blank or only the
// clock time of the posting: news agencies print "21/3/2012 - 05:58 م" beneath
// the story (Petra, the Jordan News Agency), "10:30 | 7-1-2023" or "14:05 PM";
// a dash, an en dash or a bar may stand before the time (clock.go).
func (d *doc) footerTail(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	s = strings.TrimSpace(strings.TrimLeft(s, "-–|"))
	e, ok := clockAt(s, 0, ":")
	return ok && d.clockTail(s[e:])
}
