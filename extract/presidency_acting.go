package extract

// actingPresidedBy(M, C) is presidedBy(M, C) said by the line a verbatim
// record prints under its cover's "President: Mr. A (Qatar)" when a
// Vice-President chairs the meeting: "In the absence of the President,
// Mr. X (Togo), Vice-President, took the Chair." (en), "En l'absence du
// Président, M. X (Libéria), Vice-Président, assume la présidence." (fr),
// and their es, ru, zh and ar forms (acting-presidency/* in
// rules/data/pattern/LANG-presidency.tsv). The meeting's presidency is the
// Vice-President's country, not the absent President's: every presidency of
// M stated before the line (the cover's) is withdrawn, and C stays. A
// presidency stated after the line is left alone (the pattern language
// cancels a presidency in its own clause only, notpresided; the cover line
// is another clause).

// actingPresidency records that C presides over meeting id in place of the
// presidencies stated before offset at.
type actingPresidency struct {
	at      int
	country string
}

// noteActing records an actingPresidedBy fact of meeting id.
func (n *negations) noteActing(id string, at int, country string) {
	if n.acting == nil {
		n.acting = map[string][]actingPresidency{}
	}
	n.acting[id] = append(n.acting[id], actingPresidency{at, country})
}

// withdrawAbsentPresidents drops every presidedBy of a meeting with an
// acting presidency whose evidence starts before the acting line and whose
// country is none of the acting ones.
func (d *doc) withdrawAbsentPresidents(acting map[string][]actingPresidency) {
	if len(acting) == 0 {
		return
	}
	kept := d.rels[:0]
	for _, r := range d.rels {
		if r.Predicate == PredPresidedBy && d.replacedPresidency(r, acting[r.Subject]) {
			continue // the key stays in relSeen: no later pass states it again
		}
		kept = append(kept, r)
	}
	d.rels = kept // relSeen is read for its keys only: the kept ones need no new index
}

// replacedPresidency says whether presidency r comes before an acting line
// of its meeting and names another country than every acting line.
func (d *doc) replacedPresidency(r Relation, acts []actingPresidency) bool {
	if len(acts) == 0 {
		return false
	}
	before := false
	for _, a := range acts {
		if a.country == r.Object {
			return false
		}
		if r.Evidence.Start < a.at {
			before = true
		}
	}
	return before
}
