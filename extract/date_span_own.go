package extract

import "slices"

// The document's own date (its page stamp, date line or dateline) on the
// first day of a range is the day the story is written, as the range opens:
// "ООН, 23 сен – РИА Новости. ... Дебаты состоятся с 23 по 27 сентября, а
// также 29 сентября" (ria.ru, 23 September 2025) dates the general debate
// from 23 September, not a span around a meeting of the 23rd. A day inside
// the range that the text dates otherwise still makes the range a span
// (date_span.go).

// ownDateAt says whether date j is the document's own date or a dateline.
func (d *doc) ownDateAt(j int) bool {
	return j == d.docDateIdx || slices.Contains(d.datelines, j)
}
