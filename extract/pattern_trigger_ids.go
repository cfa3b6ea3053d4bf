package extract

// The pattern runner tells a trigger token by a number, not by its key: a
// trigger's key and family (and a literal's "lit:" key) are numbered once
// when the rules are compiled, each meaning keeps its key's number, its
// tokens a copy (token.kid), and each trigger or literal element the number
// of its class. An element's test is then a comparison of two numbers held
// in the token and the element, where it loaded the token's meaning and
// compared strings.

// noTriggerID is the number of a class no trigger has (an element of a
// kind the rules never write matches no token); keys are numbered below it.
const noTriggerID = 1<<16 - 1

// triggerIDs numbers the triggers' keys from 1 (0: none); family[id] is the
// number of the key's family (0 for none).
type triggerIDs struct {
	ids    map[string]uint16
	family []uint16
}

// id is key's number, numbering it if it has none.
func (t *triggerIDs) id(key string) uint16 {
	if t.ids == nil {
		t.ids, t.family = map[string]uint16{}, []uint16{0}
	}
	if id, ok := t.ids[key]; ok {
		return id
	}
	id := uint16(min(len(t.family), noTriggerID)) // newMatcher refuses rules past the bound
	t.ids[key] = id
	t.family = append(t.family, 0)
	return id
}

// number is the number of a trigger's key, its family's recorded.
func (t *triggerIDs) number(key, family string) uint16 {
	id := t.id(key)
	if family != "" {
		fam := t.id(family)
		t.family[id] = fam
	}
	return id
}

// lookup is key's number, noTriggerID when no trigger has it.
func (t *triggerIDs) lookup(key string) uint16 {
	if id, ok := t.ids[key]; ok {
		return id
	}
	return noTriggerID
}

// numberTriggers gives each trigger and literal element of every program
// the number of its class in ids, and the runner ids' families.
func (ps *patternSet) numberTriggers(ids *triggerIDs) {
	var number func(e *elemTest)
	number = func(e *elemTest) {
		if e == nil {
			return
		}
		switch e.kind {
		case elemTrigger, elemLiteral: // e.class: the key, "lit:" + the phrase for a literal
			e.kid = ids.lookup(e.class)
		}
		for _, a := range e.anyOf {
			number(a)
		}
	}
	for _, c := range ps.all {
		for i := range c.prog.insts {
			in := &c.prog.insts[i]
			number(in.e)
		}
	}
	ps.families = ids.family
}
