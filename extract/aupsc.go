package extract

import "strings"

// The AU Peace and Security Council's own documents (its communiqués and
// press statements) report the PSC's meetings: "Adopted by the Peace and
// Security Council at its 861st meeting held on 22 July 2019". The gazetteer
// keys the bare "Peace and Security Council" to the UN Security Council
// through the "Security Council" inside it, which is right in UN documents
// that name the Security Council beside an AU body. It is wrong in an AU
// context: a document that names the African Union and its PSC in full, and
// no UN organ at all once the bare PSC is set apart. There the bare name is
// the PSC, and the PSC is the organ of the document's meetings.

// auPSCContext re-keys the bare "Peace and Security Council" to AUPSC and
// sets d.auPSC when the document is in an AU context (see above). A joint
// meeting of the two Councils names the UN Security Council in full and so
// stays a UNSC meeting with the PSC attending.
func (d *doc) auPSCContext() {
	d.auPSC = false
	var psc *meaning
	au := false
	for _, h := range d.hits.entities {
		if h.m.class != clsOrg {
			continue
		}
		switch h.m.key {
		case "AUPSC":
			psc = h.m
		case "AU":
			au = true
		}
	}
	if psc == nil || !au {
		return
	}
	bare := make([]int, 0, 4)
	for i, h := range d.hits.entities {
		if h.m.class != clsOrg || !organs[h.m.key] {
			continue
		}
		if h.m.key != "UNSC" || !d.barePSC(h.start) {
			return // a UN organ named in its own right: a UN document
		}
		bare = append(bare, i)
	}
	for _, i := range bare {
		d.hits.entities[i].m = psc
	}
	d.auPSC = true
}

// barePSC says whether the "Security Council" at normalized offset i is the
// tail of "Peace and Security Council".
func (d *doc) barePSC(i int) bool {
	const head = "peace and "
	return i >= len(head) && strings.EqualFold(d.t.s[i-len(head):i], head)
}

// isOrgan says whether org key names an organ whose meetings the document
// dates: a UN organ, or the PSC in an AU context.
func (d *doc) isOrgan(key string) bool {
	return organs[key] || (d.auPSC && key == "AUPSC")
}

// parentOrg is the organization a non-UN organ belongs to: the AU does not
// attend its own PSC's meeting ("Permanent Representative ... to the African Union").
func parentOrg(organ string) string {
	if organ == "AUPSC" {
		return "AU"
	}
	return ""
}
