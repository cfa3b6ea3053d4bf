package extract

// A bare council phrase ("le Conseil", "au Conseil", trigger kind council)
// that is the opening of the Economic and Social Council's name is no
// Security Council: "Genève, 27 juillet -- Le Conseil économique et social a
// suspendu hier sa session de fond" (ECOSOC/G/5984) holds "Le Conseil", which
// starts before the name and so stood nearer the dateline than it, giving
// the day to the Security Council. The phrase yields to the name it overlaps.
// (A phrase inside the Security Council's or the Human Rights Council's name
// names that organ already: organMarks, bareCouncil.)
func overlapsECOSOC(marks []organMark, h hit) bool {
	for _, m := range marks {
		if m.organ == "ECOSOC" && m.start < h.end && h.start < m.end {
			return true
		}
	}
	return false
}
