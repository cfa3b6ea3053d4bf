package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/unkg/unkg/rules"
)

// Chinese news names States in a run of one-character names: "中俄弃权",
// "中美俄三国", "英法等欧洲成员", "俄乌冲突", "美以对伊朗", "韩朝互信". The
// characters, the words that must follow a run for it to name States (a run
// of two or three characters also starts ordinary words: "法律", "中美洲",
// "以美国为首", "朝中社"), and the pairs that name one State in their
// context ("中非" beside its UN mission) are the language profile's
// country-initial, initial-follower and initial-pair lines (rules/data/lang/zh.tsv).

// countryRuns records the States named by runs of one-character names. A
// pair ("中非") names its one State only in its context: it is China and
// Africa ("中非合作") as often, and then names nothing.
func (d *doc) countryRuns() {
	words := d.words()
	if len(words.initials) == 0 {
		return
	}
	s := d.t.s
	set := &words.initialSet
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf && !set.ascii {
			i++ // no initial is ASCII: no decoding, no lookup
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !set.has(r) { // words.initials has r
			i += n
			continue
		}
		j, ids := i, []string(nil)
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			id, ok := words.initials[r]
			if !ok {
				break
			}
			ids = append(ids, id)
			j += n
		}
		start := i
		i = j
		pair := words.pairAt(s[start:])
		if pair != nil && pairInContext(s, start, start+len(pair.Text), pair) {
			id := "country:" + pair.ID
			d.mention(d.entity(id, TypeCountry, d.x.m.names[id]), start, start+len(pair.Text), "gazetteer/country-initials")
			continue
		}
		if len(ids) < 2 || len(ids) > 5 || hasPrefix(s[j:], words.initialFollowers) == 0 || d.entityOverlaps(start, j) {
			continue
		}
		if pair != nil {
			continue // the pair's two States, or its one out of its context
		}
		at := start
		for _, id := range ids {
			_, n := utf8.DecodeRuneInString(s[at:])
			if id == "" {
				at += n // joins the run, names nothing
				continue
			}
			id = "country:" + id
			name := d.x.m.names[id]
			if name == "" {
				name = s[at : at+n]
			}
			e := d.entity(id, TypeCountry, name)
			d.mention(e, at, at+n, "gazetteer/country-initials")
			at += n
		}
	}
}

// pairAt is the initial pair s opens with, or nil.
func (w *langWords) pairAt(s string) *rules.InitialPair {
	for i := range w.initialPairs {
		if strings.HasPrefix(s, w.initialPairs[i].Text) {
			return &w.initialPairs[i]
		}
	}
	return nil
}

// pairInContext says whether the pair at [a, b) names its one State: in a
// list ("南苏丹、中非、刚果(金)", folded to commas), or beside a word of its
// context ("联合国中非特派团").
func pairInContext(s string, a, b int, p *rules.InitialPair) bool {
	inList := strings.HasSuffix(s[:a], ",") && strings.HasPrefix(s[b:], ",")
	return inList || hasSuffix(s[:a], p.Before) > 0 || hasPrefix(s[b:], p.After) > 0
}
