package extract

// letterParties finds, in a letter's opening (its title line), who sends it
// and to whom: "Letter dated ... from the Permanent Representative of Mexico
// to the United Nations addressed to the Secretary-General" gives
// sentBy country:MEX and addressedTo org:UNSG.
func (d *doc) letterParties() {
	if d.facts.Doc.Type != "letter" {
		return
	}
	docID := d.facts.Doc.ID
	for _, h := range d.hits.triggers {
		if h.start > d.headerEnd {
			break
		}
		switch h.m.key {
		case "addressed-to":
			if e, ok := d.entityNear(h.end, 50, true); ok {
				d.relate(docID, PredAddressedTo, e.m.id, h.start, e.end, "letter/addressed-to", "")
			}
		case "sent-by":
			if e, ok := d.entityNear(h.end, 50, true); ok {
				d.relate(docID, PredSentBy, e.m.id, h.start, e.end, "letter/sent-by", "")
			}
		case "sent-by-before":
			if e, ok := d.entityNear(h.start, 30, false); ok {
				d.relate(docID, PredSentBy, e.m.id, e.start, h.end, "letter/sent-by", "")
			}
		}
	}
}

// entityNear is the first organization, country or person named within n
// bytes after i (after=true), or the last one ending within n bytes before i.
func (d *doc) entityNear(i, n int, after bool) (hit, bool) {
	var best hit
	found := false
	for _, e := range d.hits.entities {
		if after && e.start >= i && e.start-i <= n {
			return e, true
		}
		if !after && e.end <= i && i-e.end <= n {
			best, found = e, true
		}
	}
	return best, found
}
