package extract

// A PSC communiqué often names its council only as "the Peace and Security
// Council" or "le Conseil de paix et de sécurité", never "of the African
// Union": the AU is named apart ("Permanent Representative ... to the African
// Union"). Those bare names are trigger phrases of kind "psc". Where the
// document names the AU and no UN organ (auPSCContext), they make the PSC the
// organ of its meetings. The PSC is then no organization mention: the corpus
// lists AUPSC only when it is named in full, so an English bare name, which
// the gazetteer keys to the Security Council inside it, is dropped rather
// than re-keyed.

// firstPSCTrigger is the offset of the first bare PSC name, or -1.
func (d *doc) firstPSCTrigger() int {
	for _, h := range d.hits.triggers {
		if h.m.key == "psc" {
			return h.start
		}
	}
	return -1
}

// dropBarePSC removes the entity hits at indexes bare (in increasing order):
// bare PSC names in an AU context where no full name gives an AUPSC meaning.
func (d *doc) dropBarePSC(bare []int) {
	if len(bare) == 0 {
		return
	}
	kept, k := d.hits.entities[:0], 0
	for i, h := range d.hits.entities {
		if k < len(bare) && bare[k] == i {
			k++
			continue
		}
		kept = append(kept, h)
	}
	d.hits.entities = kept
}

// pscOrganMarks are the bare PSC names as organ marks in an AU context.
func (d *doc) pscOrganMarks(out []organMark) []organMark {
	if !d.auPSC {
		return out
	}
	for _, h := range d.hits.triggers {
		if h.m.key == "psc" {
			out = append(out, organMark{h.start, h.end, "AUPSC"})
		}
	}
	return out
}

// pscAfterDate says whether organ mark m, named after date dt, is to be
// passed over: in a PSC communiqué the meetings it dates are the PSC's
// ("adopted at its 848th meeting held on 9 May 2019"), and a UN organ named
// after the date is the author of a resolution the clause goes on to cite
// ("as well as UN Security Council Resolutions (UNSCRs) 2472", "ainsi que la
// résolution 2472 (2019) du Conseil de sécurité"), not the meeting's organ.
func (d *doc) pscAfterDate(m organMark, dt date) bool {
	return d.auPSC && m.organ != "AUPSC" && m.start >= dt.end
}
