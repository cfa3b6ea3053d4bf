package extract

import (
	"cmp"
	"iter"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/unkg/unkg/rules"
)

// date is a date found in the normalized text.
type date struct {
	start, end int // normalized span
	y, m, d    int // d == 0: month only; y == 0: year not written
	endDay     int // last day of a range in the same month, else 0
	inferred   bool
}

func (d date) iso() string {
	switch {
	case d.y == 0:
		return ""
	case d.d == 0:
		return isoDate(d.y, d.m, 0)
	}
	return isoDate(d.y, d.m, d.d)
}

// sameISO says whether d.iso() == o.iso() without writing the strings (their
// dates are valid: a year of four digits, a month and a day of two).
func (d date) sameISO(o date) bool {
	if d.y == 0 || o.y == 0 {
		return d.y == o.y
	}
	return d.y == o.y && d.m == o.m && d.d == o.d
}

func (d date) isoEnd() string {
	if d.endDay == 0 || d.y == 0 {
		return ""
	}
	return isoDate(d.y, d.m, d.endDay)
}

// isoDate writes YYYY-MM-DD, or YYYY-MM when day is 0: fmt.Sprintf("%04d-%02d-%02d"),
// without its cost, for the dates of every meeting mention.
func isoDate(year, month, day int) string {
	var b [10]byte
	n := 7
	b[0], b[1], b[2], b[3] = byte('0'+year/1000%10), byte('0'+year/100%10), byte('0'+year/10%10), byte('0'+year%10)
	b[4], b[5], b[6] = '-', byte('0'+month/10%10), byte('0'+month%10)
	if day != 0 {
		b[7], b[8], b[9] = '-', byte('0'+day/10%10), byte('0'+day%10)
		n = 10
	}
	return string(b[:n])
}

func (d date) full() bool { return d.y != 0 && d.d != 0 }

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2000 // a leap year: 29 February stays possible
	}
	return d <= time.Date(y, time.Month(m+1), 0, 0, 0, 0, 0, time.UTC).Day()
}

func validYear(y int) bool { return y >= 1900 && y <= 2100 }

// dateGrammar reads dates around month names and in the numeric forms.
type dateGrammar struct {
	rangeWords []string // folded words joining two days: "-", "to", "و", "au"
	andWords   []string // folded words joining two dates, not a span: "and", "et" (date_range_months.go)
	plurals    []string // folded plural words for meetings: "заседания 16 и 17 июля" (date_days_plural.go)
	between    []string // folded words that open a span "between A and B": "between", "entre"
	fillers    []string // words between day, month and year: "de", "of", "the", "del"
	ordinals   []string // ordinal endings of a day: "th", "er", "st"
	marked     []markedDates
	// From the language profiles, per language: days written as ordinal
	// words, the separators of day.month.year dates, the Hijri month names
	// (folded), to keep their dates from being read as Gregorian.
	ordinal     map[string]*ordinalWords
	numericSeps map[string]string // "/", "/."
	hijri       map[string][]hijriMonth
	stampMonths map[string]int             // "feb": 2, for "16-Feb-2022" (date_stamp.go)
	dayOnly     map[string]map[string]bool // month names that count only after a day (date_month_dayonly.go)
	dayOnlyHere map[string]bool
	stemOf      func([]byte) int // the folder's stem, for the day-only names
	// Of the text being read: its language (ordinal) and line breaks (normalized offsets).
	ordinalHere *ordinalWords
	lines       []int
}

// ordinalWords are a language's days written as ordinal words (folded,
// longest first), the words between them and the month, and the words with
// an article (weekdays) that may precede them.
type ordinalWords struct {
	days              []ordinalDay
	fillers, weekdays []string
	articles          []string
}

type ordinalDay struct {
	word string
	day  int
}

type hijriMonth struct {
	name string
	m    int
}

