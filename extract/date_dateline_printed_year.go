package extract

import (
	"strings"
	"unicode/utf8"
)

// A yearless dateline in a story that prints no full date at all ("Naciones
// Unidas, 27 may. El Consejo de Seguridad dedica este miércoles un debate
// abierto ...", Prensa Latina; "Naciones Unidas, 4 ene.- ... en la primera
// sesión de ese órgano en el 2012") has no day to be told around
// (yearlessDateline), and the story kept no date: its "hoy" and "este
// miércoles" dated no meeting. The years the text prints on their
// own still place it: a story is written in the latest year it names or the
// year after ("más de 20 mil civiles fueron ... heridos en 2019", a report on
// the year before). Of those two, the one that makes the dateline the weekday
// its sentence names wins; with no weekday, the latest year named. A year in
// a range ("2013-2014", "2024-2026"), in parentheses ("1718 (2006)", a
// resolution's) or in a symbol is another period's or document's, and does
// not count. The normalized text writes every dash as "-". The store's own
// month line (" date 2021-09" over "Bakou, 22 septembre, AZERTAC") comes
// before them all: it is the page's year.

// printedYearAnchor is the latest year the text prints on its own, or 0.
func (d *doc) printedYearAnchor() int {
	s := d.t.s
	if y, _, ok := storeMonthLine(s); ok {
		return y // the store's own month line (" date 2020-07") dates the page
	}
	best := 0
	for i := 0; i+4 <= len(s); i++ {
		if !isDigit(s[i]) || (i > 0 && isWordByte(s[i-1])) {
			continue
		}
		y, e, ok := numberAfter(s, i, 4)
		if !ok || e-i != 4 || !validYear(y) || (e < len(s) && isWordByte(s[e])) {
			continue
		}
		if !yearOnItsOwn(s, i, e) {
			i = e
			continue
		}
		if ne := d.rangeToYear(e); ne > 0 {
			i = ne // "2007年至2016年", "2013 to 2014": a period, both ends
			continue
		}
		best = max(best, y)
		i = e
	}
	return best
}

// yearOnItsOwn says whether the year at s[i:e] is neither in parentheses, a
// symbol or a number's part ("(2006)", "S/2019/97", "1.2019"), a resolution's
// number ("2087 (2013)"), nor one end of a range ("2013-2014").
func yearOnItsOwn(s string, i, e int) bool {
	j := skipSpaceBack(s, i)
	if j > 0 && (s[j-1] == '(' || s[j-1] == '/' || s[j-1] == '.') {
		return false
	}
	if j > 0 && s[j-1] == '-' {
		if b := skipSpaceBack(s, j-1); b > 0 && isDigit(s[b-1]) {
			return false
		}
	}
	k := skipSpace(s, e)
	if k < len(s) && (s[k] == ')' || s[k] == '/') {
		return false
	}
	if k+1 < len(s) && s[k] == '(' && isDigit(s[k+1]) {
		return false // a resolution's number: "2087 (2013)"
	}
	if k < len(s) && s[k] == '-' {
		if a := skipSpace(s, k+1); a < len(s) && isDigit(s[a]) {
			return false
		}
	}
	return true
}

// yearFromPrintedYears gives the yearless dateline dt a year from the years
// the text prints, when no full date anchors it: the latest year Y or Y+1, the
// one whose day dt falls on the weekday its sentence names, else Y.
func (d *doc) yearFromPrintedYears(dt date) int {
	y := d.printedYearAnchor()
	if y == 0 {
		return 0
	}
	wd := d.datelineWeekdayPastAbbrev(dt)
	if wd == 0 {
		if validDay(y, dt.m, dt.d) {
			return y
		}
		return 0
	}
	for _, c := range []int{y, y + 1} {
		if validDay(c, dt.m, dt.d) && weekdayOf(c, dt.m, dt.d) == wd {
			return c
		}
	}
	return 0
}

// datelineWeekdayPastAbbrev is datelineWeekday, reading past the period of an
// abbreviated month and the dash that close the dateline ("27 may. El
// Consejo ...", "4 ene.- Guatemala ...").
func (d *doc) datelineWeekdayPastAbbrev(dt date) int {
	s := d.t.s
	e := dt.end
	if e < len(s) && s[e] == '.' {
		e++
	}
	for e < len(s) && (s[e] == '-' || s[e] == ' ') {
		e++
	}
	return d.datelineWeekday(date{start: dt.start, end: e})
}

// undatedTextYear is the year a day written without one takes in a document
// with no date of its own, no title year and no date printed with its year
// before the day: the latest year the text prints on its own
// (printedYearAnchor), when the text prints no full date at all ("28 сентября"
// in a story on "саммите ООН 2015 года"; "В пятницу, 6 мая" under a stamp
// "Май 06 / 23:21 2022"). A text that prints a full date anywhere leaves its
// earlier yearless days to the rules that read that date. 0 when none.
func (d *doc) undatedTextYear() int {
	for _, o := range d.dates {
		if o.y != 0 && o.d != 0 && !o.inferred {
			return 0
		}
	}
	return d.printedYearAnchor()
}

// rangeToYear: when the year ending at e is joined by a range word of the
// date grammar (trigger kind range: "to", "al", "по", "至") to another year
// ("2007年至2016年", "de 2013 al 2014"), the end of that second year, else 0.
// A glued year mark ("年") may follow each year.
func (d *doc) rangeToYear(e int) int {
	s := d.t.s
	j := skipYearMark(s, e)
	j = skipSpace(s, j)
	for _, w := range d.x.dates.rangeWords {
		if !strings.HasPrefix(s[j:], w) {
			continue
		}
		k := skipSpace(s, j+len(w))
		if _, ke, ok := numberAfter(s, k, 4); ok && ke-k == 4 && (ke == len(s) || !asciiLetterOrDigit(s[ke])) {
			return skipYearMark(s, ke)
		}
	}
	return 0
}

// skipYearMark steps over one non-ASCII character glued after a number (the
// year mark of Chinese dates, "年").
func skipYearMark(s string, i int) int {
	if i < len(s) && s[i] >= 0x80 {
		_, n := utf8.DecodeRuneInString(s[i:])
		return i + n
	}
	return i
}

func asciiLetterOrDigit(c byte) bool {
	return isDigit(c) || ('a' <= c && c <= 'z')
}

// storeMonthLine reads the store's date line "date YYYY-MM" opening the text,
// when it gives the month only (a full " date YYYY-MM-DD" is a date the
// header reads).
func storeMonthLine(s string) (int, int, bool) {
	i := skipSpace(s, 0)
	if !strings.HasPrefix(s[i:], "date ") {
		return 0, 0, false
	}
	i += len("date ")
	y, ye, ok := numberAfter(s, i, 4)
	if !ok || ye-i != 4 || !validYear(y) || ye >= len(s) || s[ye] != '-' {
		return 0, 0, false
	}
	m, me, ok := numberAfter(s, ye+1, 2)
	if !ok || me-ye-1 != 2 || m < 1 || m > 12 {
		return 0, 0, false
	}
	if me < len(s) && (s[me] == '-' || isDigit(s[me])) {
		return 0, 0, false
	}
	return y, m, true
}
