package extract

// A year's round-up that prints no date of its own names its year in the
// title ("Consejo de Seguridad 2012: Recapitulación", "Security Council 2007:
// Review") and writes the days of that year without it, after the years of
// what it recalls: "Al retomar la cumbre de septiembre de 2009, durante la
// cual se aprobó la resolución 1887 (2009), ... el Consejo debatió el asunto
// este año el 19 de abril" is 19 April 2012, not 2009 (the nearest year
// printed before it). In a document without a date, a day written without
// its year takes the title's year over an earlier year printed before it; a
// later one stays ("Discussion on the UNSC Resolution 2719(2023)" over "Date |
// 13 June 2024": "Tomorrow (14 June)" is 2024).

// titleYearDays says whether a day written without a year, after a date of
// year last (0: none), takes the title's year.
func (d *doc) titleYearDays(last int) bool {
	return d.titleYear != 0 && !d.docDate.full() && last < d.titleYear
}
