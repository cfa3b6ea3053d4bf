package extract

import (
	"sort"
	"strings"
)

// The body States are elected to is not the organ meeting: "Восемнадцать
// стран ... были избраны в среду на три года в Экономический и социальный
// совет ООН" (russian.news.cn, 5 June 2025: the General Assembly's
// election), "Paraguay ... fue electo miembro del Consejo Económico y Social
// (ECOSOC) de las Naciones Unidas ... en una votación celebrada en el marco
// de la 77° Sesión de la Asamblea General" (mre.gov.py, 8 June 2023). An
// election phrase (trigger kind elected-to: "elected to", "élus au",
// "избраны в", "当选", "أعضاء غير دائمين في") names the body elected to in
// the first organ name after it in its clause: within electedWindow bytes,
// with no punctuation between (words may be: "избраны в среду на три года
// в"), and no officer's title (trigger kinds role, speaker-title) between
// or right after it, for an organ elects its own officers ("当选第80届联大主席").
// The organ resolver passes over that organ wherever its sentence names it
// after the phrase ("(ECOSOC)" again), so the meeting goes to the organ
// that votes, named elsewhere in the sentence (the General Assembly); nor
// does the body elected to attend it (recipientOrgan, organ_recipient.go).

// electedWindow is how far after an election phrase the body elected to may open.
const electedWindow = 60

// electedRoleAfter is how far after the organ an officer's title makes the
// election the organ's own ("联大主席": its President).
const electedRoleAfter = 4

// electedOrgan says whether organ mark m names the body an election phrase
// of its sentence elects to.
func (d *doc) electedOrgan(m organMark) bool {
	ts := d.hits.triggers
	ss, _ := d.sentence(m.start)
	k := sort.Search(len(ts), func(k int) bool { return ts[k].start >= ss })
	for _, h := range ts[k:] {
		if h.start >= m.start {
			break
		}
		if h.m.key == "elected-to" && d.electedBody(h) == m.organ {
			return true
		}
	}
	return false
}

// electedBody is the organ named first after election phrase h in its
// clause, "" when none is.
func (d *doc) electedBody(h hit) string {
	marks := d.organMarks()
	k := sort.Search(len(marks), func(k int) bool { return marks[k].start >= h.end })
	if k == len(marks) {
		return ""
	}
	o := marks[k]
	if o.start-h.end > electedWindow {
		return ""
	}
	if _, se := d.sentence(h.start); o.start >= se || strings.ContainsAny(d.t.s[h.end:o.start], ",;:.()«»\"，、。（）،؛") {
		return ""
	}
	// An officer elected is the organ's own ("当选第80届联大主席", gzstv.com,
	// 2 June 2025): that organ holds the election.
	ts := d.hits.triggers
	for k := sort.Search(len(ts), func(k int) bool { return ts[k].start >= h.end }); k < len(ts) && ts[k].start <= o.end+electedRoleAfter; k++ {
		if ts[k].m.key == "role" || ts[k].m.key == "speaker-title" {
			return ""
		}
	}
	return o.organ
}
