package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Dates of the languages that write dates with marks (Chinese: 2003年4月11日),
// as their news writes them: a day alone, whose month and year are the
// dateline's ("新华社联合国5月7日电 …… 联合国安理会7日一致通过决议",
// "將於今（2）日主持"); a date without its year, which is the current year's
// (a past year is always printed: "2011年9月 …… 安理会10月31日举行会议");
// the dateline itself ("人民网华盛顿8月31日电", "（中央社紐約26日綜合外電報導）");
// and the header's year/month/day with one-digit parts ("2022/2/27 16:56").

// markedOf is the marked-date profile of lang, or nil.
func (g *dateGrammar) markedOf(lang string) *markedDates {
	for i := range g.marked {
		if g.marked[i].lang == lang {
			return &g.marked[i]
		}
	}
	return nil
}

// markedAndDated is the document's marked-date profile and its own full
// date, which the readers of days written without their month or year
// count from; ok is false when the language marks no dates or the
// document has no full date.
func (d *doc) markedAndDated() (md *markedDates, ref date, ok bool) {
	md, ref = d.x.dates.markedOf(d.lang), d.docDate
	return md, ref, md != nil && ref.full()
}

// shortYearFirstDates reads 2022/2/27 and 2022-05-06 where a Han character
// touches the year (the normalized text has no line breaks: a headline's last
// character stands right before its date line), in a language that writes
// dates year first; yearFirstDates with isWordByte reads them elsewhere.
func (g *dateGrammar) shortYearFirstDates(s, lang string) []date {
	if g.markedOf(lang) == nil {
		return nil
	}
	return yearFirstDates(s, isASCIIWord)
}

// isASCIIWord: a Han character may touch the date ("表决2022/2/27"), a Latin letter or digit may not.
func isASCIIWord(c byte) bool {
	return c < 0x80 && isWordByte(c)
}

// dayOnlyDates adds the days written without a month ("7日", "今(2)日"),
// dated in the month of the document's date: the same month unless the day
// is well past the document's (a story of the 2nd recalls "28日", the 28th
// of the month before).
func (d *doc) dayOnlyDates() {
	md, ref, ok := d.markedAndDated()
	if !ok {
		d.latinDayOnlyDates() // date_dayonly_latin.go: "el pasado día 6"
		return
	}
	s := d.t.s
	var add []date
	for _, mark := range md.day {
		for at := range occurrences(s, mark) {
			n, start, ok := dayNumberBefore(md, s, at)
			if !ok || n < 1 || n > 31 {
				continue
			}
			end := at + len(mark)
			if hasPrefix(s[end:], md.spanAfter) > 0 || d.dateOverlaps(start, end) {
				continue
			}
			r := d.datelineRef(ref, start) // date_dayonly_dateline.go
			dt := date{start: start, end: end, y: r.y, m: r.m, d: n, inferred: true}
			if prev, ok := d.listedAfterDate(md, start); ok {
				// "2011年4月12日和13日": the 13th of the April just named, not of the document's month.
				dt.y, dt.m = prev.y, prev.m
				if validDay(dt.y, dt.m, dt.d) {
					add = append(add, dt)
				}
				continue
			}
			if n > r.d+10 {
				dt = shiftDays(date{y: r.y, m: r.m, d: 1}, -1)
				dt.start, dt.end, dt.d, dt.inferred = start, end, n, true
			}
			if validDay(dt.y, dt.m, dt.d) {
				add = append(add, dt)
			}
		}
	}
	d.insertDates(add)
}

// listedAfterDate is the date a day written without its month at start is
// listed after, joined by one of the profile's day-list joiners ("4月12日和13日",
// "4月12日、13日"): that date, when it has its month and ends right before the
// joiner.
func (d *doc) listedAfterDate(md *markedDates, start int) (date, bool) {
	before := strings.TrimRight(d.t.s[:start], " ")
	j := hasSuffix(before, md.listJoiners)
	if j == 0 {
		return date{}, false
	}
	at := len(strings.TrimRight(before[:len(before)-j], " "))
	for _, dt := range d.dates {
		if dt.end == at && dt.m != 0 && dt.endDay == 0 {
			return dt, true
		}
	}
	return date{}, false
}

