package extract

// clockStampDates reads two posting stamps of Chinese news pages that no other
// date form reads, each followed by its clock time, in the opening of a text
// of a marked-date language: a two-digit year first, "20-07-03 09:08" (People's
// Daily reposts: 3 July 2020), and a year, a month and a slash, a day,
// "2022 03/ 01 04:33:22" (Xinhua's big5 gateway). The stamp is the page's date,
// which dates the story's days written without their month or year ("本报联合国7月1日电",
// "28日"); as every stamp followed by a clock, it dates no meeting
// (publicationStamp, stampNotMeeting).
func (g *dateGrammar) clockStampDates(s, lang string) []date {
	if g.markedOf(lang) == nil {
		return nil
	}
	lim := min(len(s), stampLineWindow)
	var out []date
	for i := 0; i < lim; i++ {
		if !isDigit(s[i]) || (i > 0 && isASCIIWord(s[i-1])) {
			continue
		}
		if dt, ok := shortYearStamp(s, i); ok {
			out = append(out, dt)
			i = dt.end
			continue
		}
		if dt, ok := slashDayStamp(s, i); ok {
			out = append(out, dt)
			i = dt.end
		}
	}
	return out
}

// shortYearStamp reads "YY-MM-DD hh:mm" at i (two digits each), the year of
// this century.
func shortYearStamp(s string, i int) (date, bool) {
	y, ye, ok := numberAfter(s, i, 2)
	if !ok || ye-i != 2 || ye >= len(s) || s[ye] != '-' {
		return date{}, false
	}
	m, me, ok := numberAfter(s, ye+1, 2)
	if !ok || me-ye-1 != 2 || me >= len(s) || s[me] != '-' {
		return date{}, false
	}
	d, de, ok := numberAfter(s, me+1, 2)
	if !ok || de-me-1 != 2 || !validDay(2000+y, m, d) || !clockFollows(s, de) {
		return date{}, false
	}
	return date{start: i, end: de, y: 2000 + y, m: m, d: d}, true
}

// slashDayStamp reads "YYYY MM/ DD hh:mm" at i.
func slashDayStamp(s string, i int) (date, bool) {
	y, ye, ok := numberAfter(s, i, 4)
	if !ok || ye-i != 4 || !validYear(y) || ye >= len(s) || s[ye] != ' ' {
		return date{}, false
	}
	m, me, ok := numberAfter(s, ye+1, 2)
	if !ok || me >= len(s) || s[me] != '/' {
		return date{}, false
	}
	d, de, ok := numberAfter(s, skipSpace(s, me+1), 2)
	if !ok || !validDay(y, m, d) || !clockFollows(s, de) {
		return date{}, false
	}
	return date{start: i, end: de, y: y, m: m, d: d}, true
}

// clockFollows says whether a space and a clock time "hh:mm" follow at i.
func clockFollows(s string, i int) bool {
	j := skipSpace(s, i)
	_, ok := clockAt(s, j, ":") // clock.go
	return j > i && ok
}
