package extract

// A meeting dated inside the span of a visit the text names ("From 19 to 26
// May, the Security Council visited Addis Ababa ... it was held this year ...
// on 21 May", a briefing "by the Security Council mission to Africa (19 to 26
// May 2011)") is one of the mission's meetings, which a briefing on the
// mission reports: it is described, not background to the briefing
// (refs_background.go), as in a briefing that dates nothing else.

// visitWindow is how far, in bytes of normalized text, a visit phrase may
// stand before or after a span to make it a visit's.
const visitWindow = 60

// inVisitSpan says whether dt falls within a visit's span of at least
// minSpanDays days (date_span.go) that the text prints.
func (d *doc) inVisitSpan(dt date) bool {
	for _, sp := range d.dates {
		if !sp.full() || sp.endDay-sp.d+1 < minSpanDays || sp.y != dt.y || sp.m != dt.m || dt.d < sp.d || dt.d > sp.endDay {
			continue
		}
		if d.visitNear(sp) {
			return true
		}
	}
	return false
}

// visitNear says whether a visit phrase ("mission to", "visited") stands
// within visitWindow bytes of the span.
func (d *doc) visitNear(sp date) bool {
	for _, h := range d.hits.triggers {
		if h.m.key != "visit" {
			continue
		}
		if (h.end <= sp.start && sp.start-h.end <= visitWindow) || (h.start >= sp.end && h.start-sp.end <= visitWindow) {
			return true
		}
	}
	return false
}
