package extract

// A meeting a text names twice, once plainly ("au débat ouvert du 7 mars 2001", where no pattern says more than
// meeting(D)) and once in a clause a pattern reads as a recall ("rappelle ... ainsi que le débat ouvert qu'il a
// consacré le 7 mars 2001"), is recalled: the plain mention's describes is only the default of isReference, and
// the pattern's references(D) of the other mention says more. A pattern's describes(D) of any mention still wins
// (mi.byDefault is false then).
func (d *doc) patternRecallWins() {
	for _, mi := range d.meetings {
		if mi.describes && mi.byDefault && mi.patRef {
			mi.describes, mi.byDefault = false, false
		}
	}
}
