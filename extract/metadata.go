package extract

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// headerZone is how far into the normalized text the document's own symbol,
// date and type are looked for.
const headerZone = 600

func (d *doc) metadata() {
	fd := &d.facts.Doc
	d.docDateIdx, d.distrIdx = -1, -1
	d.headerEnd = min(headerZone, len(d.t.s))

	// %%%TERM|TERM| subject line: the first line that is not blank.
	if line := firstLine(d.text); line != "" {
		l := strings.TrimSpace(line)
		if strings.HasPrefix(l, "%%%") {
			for _, term := range strings.Split(strings.TrimPrefix(l, "%%%"), "|") {
				if term = strings.TrimSpace(term); term != "" {
					fd.Subjects = append(fd.Subjects, term)
				}
			}
		}
	}
	d.subjectSpans = map[string][2]int{}
	for _, term := range fd.Subjects {
		id := "subject:" + term
		e := d.entity(id, TypeSubject, term)
		if i := bytes.Index(d.text, []byte(term)); i >= 0 {
			a, b := d.src.orig(i), d.src.orig(i+len(term))
			e.Mentions = append(e.Mentions, Mention{Text: term, Start: a, End: b, Rule: "header/subject"})
			d.subjectSpans[term] = [2]int{a, b}
		}
	}

	// The document's own symbol: near the top, at the start of a line or on a
	// short line of its own ("United Nations S/2017/1002", "SC/8153  21 July 2004"),
	// or after a press release's label ("联合国新闻稿  SC/14407", symbol_cover.go).
	for _, sy := range d.symbols {
		if sy.start > d.headerEnd {
			break
		}
		if (d.lineStart(sy.start) || d.shortLine(sy.start, 60) || d.afterUNName(sy.start) || d.afterPressReleaseWord(sy.start)) && !d.wrappedParenCite(sy.start) {
			fd.Symbol = sy.id
			break
		}
	}
	if d.sectionSymbol(fd.Symbol) || d.symbolListRow(fd.Symbol) { // symbol_list_rows.go
		fd.Symbol = "" // a list page's symbols head its releases
	}
	if fd.Symbol == "" && len(d.sectionStarts) == 0 {
		fd.Symbol = d.recordOwnSymbol() // a flattened record cover
	}
	if fd.Symbol == "" {
		fd.Symbol = d.titleOwnSymbol() // a title line that restates it (symbol_title_own.go)
	}
	if fd.Symbol == "" {
		fd.Symbol = d.distrOwnSymbol() // "Distr. GENERAL S/6127 28 December 1964" (symbol_distr_own.go)
	}
	if fd.Symbol != "" {
		fd.ID = "doc:" + fd.Symbol
	} else {
		fd.ID = "doc:sha256:" + d.sha[:16]
	}

	// Distr. block: its date is the document's date.
	if i := d.distrAt(); i >= 0 {
		for k, dt := range d.dates {
			if dt.start > i && dt.full() && dt.start-i < 80 {
				d.distrIdx, d.docDateIdx = k, k
				break
			}
		}
	}
	// Otherwise a press release's date code (date_press_code.go).
	if d.docDateIdx < 0 {
		d.docDateIdx = d.pressCodeDateIdx()
	}
	// Otherwise a full dateline of the opening ("GENEVA (9 December 2016) -"
	// under a headline announcing "a Special Session ... on 14 December 2016").
	if d.docDateIdx < 0 {
		for k, dt := range d.dates {
			if dt.start > d.headerEnd {
				break
			}
			if dt.full() && !dt.inferred && d.isDateline(dt) {
				d.docDateIdx = k
				break
			}
		}
	}
	// Otherwise the first full date of the opening that is not a deadline or another document's date.
	if d.docDateIdx < 0 {
		for k, dt := range d.dates {
			if dt.start > d.headerEnd {
				break
			}
			if dt.full() && !d.deadline(dt) && !d.otherDocDate(dt) {
				d.docDateIdx = k
				break
			}
		}
	}
	if d.docDateIdx < 0 {
		d.docDateIdx = d.footerDate() // a page teaser's date beneath it (date_footer.go)
	}
	if d.docDateIdx >= 0 {
		d.docDate = d.dates[d.docDateIdx]
		fd.Date = d.docDate.iso()
	}

	// Type: the earliest doctype phrase of the opening.
	fd.Type = ""
	for _, h := range d.hits.triggers {
		if h.start > d.headerEnd {
			break
		}
		if strings.HasPrefix(h.m.key, "doctype:") {
			if draftInHeadline(d, h) {
				continue
			}
			fd.Type = strings.TrimPrefix(h.m.key, "doctype:")
			break
		}
	}
	if fd.Type == "" {
		fd.Type = typeFromSymbol(fd.Symbol)
	}

	// Original language: a language name right after "Original:".
	for _, h := range d.triggers("original") {
		for _, l := range d.hits.langs {
			if l.start >= h.end && l.start-h.end < 12 {
				fd.OriginalLang = l.m.key
				break
			}
		}
		if fd.OriginalLang != "" {
			break
		}
	}

	fd.Title = d.title()
	// A year in the title ("Security Council 2007: Review") dates what the text leaves without a year.
	d.titleYear = 0
	if first := firstLineEnd(d.t); first > 0 {
		s := d.t.s[:first]
		for i := 0; i+4 <= len(s); i++ {
			if (i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
				if y := atoi(s[i : i+4]); validYear(y) {
					d.titleYear = y
					break
				}
			}
		}
	}
}

