package extract

import (
	"sort"
	"strings"
	"time"
	"unicode"
)

// The Latin-script press writes a day without its month when the month is
// clear: "El Consejo tratará Gaza el 19, Siria el 13 y Libia el 18" under a
// date line of February, "el Consejo de Seguridad, que el pasado día 6
// propuso a Guterres" in a story of 13 October. The profile's
// day-alone-before phrases ("el dia", "el pasado dia") make the number after
// them a day; its day-alone-article words ("el") do so only when one of
// day-alone-break follows the number (", Siria", " y Libia"), since "el 13"
// is also the 13 of something. The day takes the month and year of the day a
// list runs to ("el 30 y el 31 de enero"), else of a date written earlier in
// its sentence ("el 19 de febrero, mientras que el día 13"), else of the
// document's date: the last such day on or before it, or, in a clause to come
// (a day-alone-future word: "tratará", "próximo"), the first on or after it.

// latinDayOnlyDates adds the days alone of a language whose profile lists
// day-alone phrases (dayOnlyDates, date_dayonly.go, reads the marked ones).
func (d *doc) latinDayOnlyDates() {
	w := d.words()
	if len(w.dayAloneBefore)+len(w.dayAloneArticle) == 0 || !d.docDate.full() {
		return
	}
	var add []date
	seen := map[int]bool{}
	for _, list := range []struct {
		phrases []string
		needEnd bool
	}{{w.dayAloneBefore, false}, {w.dayAloneArticle, true}} {
		for _, p := range list.phrases {
			for at := range occurrences(d.t.s, p) {
				dt, ok := d.dayAloneAt(at, p, list.needEnd)
				if ok && !seen[dt.start] {
					seen[dt.start] = true
					add = append(add, dt)
				}
			}
		}
	}
	d.insertDates(add)
}

// dayAloneAt reads the day after the phrase p at at, dated.
func (d *doc) dayAloneAt(at int, p string, needEnd bool) (date, bool) {
	s, w := d.t.s, d.words()
	if at > 0 && isWordByte(s[at-1]) {
		return date{}, false
	}
	i := at + len(p)
	if i >= len(s) || s[i] != ' ' {
		return date{}, false
	}
	i++
	n, j, ok := numberAfter(s, i, 2)
	if !ok || n < 1 || n > 31 {
		return date{}, false
	}
	end := j
	if k := hasPrefix(s[j:], w.dayAloneSuffix); k > 0 {
		end = j + k
	}
	// The number stands alone: not "el 2,5 %", "el 13e", "el 19:00".
	if end < len(s) && (isWordByte(s[end]) || strings.IndexByte(":%/-", s[end]) >= 0 ||
		(strings.IndexByte(".,", s[end]) >= 0 && end+1 < len(s) && isDigit(s[end+1]))) {
		return date{}, false
	}
	if needEnd && !d.dayAloneBreakAt(end) {
		return date{}, false
	}
	if d.dateOverlaps(i, end) {
		return date{}, false // "el día 15 de septiembre": the date is read already
	}
	dt, ok := d.dayAloneMonth(at, n)
	if ld, found := d.listDate(end); found {
		dt, ok = date{y: ld.y, m: ld.m, d: n}, ld.y == 0 || validDay(ld.y, ld.m, n)
	}
	dt.start, dt.end, dt.endDay, dt.inferred = i, end, 0, true
	return dt, ok
}

// dayAloneBreakAt says whether one of the profile's day-alone-break marks
// follows the day ending at i: a mark ("," ";") or a word ("y"), or a line break.
func (d *doc) dayAloneBreakAt(i int) bool {
	k := skipSpace(d.t.s, i)
	return k == len(d.t.s) || d.lineBreakIn(i, k) || d.dayWordAt(k, d.words().dayAloneBreak) > 0
}

// listDate is the date with a month that a list of days starting after the
// number ending at i runs to, past more day numbers, breaks and articles
// ("el 30 y el 31 de enero", "el 2, 3, 4 y 5 de marzo": days of that month).
func (d *doc) listDate(i int) (date, bool) {
	s, w := d.t.s, d.words()
	for j := i; j < len(s); {
		k := skipSpace(s, j)
		if k < len(s) && isDigit(s[k]) {
			if n := sort.Search(len(d.dates), func(n int) bool { return d.dates[n].start >= k }); n < len(d.dates) && d.dates[n].start == k && d.dates[n].m != 0 {
				return d.dates[n], true
			}
			for k < len(s) && isDigit(s[k]) {
				k++
			}
		} else if n := d.dayWordAt(k, w.dayAloneBreak); n > 0 {
			k += n
		} else if n := d.dayWordAt(k, w.dayAloneArticle); n > 0 {
			k += n
		} else {
			return date{}, false
		}
		j = k
	}
	return date{}, false
}

// dayWordAt is the length of the one of words at i that ends on a word
// boundary (a mark, or a whole word: "y", not the "y" of "yemen"), else 0.
func (d *doc) dayWordAt(i int, words []string) int {
	s := d.t.s
	for _, w := range words {
		e := i + len(w)
		if strings.HasPrefix(s[i:], w) && (e == len(s) || !isWordByte(w[len(w)-1]) || !isWordByte(s[e])) {
			return len(w)
		}
	}
	return 0
}

// dayAloneMonth dates day n of the phrase at at: in the month of the last
// date with a month earlier in its sentence, else from the document's date.
func (d *doc) dayAloneMonth(at, n int) (date, bool) {
	ss, _ := d.sentence(at)
	// The dates are in text order: walk back from the phrase, not from the document's end.
	for k := sort.Search(len(d.dates), func(k int) bool { return d.dates[k].start >= at }) - 1; k >= 0; k-- {
		dt := d.dates[k]
		if dt.end <= ss {
			break
		}
		if dt.start >= at || dt.start < ss || k == d.docDateIdx || dt.m == 0 {
			continue
		}
		y := dt.y
		if y != 0 && !validDay(y, dt.m, n) {
			return date{}, false
		}
		return date{y: y, m: dt.m, d: n}, true
	}
	ref := d.docDate
	future := d.dayAloneFuture(ss, at)
	for _, shift := range []int{0, -1, 1} {
		if (shift < 0 && future) || (shift > 0 && !future) {
			continue
		}
		t := time.Date(ref.y, time.Month(ref.m+shift), 1, 12, 0, 0, 0, time.UTC)
		y, m := t.Year(), int(t.Month())
		if !validDay(y, m, n) {
			continue
		}
		if shift == 0 && ((future && n < ref.d) || (!future && n > ref.d)) {
			continue
		}
		return date{y: y, m: m, d: n}, true
	}
	return date{}, false
}

// dayAloneFuture says whether the clause from ss to at is to come: a
// day-alone-future word of the source ("tratará", "-rá": a word ending
// written with its accent), or a future trigger ("prevista para").
func (d *doc) dayAloneFuture(ss, at int) bool {
	ts := d.hits.triggers
	for k := sort.Search(len(ts), func(k int) bool { return ts[k].start >= ss }); k < len(ts) && ts[k].start < at; k++ {
		if h := ts[k]; h.end <= at && h.m.key == "future" {
			return true
		}
	}
	src := strings.ToLower(string(d.text[d.t.orig(ss):d.t.orig(at)]))
	words := strings.FieldsFunc(src, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, f := range d.words().dayAloneFuture {
		for _, wd := range words {
			if ending, ok := strings.CutPrefix(f, "-"); ok {
				if len(wd) > len(ending) && strings.HasSuffix(wd, ending) {
					return true
				}
			} else if wd == f {
				return true
			}
		}
	}
	return false
}
