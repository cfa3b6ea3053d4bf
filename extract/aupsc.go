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
// sets d.auPSC when the document is in an AU context: it names the AU and
// the PSC in full, and either no UN organ (once the bare PSC is set apart),
// or the first organ it names is the PSC at a numbered meeting ("The Peace
// and Security Council of the African Union (AU), at its 628th meeting"),
// its communiqué's opening, before any UN organ it goes on to name. A joint
// meeting of the two Councils ("... and the members of the United Nations
// Security Council held their nineteenth Annual Joint Consultative Meeting")
// numbers no meeting in digits, so it stays a UNSC meeting with the PSC attending.
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
	firstTrig := d.firstPSCTrigger()
	if !au || psc == nil && firstTrig < 0 {
		return
	}
	bare := make([]int, 0, 4)
	first, un := firstTrig, -1 // the first PSC mention, and the first UN organ's
	pscs, uns := 0, 0          // the PSC's names in full, and the UN organs'
	for i, h := range d.hits.entities {
		if h.m.class != clsOrg || !organs[h.m.key] && h.m.key != "AUPSC" {
			continue
		}
		switch {
		case h.m.key == "AUPSC":
			pscs++
		case h.m.key == "UNSC" && d.barePSC(h.start):
			bare = append(bare, i)
		default:
			uns++
			if un < 0 {
				un = h.start
			}
			continue
		}
		if first < 0 || h.start < first {
			first = h.start
		}
	}
	if un >= 0 && (first < 0 || first > un || !d.numberedMeetingAfter(first, un)) && !d.pscLeads(first, un, pscs, uns) {
		return // a UN document that names the PSC
	}
	if psc == nil {
		d.dropBarePSC(bare) // aupsc_bare.go
	}
	for _, i := range bare {
		if psc == nil {
			break
		}
		d.hits.entities[i].m = psc
	}
	d.auPSC = true
}

// numberedMeetingAfter says whether a meeting number with digits ("628th
// meeting", "911ème réunion") follows offset i in its sentence, before offset stop.
func (d *doc) numberedMeetingAfter(i, stop int) bool {
	_, se := d.sentence(i)
	for _, h := range d.hits.triggers {
		if h.m.key == "meeting-number" && h.start > i && h.start < se && h.start < stop {
			return true
		}
	}
	return false
}

// barePSC says whether the "Security Council" at normalized offset i is the
// tail of "Peace and Security Council".
func (d *doc) barePSC(i int) bool {
	for _, w := range d.words().pscBefore {
		head := w + " "
		if i >= len(head) && strings.EqualFold(d.t.s[i-len(head):i], head) {
			return true
		}
	}
	return false
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

// pscLeads says whether a document that names the PSC first, at first,
// before the first UN organ, at un, is the PSC's all the same: no UN organ
// stands in the sentence that first names the PSC (as in a joint meeting's),
// and it names the PSC in full (pscs times) more often than all the UN organs
// together (uns) (the PSC's programme of work, which names the Peacebuilding
// Commission it will consult: "ويستضيف المجلس أيضاً الاجتماع التشاوري السنوي
// الثامن مع لجنة بناء السلام التابعة للأمم المتحدة").
func (d *doc) pscLeads(first, un, pscs, uns int) bool {
	if first < 0 || first > un || pscs <= uns {
		return false
	}
	_, se := d.sentence(first)
	return un >= se
}
