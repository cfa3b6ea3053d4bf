package extract

// dayFillersBefore is i moved back over the words a language puts between an
// ordinal day and the month ("من", "شهر": "العاشر من شهر أكتوبر") when they
// follow a day written in digits: "18 من شهر أكتوبر 2024", "3 من يناير". A
// longer number ("القرار 2334 من") is no day, and i stays.
func (g *dateGrammar) dayFillersBefore(s string, i int) int {
	ow := g.ordinalHere
	if ow == nil || len(ow.fillers) == 0 {
		return i
	}
	j := i
	for range 2 {
		j = skipWordBack(s, j, ow.fillers...)
	}
	if j == i {
		return i
	}
	if _, _, ok := numberBefore(s, j, 2); !ok {
		return i
	}
	return j
}