// addProfiles fills the grammar's words from the profiles and Hijri month names.
func (g *dateGrammar) addProfiles(f *folder, profiles []*rules.Profile, hijri []rules.Entry) {
	g.numericSeps = map[string]string{}
	g.ordinal = map[string]*ordinalWords{}
	for _, p := range profiles {
		if len(p.MonthMarks) > 0 {
			g.marked = append(g.marked, newMarkedDates(f, p))
		}
		if len(p.OrdinalDays) > 0 {
			ow := &ordinalWords{fillers: f.foldAll(p.OrdinalFillers), weekdays: f.foldAll(p.Weekdays)}
			for w, day := range p.OrdinalDays {
				ow.days = append(ow.days, ordinalDay{f.foldString(w), day})
			}
			// Longest first: الحادي والعشرين before العشرين.
			slices.SortFunc(ow.days, func(a, b ordinalDay) int { return cmp.Or(len(b.word)-len(a.word), strings.Compare(a.word, b.word)) })
			for _, a := range p.Articles {
				ow.articles = append(ow.articles, f.foldString(a.Text))
			}
			g.ordinal[p.Lang] = ow
		}
		g.addDayOnly(f, p)
		for _, sep := range p.NumericDates {
			if len(sep) == 1 && !strings.Contains(g.numericSeps[p.Lang], sep) {
				g.numericSeps[p.Lang] += sep
			}
		}
	}
	g.hijri = map[string][]hijriMonth{}
	for _, e := range hijri {
		g.hijri[e.Lang] = append(g.hijri[e.Lang], hijriMonth{f.foldString(e.Text), atoi(e.Key)})
	}
}

// markedDates is how a language (Chinese) writes dates with a mark after each
// part, from its profile: 2003年4月11日, 二〇〇三年四月十一日, 9月2日至4日.
type markedDates struct {
	lang                  string
	year, month, day, rng []string
	digits                map[rune]int // numerals: 〇 一 … 九
	ten                   rune         // 十: 二十九 is 29
	// The words of days written without their month (rules.Profile, folded).
	spanAfter, spanBefore, today, datelineMarks []string
	sameDay, toComeBefore, toComeAfter, speech  []string
	listJoiners                                 []string
	monthOffsets                                []rules.MonthOffset
}

func newMarkedDates(f *folder, p *rules.Profile) markedDates {
	md := markedDates{lang: p.Lang, year: f.foldAll(p.YearMarks), month: f.foldAll(p.MonthMarks), day: f.foldAll(p.DayMarks), rng: f.foldAll(p.RangeMarks),
		digits: p.Numerals, ten: p.Ten,
		spanAfter: f.foldAll(p.DaySpanAfter), spanBefore: f.foldAll(p.DaySpanBefore), today: f.foldAll(p.TodayMarks),
		datelineMarks: f.foldAll(p.DatelineMarks), sameDay: f.foldAll(p.SameDayWords),
		toComeBefore: f.foldAll(p.DayToComeBefore), toComeAfter: f.foldAll(p.DayToComeAfter), speech: f.foldAll(p.SpeechTitles), listJoiners: f.foldAll(p.DayListJoiners)}
	for _, o := range p.MonthOffsets {
		if w := f.foldString(o.Word); w != "" && !slices.ContainsFunc(md.monthOffsets, func(x rules.MonthOffset) bool { return x.Word == w }) {
			md.monthOffsets = append(md.monthOffsets, rules.MonthOffset{Word: w, Shift: o.Shift})
		}
	}
	return md
}

