package extract

// unnamedOrg says whether e is an organization the text never names: the
// holder a resolver gave a meeting (the AU PSC of a communiqué that writes
// only "the Peace and Security Council", "le CPS"). The corpus lists the
// organizations a document names, so such an entity is left out of the
// facts; the meeting's heldBy relation and organ field keep its id.
func unnamedOrg(e *Entity) bool {
	return e.Type == TypeOrganization && len(e.Mentions) == 0
}