// insertDates adds dates to d.dates in text order, keeping the indexes of the
// document's date and of the Distr. date.
func (d *doc) insertDates(add []date) {
	if len(add) == 0 {
		return
	}
	docStart, distrStart := -1, -1
	if d.docDateIdx >= 0 {
		docStart = d.dates[d.docDateIdx].start
	}
	if d.distrIdx >= 0 {
		distrStart = d.dates[d.distrIdx].start
	}
	d.dates = append(d.dates, add...)
	slices.SortFunc(d.dates, func(a, b date) int { return a.start - b.start })
	for k, dt := range d.dates {
		if dt.start == docStart {
			d.docDateIdx = k
		}
		if dt.start == distrStart {
			d.distrIdx = k
		}
	}
}

// dayNumberBefore reads the day written before a day mark at i: "7" of
// "7日", "十六" of "十六日" (numerals with a ten only: "一日" is also "one
// day"), or "今(2)" of "今(2)日" (today, the 2nd), with where it starts. A
// number after one of the profile's day-span-before words is no day.
func dayNumberBefore(md *markedDates, s string, i int) (n, start int, ok bool) {
	if strings.HasSuffix(s[:i], ")") { // "（" and "）" fold to "(" and ")"
		n, ns, ok := numberBefore(s, i-1, 2)
		if !ok || !strings.HasSuffix(s[:ns], "(") {
			return 0, 0, false
		}
		if t := hasSuffix(s[:ns-1], md.today); t > 0 {
			return n, ns - 1 - t, true
		}
		return 0, 0, false
	}
	n, ns, ok := numberBefore(s, i, 2)
	if !ok {
		if n, ns, ok = md.numberBefore(s, i, 3); !ok || md.ten == 0 || !strings.ContainsRune(s[ns:i], md.ten) {
			return 0, 0, false
		}
	}
	if ns > 0 && (isDigit(s[ns-1]) || strings.IndexByte("/.:-", s[ns-1]) >= 0) {
		return 0, 0, false
	}
	if hasSuffix(s[:ns], md.spanBefore) > 0 {
		return 0, 0, false
	}
	return n, ns, true
}

// dateOverlaps says whether a date already found overlaps [a, b).
func (d *doc) dateOverlaps(a, b int) bool {
	for _, dt := range d.dates {
		if dt.start < b && a < dt.end {
			return true
		}
	}
	return false
}

// currentYears gives a date written without its year the year of the
// document's date (the year before, for a date more than two months after
// it), in a language whose news prints every past year. A date right after
// one with its year ("2003年4月11日和5月2日") keeps that year (inferYears),
// and so do the dates of resolutions and presidential statements, which
// recall earlier years' meetings by their full dates.
func (d *doc) currentYears() {
	if d.x.dates.markedOf(d.lang) == nil || !d.docDate.full() {
		return
	}
	switch d.facts.Doc.Type {
	case "resolution", "draft-resolution", "presidential-statement":
		return
	}
	ref := d.docDate
	prevEnd, prevYear := -100, false
	for i := range d.dates {
		dt := &d.dates[i]
		if dt.y != 0 {
			prevEnd, prevYear = dt.end, !dt.inferred
			continue
		}
		if prevYear && dt.start-prevEnd <= 12 {
			continue
		}
		y := ref.y
		if daysBetween(ref, date{y: y, m: dt.m, d: max(dt.d, 1)}) > 62 {
			y--
		}
		if validDay(y, dt.m, max(dt.d, 1)) {
			dt.y, dt.inferred = y, true
		}
		prevEnd, prevYear = dt.end, false
	}
}

// markedDateline says whether a date of a marked-date language is a news
// dateline: near the start of its line, followed by a dateline mark ("5月7日电",
// "26日綜合外電報導", "11月1日讯").
func (d *doc) markedDateline(dt date) bool {
	md := d.x.dates.markedOf(d.lang)
	if md == nil {
		return false
	}
	k := sort.SearchInts(d.t.lines, dt.start+1)
	ls := 0
	if k > 0 {
		ls = d.t.lines[k-1]
	}
	if dt.start-ls > 60 || strings.ContainsAny(d.t.s[ls:dt.start], "。,，") {
		return false
	}
	return hasPrefix(d.t.s[skipSpace(d.t.s, dt.end):], md.datelineMarks) > 0
}

