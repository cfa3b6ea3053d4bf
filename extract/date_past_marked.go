package extract

import "strings"

// pastMarkedYears dates the days a story marks as past with a word beside
// them, from the document's own date rather than the last year printed:
// "le 17 novembre dernier", "el pasado 3 de diciembre", "20 ديسمبر الماضي"
// (trigger kind past-date: the latest such day on or before the document's
// date, so in a January story the December before), and "3 декабря прошлого
// года", "去年12月3日" (kind last-year: the year before the document's). A
// year printed with the day is kept. It runs after inferYears.
func (d *doc) pastMarkedYears() {
	ref := d.docDate
	if !ref.full() {
		return
	}
	for _, kind := range [...]string{"past-date", "last-year"} {
		for _, h := range d.triggers(kind) {
			k := d.dateBeside(h)
			if k < 0 || k == d.docDateIdx {
				continue
			}
			// Only a year taken from the document's date moves: a year
			// printed nearer in the text ("del 23 de diciembre de 2015 al
			// 14 de enero de 2016 ... el pasado 5 de enero") is the text's own.
			dt := &d.dates[k]
			if !dt.inferred || dt.d == 0 || dt.y != ref.y {
				continue
			}
			after := dt.m > ref.m || dt.m == ref.m && dt.d > ref.d
			if (kind == "last-year" || after) && validDay(ref.y-1, dt.m, dt.d) {
				dt.y = ref.y - 1
			}
		}
	}
}

// dateBeside is the index of the date that ends right before the phrase h or
// starts right after it, with only spaces, commas and a weekday between ("el
// pasado martes 5 de enero"), else -1.
func (d *doc) dateBeside(h hit) int {
	for k := range d.dates {
		dt := d.dates[k]
		switch {
		case dt.end <= h.start && d.onlyGlue(dt.end, h.start):
			return k
		case dt.start >= h.end && d.onlyGlue(h.end, dt.start):
			return k
		}
	}
	return -1
}

func (d *doc) onlyGlue(a, b int) bool {
	if b-a > 40 {
		return false
	}
	s := d.t.s
	for i := a; i < b; i++ {
		if s[i] == ' ' || s[i] == ',' {
			continue
		}
		if end := d.weekdayAt(i); end > i && end <= b {
			i = end - 1
			continue
		}
		return false
	}
	return true
}

// weekdayAt is the end of a weekday phrase that starts at i, else 0.
func (d *doc) weekdayAt(i int) int {
	for _, h := range d.hits.triggers {
		if h.start == i && strings.HasPrefix(h.m.key, "weekday:") {
			return h.end
		}
	}
	return 0
}
