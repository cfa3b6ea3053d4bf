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
// document names the HRC more often than the Security Council. A document
// that names no HRC keeps every bare "Council" the Security Council's.

// councilsNamed are the organs a document names, in text order, with how
// often it names the HRC and the Security Council.
type councilsNamed struct {
	marks     []organMark
	hrc, unsc int
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
		}
	}
	if c.hrc == 0 {
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
		if m := marks[j]; m.end > h.start && (m.organ == "HRC" || m.organ == "UNSC") {
			return m.organ
		}
	}
	// Else the last UNSC or HRC name before the phrase.
	k = sort.Search(len(marks), func(k int) bool { return marks[k].start > h.start })
	for k--; k >= 0; k-- {
		if o := marks[k].organ; o == "HRC" || o == "UNSC" {
			return o
		}
	}
	if c.hrc > c.unsc {
		return "HRC"
	}
	return "UNSC"
}
