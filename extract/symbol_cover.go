package extract

import "strings"

// afterUNName says whether the symbol at i follows the Organization's name at
// the start of its line, as a verbatim record's cover reads once its line
// breaks are lost in a text extraction: "Naciones Unidas S/PV.7407 Consejo de
// Seguridad Provisional ...". The name is the gazetteer's org:UN in any
// language, so the cover's own symbol is not counted as a citation.
func (d *doc) afterUNName(i int) bool {
	return d.afterLineLabel(d.hits.entities, i, 2, func(h hit) bool { return h.m.class == clsOrg && h.m.key == "UN" })
}

// afterPressReleaseWord says whether the symbol at i follows a press release's
// own label at the start of its line: the Security Council's Chinese
// round-ups print "联合国新闻稿  SC/14407  2021年1月11日" (un.org/securitycouncil/zh,
// annual round-up 2020) under their headline, and the symbol there is the
// release's own, not one it cites.
func (d *doc) afterPressReleaseWord(i int) bool {
	return d.afterLineLabel(d.hits.triggers, i, 4, func(h hit) bool { return h.m.key == "doctype:press-release" })
}

// afterLineLabel says whether a hit that is a label opens the line and ends
// at most gap bytes of spaces before i.
func (d *doc) afterLineLabel(hits []hit, i, gap int, label func(hit) bool) bool {
	for _, h := range hits {
		if h.start > i {
			break
		}
		if label(h) && h.end <= i && i-h.end <= gap && strings.TrimSpace(d.t.s[h.end:i]) == "" && d.lineStart(h.start) {
			return true
		}
	}
	return false
}
