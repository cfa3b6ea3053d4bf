package extract

import (
	"slices"
	"strings"

	"github.com/unkg/unkg/rules"
)

// newsAgencies are the profiles' news-agency names, folded as the text is.
func newsAgencies(f *folder, profiles []*rules.Profile) []string {
	var out []string
	for _, p := range profiles {
		for _, w := range p.NewsAgencies {
			if w := f.foldString(w); w != "" && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// agencyAfterDate says whether a date near the start of its line (at ls) is
// followed by a news agency's name in parentheses, as Arabic agencies write
// their dateline with no comma: "الأمم المتحدة 4 يونيو 2025 (شينخوا)",
// "نيويورك 2 كانون الأول (بترا) -". Such a date is the story's, whatever stamp
// a site printed above it; a sentence end before the date on its line means
// the date is inside a sentence, not a dateline.
func (d *doc) agencyAfterDate(ls int, dt date) bool {
	return d.agencyBetweenAfterDate(ls, dt, '(', ')')
}

// agencyBetweenAfterDate says whether the date at dt, near the start of its
// line (at ls) with no sentence end before it there, is followed by a news
// agency's name between the marks open and close.
func (d *doc) agencyBetweenAfterDate(ls int, dt date, open, close byte) bool {
	s := d.t.s
	if len(d.x.lang.agencies) == 0 || strings.ContainsAny(s[ls:dt.start], ".;!?؟،") {
		return false
	}
	j := skipSpace(s, dt.end)
	if j >= len(s) || s[j] != open {
		return false
	}
	j = skipSpace(s, j+1)
	for _, a := range d.x.lang.agencies {
		if strings.HasPrefix(s[j:], a) {
			if k := skipSpace(s, j+len(a)); k < len(s) && s[k] == close {
				return true
			}
		}
	}
	return false
}
