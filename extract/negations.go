package extract

// negated collects what the actions named name cancel, per clause: the
// entities of their capture, and the clauses where the capture is "*"
// (every entity).
func (d *doc) negated(name string) (one map[clauseEntity]bool, all map[int]bool) {
	one, all = map[clauseEntity]bool{}, map[int]bool{}
	for _, m := range d.matches {
		for _, a := range m.c.p.Emit {
			if a.Name != name {
				continue
			}
			if name == "notattended" && m.c.group == topicGroup {
				continue // negation_topic.go: the topic mention only
			}
			cl := d.toks[m.from].clause
			if a.Args[0] == "*" {
				all[cl] = true
				continue
			}
			for _, t := range m.tokensOf(a.Args[0]) {
				if d.toks[t].kind == tkEntity {
					one[clauseEntity{cl, d.toks[t].m.id}] = true
				}
			}
		}
	}
	return one, all
}