// firstLine is the first line of text that is not blank.
func firstLine(text []byte) string {
	for len(text) > 0 {
		line := text
		if i := bytes.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = nil
		}
		if len(bytes.TrimSpace(line)) > 0 {
			return string(line)
		}
	}
	return ""
}

func typeFromSymbol(sym string) string {
	switch {
	case sym == "":
		return "other"
	case strings.Contains(sym, "/PRST/"):
		return "presidential-statement"
	case strings.Contains(sym, "/RES/"):
		return "resolution"
	case strings.Contains(sym, "/PV."):
		return "meeting-record"
	case strings.HasPrefix(sym, "SC/"), strings.HasPrefix(sym, "GA/"), strings.HasPrefix(sym, "CS/"), strings.HasPrefix(sym, "AG/"), strings.HasPrefix(sym, "SG/"):
		return "press-release"
	}
	return "other"
}

// lineStart says whether only spaces stand between the last line break (or
// the start) and normalized offset i.
func (d *doc) lineStart(i int) bool {
	if i == 0 {
		return true
	}
	for _, l := range d.t.lines {
		if l == i || (l < i && strings.TrimSpace(d.t.s[l:i]) == "") {
			return true
		}
		if l > i {
			break
		}
	}
	return false
}

// shortLine says whether the line around normalized offset i is at most n bytes long.
func (d *doc) shortLine(i, n int) bool {
	start, end := d.line(i)
	return end-start <= n
}

// line returns the line around normalized offset i.
func (d *doc) line(i int) (int, int) {
	start, end := 0, len(d.t.s)
	for _, l := range d.t.lines {
		if l <= i {
			start = l
		} else {
			end = l
			break
		}
	}
	return start, end
}

func firstLineEnd(t *normText) int {
	for _, l := range t.lines {
		if l > 0 {
			return l
		}
	}
	return min(len(t.s), 200)
}

// title is the first line of text long enough to be one: the subject line,
// symbols, dates and the Distr./Original: header lines are shorter.
func (d *doc) title() string {
	rest := d.text
	for len(rest) > 0 {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		line = bytes.TrimSpace(line)
		if len(line) < 25 || bytes.HasPrefix(line, []byte("%%%")) {
			continue
		}
		if l, ok := collapseSpaces(line, 25, 200); ok {
			return l
		}
	}
	return ""
}

// collapseSpaces is line with white space trimmed and each run of it made
// one space, cut after maxRunes runes (ending in "…"); ok is false when it
// has fewer than minRunes. Only what is kept is copied: a first line can be a
// whole paragraph.
func collapseSpaces(line []byte, minRunes, maxRunes int) (string, bool) {
	var b strings.Builder
	b.Grow(min(len(line), 4*maxRunes+4))
	runes, space := 0, false
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRune(line[i:])
		i += size
		if unicode.IsSpace(r) {
			space = runes > 0
			continue
		}
		if runes == maxRunes {
			return strings.TrimSpace(b.String()) + "…", true
		}
		if space {
			b.WriteByte(' ')
			runes++
			space = false
			if runes == maxRunes {
				return strings.TrimSpace(b.String()) + "…", true
			}
		}
		b.Write(line[i-size : i])
		runes++
	}
	return b.String(), runes >= minRunes
}

// maxDeadlinePhrase bounds the bytes of a deadline phrase ("no later than",
// "في موعد لا يتجاوز").
const maxDeadlinePhrase = 120

// deadline says whether a date follows "until", "حتى", "jusqu'au".
func (d *doc) deadline(dt date) bool {
	// The triggers are in text order; a deadline phrase ends at most 4 bytes
	// before the date, so only those starting shortly before it can be one
	// (inferYears asks for every dated day: no scan from the top).
	ts := d.hits.triggers
	k := sort.Search(len(ts), func(k int) bool { return ts[k].start >= dt.start-maxDeadlinePhrase })
	for _, h := range ts[k:] {
		if h.m.key == "deadline" && h.end <= dt.start && dt.start-h.end <= 4 {
			return true
		}
		if h.start > dt.start {
			break
		}
	}
	return false
}

