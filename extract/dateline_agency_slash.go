package extract

import "strings"

// agencySlashAfterDate says whether a date near the start of its line (at ls)
// is followed by a news agency's name between slashes, as WAM writes its
// dateline: "أبوظبي في 14 مايو / وام / أكد ...", "أبوظبي في الأول من ديسمبر/
// وام/ قال ...". Such a date is the story's, as agencyAfterDate's "(شينخوا)";
// a sentence end before the date on its line means the date is inside a
// sentence, not a dateline.
func (d *doc) agencySlashAfterDate(ls int, dt date) bool {
	s := d.t.s
	if len(d.x.lang.agencies) == 0 || strings.ContainsAny(s[ls:dt.start], ".;!?؟،") {
		return false
	}
	j := skipSpace(s, dt.end)
	if j >= len(s) || s[j] != '/' {
		return false
	}
	j = skipSpace(s, j+1)
	for _, a := range d.x.lang.agencies {
		if strings.HasPrefix(s[j:], a) {
			if k := skipSpace(s, j+len(a)); k < len(s) && s[k] == '/' {
				return true
			}
		}
	}
	return false
}