// lineBreakIn says whether a line break falls in (a, b].
func (g *dateGrammar) lineBreakIn(a, b int) bool {
	i := sort.SearchInts(g.lines, a+1)
	return i < len(g.lines) && g.lines[i] <= b
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// numberBefore reads 1 to maxDigits digits ending at i.
func numberBefore(s string, i, maxDigits int) (n, start int, ok bool) {
	j := i
	k := j
	for k > 0 && isDigit(s[k-1]) && j-k < maxDigits {
		k--
	}
	if k == j || (k > 0 && isDigit(s[k-1])) {
		return 0, 0, false
	}
	for _, c := range []byte(s[k:j]) {
		n = n*10 + int(c-'0')
	}
	return n, k, true
}

// numberAfter reads 1 to maxDigits digits starting at i.
func numberAfter(s string, i, maxDigits int) (n, end int, ok bool) {
	k := i
	for k < len(s) && isDigit(s[k]) && k-i < maxDigits {
		n = n*10 + int(s[k]-'0')
		k++
	}
	if k == i || (k < len(s) && isDigit(s[k])) {
		return 0, 0, false
	}
	return n, k, true
}

func skipSpaceBack(s string, i int) int {
	for i > 0 && s[i-1] == ' ' {
		i--
	}
	return i
}

func skipSpace(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// skipWordBack skips one of words (and the space before it) ending at i.
func skipWordBack(s string, i int, words ...string) int {
	for _, w := range words {
		if strings.HasSuffix(s[:i], w) {
			j := i - len(w)
			if j == 0 || s[j-1] == ' ' {
				return skipSpaceBack(s, j)
			}
		}
	}
	return i
}

func skipWord(s string, i int, words ...string) int {
	for _, w := range words {
		if strings.HasPrefix(s[i:], w) {
			j := i + len(w)
			if j == len(s) || s[j] == ' ' || s[j] == ',' {
				return skipSpace(s, j)
			}
		}
	}
	return i
}

// monthSpan merges a UN Arabic month pair (نيسان/أبريل, and a page's
// "فبراير \ شباط" with a backslash) into one month.
type monthSpan struct {
	start, end, m int
	// daySlash: a PDF text layer moved the pair's slash before it, "٥ / نيسان أبريل ٢٠١٢"
	// (the day, the slash, the two names with a space between): the day stands before the slash.
	daySlash bool
}

func mergeMonths(s string, months []hit) []monthSpan {
	var out []monthSpan
	for i := 0; i < len(months); i++ {
		h := months[i]
		m := atoi(h.key())
		sp := monthSpan{start: h.start, end: h.end, m: m}
		if i+1 < len(months) {
			j := skipSpace(s, h.end)
			if j < len(s) && (s[j] == '/' || s[j] == '\\') {
				j = skipSpace(s, j+1)
				if nx := months[i+1]; nx.start == j && atoi(nx.key()) == m {
					sp.end = nx.end
					i++
				}
			} else if nx := months[i+1]; nx.start == j && j > h.end && atoi(nx.key()) == m && slashAfterDay(s, h.start) {
				sp.end, sp.daySlash = nx.end, true
				i++
			}
		}
		out = append(out, sp)
	}
	return out
}

func atoi(s string) int {
	n := 0
	for _, c := range []byte(s) {
		if !isDigit(c) {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// find returns every date of the text, in order.
func (g *dateGrammar) find(s, lang string, lines []int, months []hit) []date {
	h := *g
	h.lines, h.ordinalHere, h.dayOnlyHere = lines, g.ordinal[lang], g.dayOnly[lang]
	g = &h
	var out []date
	for _, ms := range mergeMonths(s, months) {
		if d, ok := g.aroundMonth(s, ms); ok {
			out = append(out, d)
		}
	}
	for i := range g.marked {
		out = g.marked[i].find(s, out)
	}
	out = append(out, numericDates(s, g.numericSeps[lang], g.dayFirstWord(lang))...)
	out = append(out, headerShortYearDates(s, lines)...)
	out = append(out, g.shortYearFirstDates(s, lang)...)
	out = append(out, g.stampDates(s)...)
	out = append(out, g.pressCodeDates(s)...)        // date_press_code.go
	out = append(out, g.clockStampDates(s, lang)...) // date_stamp_zh.go
	out = g.withoutHijri(s, lang, out)
	slices.SortFunc(out, func(a, b date) int { return a.start - b.start })
	// Of two dates that overlap, the one that says more stays: "for September
	// 3 September 2019" is 3 September 2019, not September 3.
	var kept []date
	for _, d := range out {
		if n := len(kept); n > 0 && d.start < kept[n-1].end {
			if d.weight() > kept[n-1].weight() {
				kept[n-1] = d
			}
			continue
		}
		kept = append(kept, d)
	}
	return g.splitPluralDays(s, g.joinMonthRanges(s, kept))
}

// weight ranks how much a date says: a year and a day say most.
func (d date) weight() int {
	w := 0
	if d.y != 0 {
		w += 2
	}
	if d.d != 0 {
		w++
	}
	return w
}

func (g *dateGrammar) aroundMonth(s string, ms monthSpan) (date, bool) {
	d := date{start: ms.start, end: ms.end, m: ms.m}
	// Day before the month: "11 April", "28 de marzo", "1er août", "16 апреля".
	i := skipSpaceBack(s, ms.start)
	if ms.daySlash {
		i = skipSpaceBack(s, skipSpaceBack(s, i)-1)
	}
	if i == ms.start && i > 1 && s[i-1] == '/' && isDigit(s[i-2]) {
		i-- // the month between slashes: "01/أكتوبر/2016" (Egyptian sites); "16-Feb-2022" stamps are date_stamp.go's
	}
	i = g.dayFillersBefore(s, g.ordinalCommaBefore(s, skipWordBack(s, i, g.fillers...)))
	if day, ds, ok := g.ordinalDayBefore(s, ms.start); ok {
		// "العاشر من أكتوبر", "الحادي والعشرين من شهر أكتوبر".
		d.d, d.start = day, ds
	} else if day, ds, ok := numberBefore(s, g.beforeOrdinal(s, i), 2); ok && (i < ms.start || gluedDay(s, ms.start)) {
		d.d, d.start = day, ds
		// A range: "25 - 26 تموز/يوليه", "12 و 13 حزيران", "2 au 4 septembre".
		j := skipSpaceBack(s, ds)
		for _, w := range g.rangeWords {
			if strings.HasSuffix(s[:j], w) {
				k := skipSpaceBack(s, j-len(w))
				if k < j-len(w) || !isWordByte(w[0]) {
					if first, fs, ok := numberBefore(s, g.beforeOrdinal(s, k), 2); ok && first < day { // "5th – 9th September"
						d.endDay, d.d, d.start = day, first, fs
					}
				}
				break
			}
		}
	}
	// Year after the month: "April 2003", "marzo de 2007", "2008 года", "أكتوبر/2016".
	j := skipSpace(s, ms.end)
	if j == ms.end && j+1 < len(s) && s[j] == '/' && isDigit(s[j+1]) {
		j++
	}
	if j < len(s) && s[j] == ',' {
		j = skipSpace(s, j+1)
	}
	dayOnly := d.d == 0 && g.dayOnlyMonth(s, ms)
	if dayOnly && s[ms.start] >= 0x80 {
		return d, false // "Сен" alone is a name (date_month_dayonly.go)
	}
	if d.d == 0 && !g.lineBreakIn(ms.end, j) {
		// "April 11, 2003" / "April 11", on one line.
		if day, de, ok := numberAfter(s, j, 2); ok && validDay(0, d.m, day) {
			k := de
			for _, suf := range g.ordinals {
				if strings.HasPrefix(s[k:], suf) {
					k += len(suf)
					break
				}
			}
			if k == len(s) || !isWordByte(s[k]) {
				d.d, d.end = day, k
				if last, le, ok := g.monthFirstLastDay(s, k, day, d.m); ok {
					d.endDay, d.end, k = last, le, le
				}
				j = skipSpace(s, k)
				if j < len(s) && s[j] == ',' {
					j = skipSpace(s, j+1)
				}
			}
		}
	}
	if dayOnly && d.d == 0 {
		return d, false // "Jan Kavan", "Zhang Jun": a Latin short name is a date with a day after it, "Jan 9" (date_month_dayonly.go)
	}
	j = skipWord(s, j, g.fillers...)
	if y, ye, ok := numberAfter(s, j, 4); ok && ye-j == 4 && validYear(y) {
		d.y, d.end = y, ye
	} else if y, ye, ok := yearGluedToTime(s, j); ok {
		d.y, d.end = y, ye
	}
	if d.d == 0 && d.y == 0 {
		return d, false
	}
	if d.d != 0 && !validDay(d.y, d.m, d.d) {
		return d, false
	}
	return d, true
}

// beforeOrdinal is i moved back over an ordinal ending that follows digits: "1er", "20th".
func (g *dateGrammar) beforeOrdinal(s string, i int) int {
	for _, suf := range g.ordinals {
		if strings.HasSuffix(s[:i], suf) && i-len(suf) > 0 && isDigit(s[i-len(suf)-1]) {
			return i - len(suf)
		}
	}
	return i
}

func isWordByte(c byte) bool {
	return c >= 0x80 || isDigit(c) || ('a' <= c && c <= 'z')
}

func (md *markedDates) isNumeral(r rune) bool {
	_, ok := md.digits[r]
	return ok || (r == md.ten && r != 0)
}

// numberBefore reads a number written with ASCII digits or numerals ending at i.
func (md *markedDates) numberBefore(s string, i, maxLen int) (n, start int, ok bool) {
	if v, st, ok := numberBefore(s, i, maxLen); ok {
		return v, st, true
	}
	// Numerals: 十一, 二十九, 二〇〇三.
	var rs []rune
	k := i
	for k > 0 && len(rs) < maxLen+1 {
		r, size := utf8.DecodeLastRuneInString(s[:k])
		if !md.isNumeral(r) {
			break
		}
		rs = append([]rune{r}, rs...)
		k -= size
	}
	if len(rs) == 0 {
		return 0, 0, false
	}
	return md.value(rs), k, true
}

func (md *markedDates) value(rs []rune) int {
	n, cur, sawTen := 0, 0, false
	for _, r := range rs {
		if r == md.ten {
			if cur == 0 {
				cur = 1
			}
			n += cur * 10
			cur, sawTen = 0, true
			continue
		}
		cur = cur*10 + md.digits[r]
	}
	if sawTen {
		return n + cur
	}
	return cur
}

func (md *markedDates) numberAfter(s string, i, maxLen int) (n, end int, ok bool) {
	if v, e, ok := numberAfter(s, i, maxLen); ok {
		return v, e, true
	}
	var rs []rune
	k := i
	for k < len(s) && len(rs) < maxLen+1 {
		r, size := utf8.DecodeRuneInString(s[k:])
		if !md.isNumeral(r) {
			break
		}
		rs = append(rs, r)
		k += size
	}
	if len(rs) == 0 {
		return 0, 0, false
	}
	return md.value(rs), k, true
}

// hasPrefix returns the length of the first of marks that s starts with, or 0.
func hasPrefix(s string, marks []string) int {
	for _, m := range marks {
		if strings.HasPrefix(s, m) {
			return len(m)
		}
	}
	return 0
}

func hasSuffix(s string, marks []string) int {
	for _, m := range marks {
		if strings.HasSuffix(s, m) {
			return len(m)
		}
	}
	return 0
}

// monthRangeEnd is where a range into a later month ends, "9月25日至10月1日"
// read from after its range mark at i: the end of "10月1日" when it is a
// later month's day; else end, the first date's own end. The range is one
// date, its first day (a date holds no end month): the general debate
// "将于9月25日至10月1日舉行" is one meeting, and its last day no date of its own.
func (md *markedDates) monthRangeEnd(s string, i, m, end int) int {
	lm, le, ok := md.numberAfter(s, i, 2)
	if !ok || lm <= m || lm > 12 {
		return end
	}
	n := hasPrefix(s[le:], md.month)
	if n == 0 {
		return end
	}
	if _, de, ok := md.numberAfter(s, le+n, 2); ok {
		if n := hasPrefix(s[de:], md.day); n > 0 {
			return de + n
		}
	}
	return end
}

// find appends to out the dates written with marks: 2003年4月11日, 4月11日, 2003年4月, 9月2日至4日.
func (md *markedDates) find(s string, out []date) []date {
	for _, mark := range md.month {
		for at := range occurrences(s, mark) {
			off := at + len(mark)
			m, ms, ok := md.numberBefore(s, at, 2)
			if !ok || m < 1 || m > 12 {
				continue
			}
			d := date{start: ms, end: off, m: m}
			if n := hasSuffix(s[:ms], md.year); n > 0 {
				if y, ys, ok := md.numberBefore(s, ms-n, 4); ok && validYear(y) {
					d.y, d.start = y, ys
				}
			}
			if day, de, ok := md.numberAfter(s, off, 2); ok {
				if n := hasPrefix(s[de:], md.day); n > 0 {
					d.d, d.end = day, de+n
				}
				if n := hasPrefix(s[d.end:], md.rng); d.d != 0 && n > 0 {
					if last, le, ok := md.numberAfter(s, d.end+n, 2); ok && last > d.d {
						if n := hasPrefix(s[le:], md.day); n > 0 {
							d.endDay, d.end = last, le+n
						}
					}
					if d.endDay == 0 {
						d.end = md.monthRangeEnd(s, d.end+n, d.m, d.end)
					}
				}
			}
			if d.d == 0 && d.y == 0 {
				continue
			}
			if d.d != 0 && !validDay(d.y, d.m, d.d) {
				continue
			}
			out = append(out, d)
		}
	}
	return out
}

// Pages that redistribute UN releases from the United States print their
// stamps month first ("07/22/2025 | Press release | Distributed by Public on
// 07/22/2025 13:36", pubt.io's header over a French release of the
// Secretary-General's remarks). The day-first reading stays the rule
// (date_numeric_order_test.go: "04/12/2002" is 4 December); only a stamp with
// a slash whose second number can be no month (over 12) while its first can
// be one is read month first (below).
//
// numericDates reads day/month/year: 11/04/2003, 2/8/2013 (the UN writes the
// day first), with each of seps ("/" in every language, "." where the
// language's profile says so: 30.10.2019), and year/month/day: 2023/06/08,
// 2023-06-08. word says which bytes may not touch a day-first date.
func numericDates(s, seps string, word func(byte) bool) []date {
	out := yearFirstDates(s, isWordByte)
	if !strings.Contains(seps, "/") {
		seps += "/"
	}
	for _, sep := range []byte(seps) {
		for at := range occurrences(s, string(sep)) {
			day, ds, ok := numberBefore(s, at, 2)
			if !ok || (ds > 0 && (s[ds-1] == '/' || s[ds-1] == '.' || (word(s[ds-1]) && !gluedArabicBefore(s, ds)))) { // date_glued_numeric.go
				continue
			}
			m, me, ok := numberAfter(s, at+1, 2)
			if !ok || me >= len(s) || s[me] != sep {
				continue
			}
			y, ye, ok := numberAfter(s, me+1, 4)
			if ok && sep == '/' && m > 12 && validYear(y) && validDay(y, day, m) {
				day, m = m, day // "07/22/2025", no month 22 (above)
			}
			if !ok || ye-me-1 != 4 || !validYear(y) || !validDay(y, m, day) {
				continue
			}
			if ye < len(s) && (s[ye] == '/' || word(s[ye]) || (s[ye] == sep && ye+1 < len(s) && isDigit(s[ye+1]))) {
				continue
			}
			out = append(out, date{start: ds, end: ye, y: y, m: m, d: day})
		}
	}
	return out
}

// A release's header may print its date with a two-digit year: "21/10/05"
// alone on its line under the title (un.org/press/fr, ECOSOC/6178 of 21
// October 2005), or "Nueva York (Naciones Unidas) 28/10/04 (SPS)" opening a
// news agency's dispatch, the place before it and the agency's tag after it.
// In running text "21/10/05" could be anything, so dd/mm/yy is read only
// there, on one of the first headerLines lines that are not empty; yy over
// shortYearPivot is 19yy, else 20yy.
const (
	headerLines    = 6
	shortYearPivot = 45
	datelinePlace  = 60 // bytes of place before a dateline's date at most
)

// headerShortYearDates reads the dd/mm/yy dates of s's header (above);
// lines holds the offsets where s's lines (past the first) start.
func headerShortYearDates(s string, lines []int) []date {
	var out []date
	for n, start := 0, 0; n < headerLines && start < len(s); n++ {
		end := len(s)
		if n < len(lines) {
			end = lines[n]
		}
		if end > start {
			if d, ok := shortYearOnLine(s, start, len(strings.TrimRight(s[:end], " "))); ok {
				out = append(out, d)
			}
		}
		start = end
	}
	return out
}

// shortYearOnLine reads the line s[start:end] as a header date: dd/mm/yy
// alone, or after a place and before an agency's tag in parentheses.
func shortYearOnLine(s string, start, end int) (date, bool) {
	if end <= start {
		return date{}, false
	}
	at := strings.IndexByte(s[start:end], '/')
	if at < 0 {
		return date{}, false
	}
	at += start
	day, ds, ok := numberBefore(s, at, 2)
	if !ok || ds < start {
		return date{}, false
	}
	m, me, ok := numberAfter(s, at+1, 2)
	if !ok || me >= end || s[me] != '/' {
		return date{}, false
	}
	yy, ye, ok := numberAfter(s, me+1, 2)
	if !ok || ye-me-1 != 2 || ye > end {
		return date{}, false
	}
	y := 2000 + yy
	if yy > shortYearPivot {
		y = 1900 + yy
	}
	if !validDay(y, m, day) {
		return date{}, false
	}
	before, after := s[start:ds], s[ye:end]
	switch {
	case strings.TrimSpace(before) == "" && strings.TrimSpace(after) == "":
	case datelinePlaceBefore(before) && agencyTagAfter(after):
	default:
		return date{}, false
	}
	return date{start: ds, end: ye, y: y, m: m, d: day}, true
}

// datelinePlaceBefore says whether before, the line up to a date, is a
// dateline's place: short, ending in a space, without digits or a sentence's end.
func datelinePlaceBefore(before string) bool {
	return len(before) > 1 && len(before) <= datelinePlace && before[len(before)-1] == ' ' &&
		strings.TrimSpace(before) != "" && !strings.ContainsAny(before, "0123456789.!?;:/")
}

// agencyTagAfter says whether after, the line after a date, opens with an
// agency's tag: " (sps)", letters only in parentheses.
func agencyTagAfter(after string) bool {
	after = strings.TrimPrefix(after, " ")
	if !strings.HasPrefix(after, "(") {
		return false
	}
	k := strings.IndexByte(after, ')')
	if k < 3 {
		return false
	}
	for _, c := range []byte(after[1:k]) {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// ordinalDayBefore reads a day written as an ordinal word before the month
// starting at ms, over the fillers between them: "العاشر من أكتوبر".
func (g *dateGrammar) ordinalDayBefore(s string, ms int) (day, start int, ok bool) {
	ow := g.ordinalHere
	if ow == nil {
		return 0, 0, false
	}
	i := skipSpaceBack(s, ms)
	for range 2 {
		i = skipWordBack(s, i, ow.fillers...)
	}
	if i == ms {
		return 0, 0, false
	}
	for _, o := range ow.days {
		if strings.HasSuffix(s[:i], o.word) {
			j := i - len(o.word)
			if j == 0 || s[j-1] == ' ' && !(ow.definite(o.word) && ow.rankBefore(s, j-1)) {
				return o.day, j, true
			}
		}
	}
	return 0, 0, false
}

// rankBefore says whether the word ending at i makes the ordinal after it a
// rank: a noun with the article that is not a weekday (الأسبوع الأول, the
// first week), where a day follows a preposition or a weekday (في العاشر,
// الأحد العاشر).
func (ow *ordinalWords) rankBefore(s string, i int) bool {
	w := s[:i]
	if k := strings.LastIndexByte(w, ' '); k >= 0 {
		w = w[k+1:]
	}
	for _, a := range ow.articles {
		if strings.HasPrefix(w, a) && len(w) > len(a) {
			return !slices.Contains(ow.weekdays, w)
		}
	}
	return false
}

// withoutHijri drops what was read inside a Hijri date (day, Hijri month,
// year): its numbers are not a Gregorian date. Only numbers matter, so the
// names are looked for beside each number, not over the whole text.
func (g *dateGrammar) withoutHijri(s, lang string, dates []date) []date {
	names := g.hijri[lang]
	if len(names) == 0 || len(dates) == 0 {
		return dates
	}
	var spans [][2]int
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || (i > 0 && isDigit(s[i-1])) {
			continue
		}
		end := i
		for end < len(s) && isDigit(s[end]) {
			end++
		}
		// "10 رمضان 1440": the number, the month after it and the year after that.
		if after := skipSpace(s, end); after > end {
			for _, hm := range names {
				if me := after + len(hm.name); strings.HasPrefix(s[after:], hm.name) && (me == len(s) || !isWordByte(s[me])) {
					sp := [2]int{i, me}
					if _, ye, ok := numberAfter(s, skipSpace(s, me), 4); ok {
						sp[1] = ye
					}
					spans = append(spans, sp)
					break
				}
			}
		}
		// "رمضان 1440": the month before the number.
		if before := skipSpaceBack(s, i); before < i {
			for _, hm := range names {
				if strings.HasSuffix(s[:before], hm.name) {
					spans = append(spans, [2]int{before - len(hm.name), end})
					break
				}
			}
		}
		i = end
	}
	if len(spans) == 0 {
		return dates
	}
	return slices.DeleteFunc(dates, func(d date) bool {
		for _, sp := range spans {
			if d.start < sp[1] && sp[0] < d.end {
				return true
			}
		}
		return false
	})
}

// occurrences yields the offset of every occurrence of sep in s.
func occurrences(s, sep string) iter.Seq[int] {
	if n := len(sep); n >= 3 && sep[n-1]&0xC0 == 0x80 {
		return occurrencesByLast(s, sep)
	}
	return func(yield func(int) bool) {
		for off := 0; off < len(s); {
			k := indexRare(s[off:], sep) // index_rare.go
			if k < 0 || !yield(off+k) {
				return
			}
			off += k + len(sep)
		}
	}
}

// occurrencesByLast is occurrences for a word ending in a continuation byte
// (Han, 本月, 当天): a search for its first byte stops at nearly every
// character of a Chinese text (they share a few lead bytes), its last byte
// is one of 64. The leftmost match is the one that ends first.
func occurrencesByLast(s, sep string) iter.Seq[int] {
	last := sep[len(sep)-1]
	return func(yield func(int) bool) {
		for end := len(sep) - 1; end < len(s); end++ {
			k := strings.IndexByte(s[end:], last)
			if k < 0 {
				return
			}
			end += k
			if start := end + 1 - len(sep); s[start:end+1] == sep {
				if !yield(start) {
					return
				}
				end += len(sep) - 1 // the next match starts after this one
			}
		}
	}
}

// yearFirstDates reads 2023/06/08, 2023-06-08 and 2022/2/16, looking back
// from each separator; word says which bytes may not touch the date.
func yearFirstDates(s string, word func(byte) bool) []date {
	var out []date
	for _, sep := range []string{"/", "-"} {
		for at := range occurrences(s, sep) {
			i := at - 4
			if i < 0 {
				continue
			}
			// A hyphen may join a word (a weekday) to the date, "الإثنين-2024-07-01", not a number.
			joined := i > 1 && s[i-1] == '-' && word(s[i-2]) && !isDigit(s[i-2])
			if i > 0 && (word(s[i-1]) || s[i-1] == '/' || (s[i-1] == '-' && !joined)) {
				continue
			}
			y, ye, ok := numberAfter(s, i, 4)
			if !ok || ye != at || !validYear(y) {
				continue
			}
			// The month and the day may be written with one digit: 2022/2/16 (Arab press).
			m, me, ok := numberAfter(s, at+1, 2)
			if !ok || me >= len(s) || s[me] != sep[0] {
				continue
			}
			day, de, ok := numberAfter(s, me+1, 2)
			if !ok || !validDay(y, m, day) || (de < len(s) && (word(s[de]) || s[de] == '/' || s[de] == '-')) {
				continue
			}
			out = append(out, date{start: i, end: de, y: y, m: m, d: day})
		}
	}
	slices.SortFunc(out, func(a, b date) int { return a.start - b.start })
	return out
}

// slashAfterDay says whether a slash stands before the month name at ms, with
// only spaces around it, and a day's digits before the slash: "٥ / نيسان".
func slashAfterDay(s string, ms int) bool {
	i := skipSpaceBack(s, ms)
	if i == 0 || s[i-1] != '/' {
		return false
	}
	i = skipSpaceBack(s, i-1)
	return i > 0 && isDigit(s[i-1])
}
