package extract

// notPresided collects the countries a notpresided(X) action names, per
// clause: "خلفا لنيوزلندا", "succeeding New Zealand" name the outgoing
// presidency beside the incoming one, and the presidency phrase would
// otherwise take the nearest country.
func (d *doc) notPresided() map[clauseEntity]bool {
	out := map[clauseEntity]bool{}
	for _, m := range d.matches {
		for _, a := range m.c.p.Emit {
			if a.Name != "notpresided" {
				continue
			}
			cl := d.toks[m.from].clause
			for _, t := range m.tokensOf(a.Args[0]) {
				if d.toks[t].kind == tkEntity {
					out[clauseEntity{cl, d.toks[t].m.id}] = true
				}
			}
		}
	}
	return out
}
