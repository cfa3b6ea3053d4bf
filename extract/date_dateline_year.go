package extract

// A press release's dateline prints the day without the year ("NEW YORK, 22
// March (UN Headquarters) --"): the year is the release's, from its header
// date, not that of a month named in the headline between them ("...
// IMPLEMENT SEPTEMBER 2000 SUMMIT COMMITMENTS" in SC/7037 of 23 March 2001).
// So is the year of a day a release or a news story writes without one, as
// news style leaves out the current year ("which were expressed in an open
// debate on the issue on 7 March", after "the September 2000 Council
// Summit"), when the nearest year printed before it would put the day over a
// year before the document and the document's own year puts it within weeks
// before it, or months after a report that looks back ("from 3 to 5 October"
// in SC/6987, the 2000 round-up of 12 January 2001) and the year before puts
// it within the year before it, nearer back than the nearest year puts it
// ahead: a story of 2016 retelling 1975 ("on 20 October", "on 6 November")
// keeps 1975, and a release of 2 February 1999 announcing "on 29 April"
// keeps 1999 (ECOSOC/5811).

// A document of early January announcing the month ahead names the end of
// the presidency before it with its year ("qui s'est achevée le 31 décembre
// 2023") and then the days to come without one ("présidera ainsi le 23
// janvier un débat ministériel ouvert", France's page of 3 January 2024):
// the nearest year would put such a day eleven months before the document,
// the document's own year a few weeks after it. In every genre but a
// resolution (whose days without a year are vetoed), a day written without
// its year that the document's year puts within two months after its date,
// while the nearest year printed before it would put it over 300 days away,
// takes the document's year (datelineYear, below). The year before the
// document's is the common case; years back and the year after are others:
// "qu'elle a lancées le 15 septembre 2008 ... Demain, vendredi 14 septembre,
// l'Assemblée générale tiendra ... un Forum de haut niveau" (AG/11280 of 13
// September 2012), "siègeront à l'ECOSOC à partir du 1er
// janvier 2009 ... La prochaine séance plénière de l'Assemblée générale aura
// lieu lundi 27 octobre" (AG/10770 of 22 October 2008): the nearest year
// would put the day years back or a year ahead, the document's own within
// two months ahead.

// datelineYear is the year of dt, a day written without its year, when the
// rule above gives it one; last is the year the nearest date before would give.
func (d *doc) datelineYear(dt date, last int) (int, bool) {
	if dt.y != 0 || dt.d == 0 || !d.docDate.full() {
		return 0, false
	}
	y := d.docDate.y
	if dt.m > d.docDate.m+1 || (dt.m == 12 && d.docDate.m == 1) {
		y-- // "NEW YORK, 30 December" in a release of 2 January
	}
	if !validDay(y, dt.m, dt.d) {
		return 0, false
	}
	if d.isDateline(dt) {
		return y, true
	}
	if last == 0 || last == y {
		return 0, false
	}
	own := daysBetween(date{y: y, m: dt.m, d: dt.d}, d.docDate)     // days before the document
	near := daysBetween(date{y: last, m: dt.m, d: dt.d}, d.docDate) // the same, by the nearest year
	if abs(near) > 300 && own <= 0 && own >= -62 && d.facts.Doc.Type != "resolution" {
		return y, true // a day announced weeks ahead, after a date of another year (above)
	}
	if t := d.facts.Doc.Type; t != "press-release" && t != "news" {
		return 0, false
	}
	switch {
	case near > 372 && own >= 0 && own <= 93: // over a year back, or within weeks
	case near < -62 && own >= 0 && own <= 366 && own <= -near: // months ahead of a report, or within the year, and nearer back than ahead
	default:
		return 0, false
	}
	return y, true
}
