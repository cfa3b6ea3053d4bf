package extract

import "slices"

// A document recalls only what came before it. A meeting dated after its
// horizon is one it decides on or announces ("décidé que le Sommet du
// millénaire commencerait le 6 septembre 2000" in a resolution of
// 23 March 2000; "Décide que la réunion de haut niveau ... aura lieu le
// jeudi 22 septembre 2011"), so it is described, whatever recall verb
// precedes it or however a resolution's meetings default to references.

// futureNotRecalled turns the references to meetings after the document's
// horizon into descriptions (announced meetings).
func (d *doc) futureNotRecalled() {
	h, ok := d.recallHorizon()
	if !ok {
		return
	}
	for _, mi := range d.meetings {
		if !mi.describes && mi.dt.full() && daysBetween(h, mi.dt) > 0 {
			mi.describes, mi.byDefault = true, false
		}
	}
}

// recallHorizon is the latest day the document can recall: the latest
// meeting a pattern says it describes (a resolution's adoption meeting,
// "95e séance plénière\n22 juin 2011", also where no date line heads it),
// else its own date. A date line that is itself a recalled meeting's day
// is no horizon: the text's opening cites that meeting, it does not date
// the text.
func (d *doc) recallHorizon() (date, bool) {
	if h, ok := d.latestDescribed(); ok {
		return h, true
	}
	if !d.docDate.full() || d.docDate.inferred || !d.datedByHeader() {
		return date{}, false
	}
	for _, mi := range d.meetings {
		if !mi.describes && daysBetween(mi.dt, d.docDate) == 0 {
			return date{}, false
		}
	}
	return d.docDate, true
}

// latestDescribed is the day of the latest meeting a pattern says the
// document describes (not a default's).
func (d *doc) latestDescribed() (date, bool) {
	var h date
	found := false
	for _, mi := range d.meetings {
		if mi.describes && !mi.byDefault && mi.dt.full() && (!found || daysBetween(h, mi.dt) > 0) {
			h, found = mi.dt, true
		}
	}
	return h, found
}

// datedByHeader says whether the document's date is printed as its own: the
// date of a Distr. block, a news dateline, or a date line of the header. The
// first full date of an opening that has none of them may be a cited
// document's ("las declaraciones de su Presidencia de 3 de agosto de 2011"),
// too early to bound what the text recalls.
func (d *doc) datedByHeader() bool {
	k := d.docDateIdx
	if k < 0 {
		return false
	}
	if k == d.distrIdx || slices.Contains(d.datelines, k) {
		return true
	}
	return d.headerDateLine(d.docDate)
}
