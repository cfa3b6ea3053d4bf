package extract

import "strings"

// afterUNName says whether the symbol at i follows the Organization's name at
// the start of its line, as a verbatim record's cover reads once its line
// breaks are lost in a text extraction: "Naciones Unidas S/PV.7407 Consejo de
// Seguridad Provisional ...". The name is the gazetteer's org:UN in any
// language, so the cover's own symbol is not counted as a citation.
func (d *doc) afterUNName(i int) bool {
	for _, h := range d.hits.entities {
		if h.start > i {
			break
		}
		if h.m.class == clsOrg && h.m.key == "UN" && h.end <= i && i-h.end <= 2 &&
			strings.TrimSpace(d.t.s[h.end:i]) == "" && d.lineStart(h.start) {
			return true
		}
	}
	return false
}
