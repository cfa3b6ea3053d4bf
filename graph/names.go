package graph

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/unkg/unkg/rules"
)

// Name is one name the rules know for an entity, in one language.
type Name struct {
	ID   string // org:AU, country:FRA, person:kofi-annan
	Lang string // "" when the name holds in every language
	Text string
}

// Names are the names the rules know (gazetteers in the six languages and
// CLDR's country names), so that a query finds "Union africaine" or "UA"
// though no ingested document wrote it, and an export has a label in
// every language.
type Names struct {
	byFold  map[string][]string          // FoldName(text) -> ids, sorted
	label   map[string]map[string]string // id -> lang -> the first name that is not an acronym
	acronym map[string]map[string]string // id -> lang -> the first acronym
}

// NewNames indexes names.
func NewNames(ns []Name) *Names {
	n := &Names{byFold: map[string][]string{}, label: map[string]map[string]string{}, acronym: map[string]map[string]string{}}
	for _, x := range ns {
		f := FoldName(x.Text)
		if f == "" {
			continue
		}
		if ids := n.byFold[f]; !slices.Contains(ids, x.ID) {
			n.byFold[f] = append(ids, x.ID)
			slices.Sort(n.byFold[f])
		}
		m := n.label
		if isAcronym(x.Text) {
			m = n.acronym
		}
		if m[x.ID] == nil {
			m[x.ID] = map[string]string{}
		}
		if _, ok := m[x.ID][x.Lang]; !ok {
			m[x.ID][x.Lang] = CleanLabel(x.Text)
		}
	}
	return n
}

// NamesFromRules collects the names of organizations, countries and
// persons in set, with CLDR's country names in the six languages.
func NamesFromRules(set *rules.Set) *Names {
	var ns []Name
	for _, e := range set.Entries {
		prefix := map[string]string{"org": "org:", "country": "country:", "person": "person:"}[e.Kind]
		switch {
		case prefix != "":
			ns = append(ns, Name{ID: prefix + e.Key, Lang: e.Lang, Text: e.Text})
		case e.Kind == "member":
			region, err := language.ParseRegion(e.Text)
			if err != nil {
				continue // rules.Check reports it
			}
			for _, lang := range rules.Languages {
				if name := display.Regions(language.Make(lang)).Name(region); name != "" {
					ns = append(ns, Name{ID: "country:" + e.Key, Lang: lang, Text: name})
				}
			}
			if len(e.Extra) > 0 { // the English short name
				ns = append(ns, Name{ID: "country:" + e.Key, Lang: "en", Text: e.Extra[0]})
			}
		}
	}
	return NewNames(ns)
}

// Lookup returns the ids that name (compared after FoldName) names.
func (n *Names) Lookup(name string) []string {
	if n == nil {
		return nil
	}
	return n.byFold[FoldName(name)]
}

// Label is the first name of id in lang that the rules give (not an
// acronym), "" for none.
func (n *Names) Label(id, lang string) string {
	if n == nil {
		return ""
	}
	if l := n.label[id][lang]; l != "" {
		return l
	}
	return n.label[id][""]
}

// Acronym is the first acronym of id in lang that the rules give ("UA" for
// org:AU in French), "" for none.
func (n *Names) Acronym(id, lang string) string {
	if n == nil {
		return ""
	}
	return n.acronym[id][lang]
}

// isAcronym says whether a name is an acronym: 2 to 12 characters, no
// space, all capitals of a cased script (digits and "-" allowed).
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r) || r == '-' || r == '/':
		default:
			return false
		}
	}
	return letters >= 2 && len([]rune(s)) <= 12
}

// KnownNames returns the names of the built-in rules, the aliases a query
// accepts beyond the names stored with the graph (a user's --rules names
// reach the store's name index at ingest). Built once: the rules are
// embedded data.
var KnownNames = sync.OnceValue(func() *Names {
	set, err := rules.Builtin()
	if err != nil {
		return NewNames(nil) // the rules tests report a broken rule set
	}
	return NamesFromRules(set)
})

// CleanLabel writes a name for display: spaces collapsed, and none between
// two Han characters (documents space them out: 非洲 联盟 is 非洲联盟).
func CleanLabel(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if !strings.ContainsFunc(s, isHan) {
		return s
	}
	r := []rune(s)
	var b strings.Builder
	for i, c := range r {
		if c == ' ' && i > 0 && i+1 < len(r) && isHan(r[i-1]) && isHan(r[i+1]) {
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

func isHan(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}
