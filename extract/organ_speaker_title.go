package extract

import "sort"

// An organ named in the title of one who speaks at a Human Rights Council
// session is not the organ meeting: "تتخللها مداخلات لكل من الأمين العام
// للأمم المتحدة ... ورئيس الجمعية العامة للأمم المتحدة، فيليمون يانغ"
// (jomti.com: the HRC's 58th session opens on Monday), "En la apertura
// intervendrán ... el Presidente de la Asamblea General". In a document that
// names the HRC, the organ resolver passes over an organ inside or right
// after a speaker-title phrase (trigger kind speaker-title: "President of
// the General Assembly", "رئيس الجمعية العامة"), so the session's own organ,
// named further from the date, or the document's, holds the meeting; nor
// does such a title count towards the document's organ (defaultOrgan). A
// document naming no HRC keeps the Assembly's President's Assembly.
func (d *doc) speakerTitleOrgan(m organMark) bool {
	if d.organMarks(); m.organ == "HRC" || !d.namesHRC {
		return false
	}
	ts := d.hits.triggers
	k := sort.Search(len(ts), func(k int) bool { return ts[k].start >= m.start-80 })
	for _, h := range ts[k:] {
		if h.start > m.start {
			break
		}
		if h.m.key == "speaker-title" && h.end > m.start {
			return true
		}
	}
	return false
}