// otherDocDate says whether a date is the date of another document: "S/PRST/2004/27
// of 20 July 2004", "resolution 1625 (2005) of 14 September 2005", Chinese
// "1992年1月23日第733(1992)号".
func (d *doc) otherDocDate(dt date) bool {
	// The symbols are in text order: only those starting shortly before the date.
	k := sort.Search(len(d.symbols), func(k int) bool { return d.symbols[k].start >= dt.start-80 })
	for _, sy := range d.symbols[k:] {
		if sy.start >= dt.start {
			break
		}
		// A title's symbol on the line above ("... (S/2006/507)»\n27 August 2008") dates nothing.
		// Nor does a symbol that ends the sentence before ("... Somalis (SC/13729). On 27 March, the Council").
		if sy.id != d.facts.Doc.Symbol && sy.end <= dt.start && dt.start-sy.end <= 12 && !d.lineBreakIn(sy.end, dt.start) && !strings.ContainsAny(d.t.s[sy.end:dt.start], ".;!?。；") {
			return true
		}
	}
	// "N (YYYY) of" before the date.
	before := d.t.s[max(0, dt.start-24):dt.start]
	if numberedDocBefore(before) || romanSessionBefore(before) {
		return true // "decision 59/552 of 23 December 2004" (date_ga_number.go)
	}
	if i := strings.LastIndex(before, ")"); i >= 0 && i >= 5 && before[i-5] == '(' && isDigit(before[i-1]) {
		rest := strings.TrimSpace(before[i+1:])
		if len(rest) <= 8 && !strings.ContainsAny(rest, ".;") {
			return true
		}
	}
	// A date alone on its line dates the numbered document under it, a resolution's
	// header of the 1970s ("一九七五年四月十七日" over "第368(1975)号决议"), not
	// another document it cites.
	if d.wholeLine(dt.start, dt.end) {
		return false
	}
	return d.numberedAfter(d.t.s[dt.end:min(len(d.t.s), dt.end+24)])
}

// numberedAfter says whether the text after a date opens a numbered
// document, in the profile's words: "第733(1992)号" is a resolution,
// "第8979次会议" the meeting's own number, also in the language's numerals
// ("一九七三年一月十六日第一六八五次會議", an old resolution's recall).
func (d *doc) numberedAfter(after string) bool {
	w := d.words()
	for _, p := range w.dateParticles {
		if a, ok := strings.CutPrefix(after, p); ok {
			after = a
			break
		}
	}
	for _, p := range w.numberBefore {
		if rest, ok := strings.CutPrefix(after, p); ok {
			rest = strings.TrimLeft(rest, "0123456789 "+w.numerals)
			return !slices.ContainsFunc(w.meetingNumberAfter, func(m string) bool { return strings.HasPrefix(rest, m) })
		}
	}
	return false
}

// lineBreakIn says whether the source had a line break in [a, b).
func (d *doc) lineBreakIn(a, b int) bool {
	k := sort.SearchInts(d.t.lines, a+1)
	return k < len(d.t.lines) && d.t.lines[k] <= b
}

// dateBetween says whether a date starts in [a, b).
func (d *doc) dateBetween(a, b int) bool {
	k := sort.Search(len(d.dates), func(k int) bool { return d.dates[k].start >= a })
	return k < len(d.dates) && d.dates[k].start < b
}

// inferYears gives a year to dates written without one: the year of the
// nearest date before that has one, else the document's year, else the
// title's year, else, in a text that prints no full date, the latest year it
// prints on its own (undatedTextYear). A deadline's year ("renewed the mandate until 31 March
// 2020") is where a period ends, not the year the text is in: in a dated
// document it is not carried to the days after it.
func (d *doc) inferYears() {
	last, printed := 0, -1
	for i := range d.dates {
		dt := &d.dates[i]
		if dt.y != 0 {
			if !d.docDate.full() || dt.y == d.docDate.y || !d.deadline(*dt) {
				last = dt.y
			}
			continue
		}
		y := last
		if d.titleYearDays(last) {
			y = d.titleYear // date_title_year.go: "Consejo de Seguridad 2012: Recapitulación"
		}
		if dy, ok := d.datelineYear(*dt, last); ok { // date_dateline_year.go
			y, last = dy, dy
		}
		if y == 0 {
			y = d.docDate.y
		}
		if y == 0 {
			y = d.titleYear
		}
		if y == 0 && !d.docDate.full() {
			if printed < 0 {
				printed = d.undatedTextYear() // date_dateline_printed_year.go
			}
			y = printed
		}
		if y != 0 && validDay(y, dt.m, max(dt.d, 1)) {
			dt.y, dt.inferred = y, true
		}
	}
}

// citations: every printed symbol but the document's own is cited.
func (d *doc) citations() {
	own := d.facts.Doc.Symbol
	for _, sy := range d.symbols {
		if sy.id == own || ownPart(own, sy.id) {
			continue
		}
		for _, part := range d.x.symbols.jointParts(sy.id) { // symbol_joint_cited.go
			if part == own {
				continue
			}
			id := "doc:" + part
			e := d.entity(id, TypeDocument, part)
			d.mention(e, sy.start, sy.end, "symbol/un")
			d.relate(d.facts.Doc.ID, PredCites, id, sy.start, sy.end, "citation/symbol", "")
		}
	}
}
