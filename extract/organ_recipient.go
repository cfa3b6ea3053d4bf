package extract

import (
	"sort"
	"strings"
)

// An organ that a report is made to is not the organ meeting: "The Security
// Council adopted its annual report to the General Assembly today" (SC/14896),
// "اعتمد مجلس الأمن الدولي ... مسودة التقرير السنوي ... الموجه للجمعية العامة"
// (goud.ma). The organ resolver passes over an organ named right after a
// recipient phrase (trigger kind recipient: "report to the", "الموجه",
// "المقدم إلى"), so the organ that adopts it, named further from the date,
// holds the meeting; nor does the recipient attend it.

// recipientOrgan says whether organ mark m stands right after a recipient
// phrase, with nothing but spaces between, or names the body a State is
// elected to (electedOrgan, organ_elected.go).
func (d *doc) recipientOrgan(m organMark) bool {
	if d.electedOrgan(m) {
		return true
	}
	ts := d.hits.triggers
	k := sort.Search(len(ts), func(k int) bool { return ts[k].start >= m.start-40 })
	for _, h := range ts[k:] {
		if h.start >= m.start {
			break
		}
		if h.m.key == "recipient" && h.end <= m.start && strings.TrimSpace(d.t.s[h.end:m.start]) == "" {
			return true
		}
	}
	return false
}
