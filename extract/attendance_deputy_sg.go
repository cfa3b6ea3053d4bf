package extract

import (
	"slices"
	"strings"
)

// The Deputy Secretary-General takes part in a meeting for the Secretary-General
// (corpus README: UNSG attends when the Secretary-General or the Deputy
// Secretary-General takes part in person). The deputy's title is masked
// ("Deputy Secretary-General" holds "Secretary-General"), so it is no org:UNSG
// mention and no entity a pattern's {actor} takes. Its phrases are trigger
// phrases of kind "sg-deputy"; an attendance pattern that captures one
// (X:<sg-deputy>) makes org:UNSG attend, when the title is the UN's: not
// another organization's deputy, named right before it ("NATO Deputy
// Secretary-General", "Arab League Deputy Secretary-General") or after "of"
// ("Deputy Secretary-General of the League of Arab States"). The title is no
// mention of the Secretary-General (the README lists org:UNSG where he is
// named; the deputy's own title names another officer, who attends for him),
// so a document that names only the deputy states org:UNSG's attendance and
// lists no org:UNSG entity (the store still types the node: graph.Quads).

// deputySGAttends says whether the sg-deputy phrase of token tk stands for the
// UN Secretary-General's deputy.
func (d *doc) deputySGAttends(tk token) bool {
	if tk.kind != tkTrigger || tk.m == nil || tk.m.key != "sg-deputy" {
		return false
	}
	return !d.deputyOfOtherOrg(tk.start, tk.end)
}

// deputySGAttend states that org:UNSG attended meeting mt, with the evidence
// [a, b) around the deputy's title.
func (d *doc) deputySGAttend(mt string, a, b int, rule, at string) {
	d.relateAt("org:UNSG", PredAttended, mt, a, b, rule, at, "")
}

// deputyOfOtherOrg says whether the deputy's title at [s, e) belongs to an
// organization other than the UN: one named right before it, or after "of".
func (d *doc) deputyOfOtherOrg(s, e int) bool {
	text := d.t.s
	after := strings.TrimLeft(text[e:], " ")
	ofAt := -1
	for _, w := range d.words().deputyOf {
		if strings.HasPrefix(strings.ToLower(after), w+" ") {
			ofAt = len(text) - len(after)
		}
	}
	for _, h := range d.hits.entities {
		if h.m.class != clsOrg || h.m.key == "UN" {
			continue
		}
		// Right before: only spaces or a possessive between ("NATO Deputy", "the League's").
		if h.end <= s && s-h.end <= 3 {
			gap := strings.TrimSpace(text[h.end:s])
			if gap == "" || slices.Contains(d.words().possessives, strings.ReplaceAll(gap, "’", "'")) {
				return true
			}
		}
		// After "of" ("of the League of Arab States", "of NATO").
		if ofAt >= 0 && h.start >= ofAt && h.start <= ofAt+8 {
			return true
		}
	}
	return false
}
