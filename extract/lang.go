package extract

import (
	"slices"
	"strings"

	"github.com/unkg/unkg/rules"
)

// langInfo is what the extractor reads from the language profiles beyond the
// folder's and the date grammar's part: which languages each script may be,
// and the words that open a UN header's distribution line.
type langInfo struct {
	byScript map[string][]string // script -> languages, in the UN's order
	distr    []string            // folded: "distr"
	agencies []string            // folded news agency names (dateline_agency_paren.go)
}

func newLangInfo(f *folder, profiles []*rules.Profile) langInfo {
	li := langInfo{byScript: map[string][]string{}, agencies: newsAgencies(f, profiles)}
	for _, p := range profiles {
		if p.Script != "" {
			li.byScript[p.Script] = append(li.byScript[p.Script], p.Lang)
		}
		for _, w := range p.Distr {
			if w := f.foldString(w); w != "" && !slices.Contains(li.distr, w) {
				li.distr = append(li.distr, w)
			}
		}
	}
	return li
}

// distrAt is where the header's distribution line ("Distr.: General") opens, or -1.
func (d *doc) distrAt() int {
	head := d.t.s[:d.headerEnd]
	at := -1
	for _, w := range d.x.lang.distr {
		if i := strings.Index(head, w); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}
