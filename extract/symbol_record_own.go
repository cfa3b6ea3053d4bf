package extract

import "strings"

// recordCoverSpan is how far from its symbol a record's cover prints the
// meeting number: "S/PV.7935 Provisional 7935th meeting", "S/PV.7407 Consejo de
// Seguridad Provisional Septuagésimo año 7407ª sesión".
const recordCoverSpan = 160

// recordOwnSymbol is the symbol of a verbatim record whose cover a mirror has
// flattened into one long line, so that the symbol stands neither at a line's
// start nor on a short line: a record symbol (…/PV.N) near the top whose
// meeting number N is printed again right after it is the record's own.
func (d *doc) recordOwnSymbol() string {
	s := d.t.s
	for _, sy := range d.symbols {
		if sy.start > d.headerEnd {
			break
		}
		k := strings.LastIndex(sy.id, "/PV.")
		if k < 0 {
			continue
		}
		num := sy.id[k+len("/PV."):]
		if i := strings.IndexFunc(num, func(r rune) bool { return r < '0' || r > '9' }); i >= 0 {
			num = num[:i]
		}
		if num == "" {
			continue
		}
		end := min(len(s), sy.end+recordCoverSpan)
		for j := sy.end; j < end; {
			i := strings.Index(s[j:end], num)
			if i < 0 {
				break
			}
			at := j + i
			if (at == 0 || !isDigit(s[at-1])) && (at+len(num) >= len(s) || !isDigit(s[at+len(num)])) {
				return sy.id
			}
			j = at + len(num)
		}
	}
	return ""
}
