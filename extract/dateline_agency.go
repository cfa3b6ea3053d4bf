package extract

import "strings"

// agencyDateline says whether the text before a date on its line is the
// opening of an agency dateline that carries the date inside the parentheses:
// "UNITED NATIONS (UrduPoint News / Sputnik - 02nd June, 2021)". The city is
// written in capitals, and the parenthesis is still open where the date starts.
func agencyDateline(before string) bool {
	open := strings.IndexByte(before, '(')
	if open < 3 || strings.IndexByte(before[open:], ')') >= 0 || strings.ContainsAny(before, ".;") {
		return false
	}
	city := strings.TrimSpace(before[:open])
	if titleCity(city) { // "Moscow, (UrduPoint / ...": dateline_agency_city.go
		city = ""
	}
	if !capitalsCity(city) {
		return false
	}
	tail := strings.TrimSpace(before[open+1:])
	return strings.HasSuffix(tail, "-") || strings.HasSuffix(tail, "–") || strings.HasSuffix(tail, ",")
}

// dayWordOnly says whether the text of a line before a date is only a day
// word ("Yesterday, 21 May, ...", "Today, 9 May, ..."): a date so placed is
// the day the word names, not a story's dateline.
func (d *doc) dayWordOnly(ls, start int) bool {
	for _, h := range d.hits.triggers {
		if h.start >= start {
			break
		}
		if h.start < ls || (h.m.key != "today" && h.m.key != "yesterday") {
			continue
		}
		if strings.Trim(d.t.s[ls:h.start], " ") == "" && strings.Trim(d.t.s[h.end:start], " ,") == "" {
			return true
		}
	}
	return false
}

// parenDateline says whether the date is a UN office's dateline that holds
// only the date in its parentheses: "GENEVA (9 December 2016) -", "GENEVA,
// (7 December 2020) –" (OHCHR and UN Geneva releases). The city is written
// in capitals, and a dash follows the closing parenthesis.
func (d *doc) parenDateline(ls int, dt date) bool {
	if !strings.HasSuffix(strings.TrimRight(d.t.s[ls:dt.start], " "), "(") {
		return false // most dates: no copy of the source's text
	}
	before := strings.TrimRight(string(d.text[d.t.orig(ls):d.t.orig(dt.start)]), " ") // the source's capitals
	city, ok := strings.CutSuffix(before, "(")
	if !ok {
		return false
	}
	city = strings.TrimRight(strings.TrimSpace(city), ",")
	if len(city) < 3 || !capitalsCity(city) {
		return false
	}
	after, ok := strings.CutPrefix(strings.TrimLeft(d.t.s[dt.end:], " "), ")")
	if !ok {
		return false
	}
	after = strings.TrimLeft(after, " ")
	return strings.HasPrefix(after, "-") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "—")
}

// colonDateline says whether the date opens the document's first line of
// text and a colon and the story follow it: "25 September 2017: The opening
// weeks of the 72nd session ..." (the IISD SDG Knowledge Hub dates every
// story so). A date so placed is the story's, not a meeting's.
func (d *doc) colonDateline(dt date) bool {
	if !dt.full() || strings.TrimSpace(d.t.s[:dt.start]) != "" {
		return false
	}
	rest, ok := strings.CutPrefix(d.t.s[dt.end:], ": ")
	if !ok {
		return false
	}
	end := strings.IndexByte(rest, '.')
	return end < 0 || len(strings.Fields(rest[:end])) >= 5 // a sentence, not a label ("19 September 2017: Opening")
}

// capitalsCity says whether a dateline's city is written in Latin capitals
// (spaces and hyphens allowed): "UNITED NATIONS", "GENEVA"; "" is.
func capitalsCity(city string) bool {
	for _, r := range city {
		if r != ' ' && r != '-' && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}
