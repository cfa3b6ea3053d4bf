package extract

// A written statement goes on in the sentence after it: "el secretario
// general de la ONU, António Guterres, urgió hoy en un comunicado «...».
// Guterres advirtió de que ...". The phrase of a statement issued (trigger
// kind "attendance-statement": "en un comunicado", "in a statement",
// "в заявлении") cancels attendance in its clause (pattern
// attendance/statement, all-attendance.tsv), and statementCarry carries that to
// the next clause when it opens with an entity the statement's clause names:
// the speaker still quoted from his statement attends no meeting by it.

// statementCarry adds, to the entities negated per clause, the entity that
// opens the clause after a statement's.
func (d *doc) statementCarry(notOne map[clauseEntity]bool) {
	for i := range d.toks {
		if !d.toks[i].statement { // a trigger attendance-statement (tokens.go)
			continue
		}
		named := map[string]bool{}
		j := i
		for ; j > 0 && d.toks[j].kind != tkBreak; j-- {
		}
		for j++; j < len(d.toks) && d.toks[j].kind != tkBreak; j++ {
			if d.toks[j].kind == tkEntity {
				named[d.toks[j].m.id] = true
			}
		}
		for j < len(d.toks) && d.toks[j].kind == tkBreak {
			j++
		}
		if j < len(d.toks) && d.toks[j].kind == tkEntity && named[d.toks[j].m.id] {
			notOne[clauseEntity{d.toks[j].clause, d.toks[j].m.id}] = true
		}
	}
}