// organInSentence says whether the sentence at i names a UN organ or a UN
// meeting ("当天的安理会会议", "非盟-联合国年度会议当天"): "当天" in a sentence on
// another body's conference ("古特雷斯当天在……伊斯坦布尔调解问题会议上发表视频讲话")
// dates no UN meeting.
func (d *doc) organInSentence(i int) bool {
	ss, se := d.sentence(i)
	for _, h := range d.hits.entities {
		if h.start >= ss && h.end <= se && h.m.class == clsOrg && organs[h.m.key] {
			return true
		}
	}
	for _, h := range d.hits.triggers {
		if h.start >= ss && h.end <= se && (h.m.key == "council" || h.m.key == "un-meeting") {
			return true
		}
	}
	return false
}

// sameDayWindow is how far back (normalized bytes, some two sentences of
// Chinese) the day that "当天" repeats may stand.
const sameDayWindow = 600

// sameDayDates dates each word for "that same day" ("联合国安理会14日……。
// 当天的会议……", "第三届年度会议当天在纽约举行") with the day of the nearest
// date before it (not the header's publication date), so that the patterns
// read it as that date. It runs after the years are filled in.
func (d *doc) sameDayDates() {
	md := d.x.dates.markedOf(d.lang)
	words, latin := []string(nil), false
	if md != nil {
		words = md.sameDay
	} else if w := d.words(); w.script == "Latin" {
		// A language whose dates carry no marks writes the phrase as words
		// ("Ese día, el Consejo ... adoptó", same-day-phrase in the profile):
		// the same reading, for the phrase standing as words of its own.
		words, latin = w.sameDayLatin, true
	}
	if len(words) == 0 {
		return
	}
	s := d.t.s
	var add []date
	for _, w := range words {
		for at := range occurrences(s, w) {
			if latin && !wordBounded(s, at, at+len(w)) {
				continue
			}
			k := sort.Search(len(d.dates), func(k int) bool { return d.dates[k].start >= at })
			for k--; k >= 0; k-- {
				if prev := d.dates[k]; prev.full() && k != d.docDateIdx && !d.otherDocDate(prev) && (md == nil || !d.dayToCome(md, prev)) {
					break
				}
			}
			if k < 0 || at-d.dates[k].end > sameDayWindow || d.dateOverlaps(at, at+len(w)) || !d.organInSentence(at) {
				continue
			}
			dt := d.dates[k]
			dt.start, dt.end, dt.endDay, dt.inferred = at, at+len(w), 0, true
			add = append(add, dt)
		}
	}
	d.insertDates(add)
}

// publicationStamp says whether a date is followed on its line by a clock
// time ("2020-07-15 09:04:47", "2012年11月08日03:34", "2022/2/27 16:56"): the
// time a web page was posted, in a marked-date language.
func (d *doc) publicationStamp(dt date) bool {
	if d.x.dates.markedOf(d.lang) == nil || d.lineBreakIn(dt.end, dt.end+2) {
		return false
	}
	s := d.t.s
	i := skipSpace(s, dt.end)
	h, he, ok := numberAfter(s, i, 2)
	if !ok || h > 23 || he >= len(s) || s[he] != ':' {
		return false
	}
	_, me, ok := numberAfter(s, he+1, 2)
	return ok && me-he-1 == 2
}

// stampNotMeeting: a page's posting stamp dates no meeting, unless the page
// is a statement, whose headline names the speech (the profile's
// speech-title words) and which dates no other meeting ("新華網 | 2020-07-15 09:04:47 … 聯合國安理會14日……舉行會議").
func (d *doc) stampNotMeeting(k int) bool {
	dt := d.dates[k]
	if !d.publicationStamp(dt) {
		return d.lineStamp(dt) // "2 septiembre 2022 - 00:01 h" (stamp_line.go)
	}
	if len(d.dayMeetings) > 0 {
		return true
	}
	for j, o := range d.dates {
		if j == k || !o.full() || d.publicationStamp(o) {
			continue
		}
		if _, _, ok := d.isMeeting(j, o); ok {
			return true
		}
	}
	headline := d.t.s[:dt.start]
	if len(headline) > 300 {
		headline = headline[len(headline)-300:]
	}
	for _, w := range d.x.dates.markedOf(d.lang).speech {
		if strings.Contains(headline, w) {
			return false
		}
	}
	return true
}

// wordBounded says whether s[i:j] stands as words of its own: no word rune
// right before i or right after j.
func wordBounded(s string, i, j int) bool {
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && isWordRune(r) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s[j:]); j < len(s) && isWordRune(r) {
		return false
	}
	return true
}
