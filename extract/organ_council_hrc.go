package extract

import (
	"slices"
	"sort"
)

// bareCouncil resolves a bare "the Council" (trigger kind council: "the
// Council", "le Conseil", "el Consejo", "Совет", "المجلس") in a document that
// names the Human Rights Council. The UN press and the agencies name the HRC
// in full once ("The Human Rights Council this morning opened its
// thirty-ninth regular session") and then write "the Council" for it ("the
// Council will hear ...", "وسيعقد المجلس", "El Consejo iniciará así su 52do.
// periodo"): such a "Council" is the Council named last before it, the HRC
// or the Security Council; one named before either is the HRC when the
// document names the HRC more often than the Security Council. The
// Economic and Social Council's releases write the same way ("Le Conseil
// économique et social ... tiendra sa session de fond", then "Le 5 juillet,
// le Conseil tiendra le Forum", ECOSOC/6272), so the ECOSOC is one of the
// councils a bare "Council" can name. A document that names neither the
// HRC nor the ECOSOC keeps every bare "Council" the Security Council's.

// councilsNamed are the organs a document names, in text order, with how
// often it names the HRC and the Security Council.
type councilsNamed struct {
	marks             []organMark
	hrc, unsc, ecosoc int
}

// newCouncilsNamed counts the named organs marks; nil when none is the HRC.
func newCouncilsNamed(marks []organMark) *councilsNamed {
	c := &councilsNamed{}
	for _, m := range marks {
		switch m.organ {
		case "HRC":
			c.hrc++
		case "UNSC":
			c.unsc++
		case "ECOSOC":
			c.ecosoc++
		}
	}
	if c.hrc == 0 && c.ecosoc == 0 {
		return nil
	}
	c.marks = slices.Clone(marks)
	slices.SortFunc(c.marks, func(a, b organMark) int { return a.start - b.start })
	return c
}

// bareCouncil is the organ of the bare council phrase h.
func (c *councilsNamed) bareCouncil(h hit) string {
	marks := c.marks
	// A name the phrase overlaps is its own: "El Consejo de Derechos
	// Humanos" holds "El Consejo", "Совет по правам человека" "Совет".
	k := sort.Search(len(marks), func(k int) bool { return marks[k].start >= h.end })
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if m := marks[j]; m.end > h.start && isCouncil(m.organ) {
			return m.organ
		}
	}
	// Else the last UNSC or HRC name before the phrase.
	k = sort.Search(len(marks), func(k int) bool { return marks[k].start > h.start })
	for k--; k >= 0; k-- {
		if o := marks[k].organ; isCouncil(o) {
			return o
		}
	}
	switch {
	case c.hrc > c.unsc && c.hrc >= c.ecosoc:
		return "HRC"
	case c.ecosoc > c.unsc:
		return "ECOSOC"
	}
	return "UNSC"
}

// isCouncil says whether a UN organ is one a bare "the Council" can name.
func isCouncil(organ string) bool {
	return organ == "HRC" || organ == "UNSC" || organ == "ECOSOC"
}
