package extract

import (
	"strings"
)

// Pages whose header prints no date often print it on their last line in
// shapes footerDate's bare date and publishedFooter's "Published DATE, TIME"
// do not cover:
//
//   - the clock time before the date: "16:57, 02.09.2022" (unian.ua);
//   - the issuer after it, a name in capitals: "12 de Febrero de 2013, Misión
//     Permanente Argentina ante las Naciones Unidas" (a mission's press release).
//
// The date must be the document's last, alone on the last line but for those
// words; a line with a sentence's end punctuation in it is a sentence, not a
// stamp. A place before the date alone ("Нью-Йорк, 7 ноября 2023") stays a
// signature's, not a stamp (date_footer_published.go).

// footerStampLine says whether the full date dt, the document's last, closes
// the page in one of those shapes.
func (d *doc) footerStampLine(dt date) bool {
	if !dt.full() || dt.inferred {
		return false
	}
	s := d.t.s
	ls, le := d.line(dt.start)
	if strings.TrimSpace(s[le:]) != "" {
		return false // not the last line
	}
	before := strings.TrimSpace(s[ls:dt.start])
	after := strings.TrimSpace(s[dt.end:le])
	switch {
	case before == "" && after == "":
		return false // footerDate's own case
	case after == "" && clockBefore(before):
		return true
	case before == "" && issuerAfter(after) && d.capitalAfterComma(dt.end):
		return true
	}
	return false
}

// clockBefore: "16:57," or "16:57 |" or "16:57 -" before the date.
func clockBefore(b string) bool {
	b = strings.TrimSpace(strings.TrimRight(b, ",|-– "))
	e, ok := clockAt(b, 0, ":")
	return ok && e == len(b)
}

// issuerAfter: a comma after the date and a name of two to twelve words with
// no sentence punctuation ("misión permanente argentina ante las naciones
// unidas").
func issuerAfter(a string) bool {
	if !strings.HasPrefix(a, ",") {
		return false
	}
	a = strings.TrimSpace(a[1:])
	if strings.ContainsAny(a, ".!?;:\"“”«»()") {
		return false
	}
	w := strings.Fields(a)
	if len(w) < 2 || len(w) > 12 {
		return false
	}
	for _, x := range w {
		if !letterWord(x) {
			return false
		}
	}
	return true
}

// capitalAfterComma says whether the first word after the comma that follows
// position i opens with a capital in the source text, as a name does ("Misión
// Permanente"); a sentence cut off after its date ("12 June 2019, the Council
// adopted") goes on in lower case.
func (d *doc) capitalAfterComma(i int) bool {
	s := d.t.s
	j := strings.IndexByte(s[i:], ',')
	if j < 0 {
		return false
	}
	k := skipSpace(s, i+j+1)
	return k < len(s) && d.upperInSource(k)
}
