package extract

// presidencyOfOtherOrgan says whether a presidency match m names, in its
// clause, an organ whose presidency rotates by the month (the Security
// Council) but not meeting mt's own organ: "In September, the UN Security
// Council is chaired by Ireland", in a story of the General Assembly's
// opening, gives the Council's presidency, not the Assembly's meeting's.
func (d *doc) presidencyOfOtherOrgan(m *match, mt *meetingInfo) bool {
	if monthlyOrgans[mt.organ] {
		return false
	}
	cl := d.toks[m.from].clause
	lo, hi := m.from, m.from
	for lo > 0 && d.toks[lo-1].clause == cl {
		lo--
	}
	for hi+1 < len(d.toks) && d.toks[hi+1].clause == cl {
		hi++
	}
	other := false
	for _, tk := range d.toks[lo : hi+1] {
		if tk.kind != tkEntity || tk.m.class != clsOrg {
			continue
		}
		if tk.m.key == mt.organ {
			return false
		}
		if monthlyOrgans[tk.m.key] {
			other = true
		}
	}
	return other
}
