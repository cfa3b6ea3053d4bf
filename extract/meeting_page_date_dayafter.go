package extract

import "strings"

// A news story is posted the day after the meeting it reports, and prints that
// meeting's day: "Pham Binh Minh addressed a debate of the United Nations
// Security Council ..., held on December 4" under the page's date line
// " date 2020-12-05"; "联合国成立75周年纪念峰会于2020年9月21日召开" under
// "2020 年 09 月 22 日星期二"; "on Sept. 28, 2015" under "xinhuanet.com
// 29-Sep-2015". The page's date stands beside the headline or the photo
// caption, whose meeting word made it a meeting by the patterns that pair any
// date with a meeting word in its clause (meeting/date-then-meeting,
// meeting/meeting-then-date, meeting/previous-clause); it dates the page, not
// a second meeting, when the text prints a day of a meeting of the same organ
// the day before. A day word's meeting ("Monday", "ce matin") is
// not such a printed day, and a pattern that pairs the date with "today" or a
// meeting number (the Council's release of its own meeting) still makes the
// page's date a meeting. The page's date opens its line, after at most two
// words and no sentence ("xinhuanet.com 29-Sep-2015", the store's " date
// 2020-12-05"): a first full date in running text that dates the document
// ("... which will be held on 14 October 2022") is a meeting's like any other.

// cooccurrenceMeeting are the patterns that make a date a meeting only by a
// meeting word in its clause.
var cooccurrenceMeeting = map[string]bool{
	"meeting/date-then-meeting": true,
	"meeting/meeting-then-date": true,
	"meeting/previous-clause":   true,
}

// pageDateDayAfter says whether date k, the document's date, made a meeting
// only by a co-occurrence pattern, is the day after a meeting of the same
// organ that another printed date of the text states.
func (d *doc) pageDateDayAfter(k int, dt date, defaultOrgan string) bool {
	if k != d.docDateIdx || !dt.full() || dt.start > d.headerEnd || !d.pageDateLine(dt) {
		return false
	}
	if c := d.patMeeting[k]; c == nil || !d.onlyCooccurrence(k) {
		return false
	}
	organ := ""
	for j, o := range d.dates {
		if j == k || !o.full() {
			continue
		}
		if n := shiftDays(o, 1); n.y != dt.y || n.m != dt.m || n.d != dt.d {
			continue
		}
		if _, _, ok := d.isMeeting(j, o); !ok || d.stampNotMeeting(j) {
			continue
		}
		if organ == "" {
			organ = d.organFor(dt, defaultOrgan)
		}
		if d.organFor(o, defaultOrgan) == organ {
			return true
		}
	}
	return false
}

// pageDateLine says whether date dt opens its line, after at most two words
// and no sentence's end.
func (d *doc) pageDateLine(dt date) bool {
	ls, _ := d.line(dt.start)
	before := strings.TrimSpace(d.t.s[ls:dt.start])
	if len(strings.Fields(before)) > 2 {
		return false
	}
	for i := 0; i < len(before); i++ {
		if strings.IndexByte(".!?", before[i]) >= 0 && (i+1 == len(before) || before[i+1] == ' ') {
			return false
		}
	}
	return true
}

// onlyCooccurrence says whether every pattern that makes date k a meeting is a
// co-occurrence pattern (the first one to match is kept in patMeeting; a
// "today" pattern matching the same date may come after it).
func (d *doc) onlyCooccurrence(k int) bool {
	for _, m := range d.matches {
		if cooccurrenceMeeting[m.c.p.ID] {
			continue
		}
		for _, a := range m.c.p.Emit {
			if a.Name != "meeting" {
				continue
			}
			name, shift := dayShift(a.Args[0])
			if shift != 0 {
				continue
			}
			for _, t := range m.tokensOf(name) {
				if tk := d.toks[t]; tk.kind == tkDate && int(tk.di) == k {
					return false
				}
			}
		}
	}
	return true
}
