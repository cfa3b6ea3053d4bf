package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/unkg/unkg/rules"
)

// exampleContext is what a real document would supply around an example
// sentence: its date and type.
type exampleContext struct {
	date   date
	typ    string
	record bool   // keep every pattern's furthest point (explain)
	lang   string // the example's language ("" to detect it)
}

// ExampleResult is the outcome of one pattern example.
type ExampleResult struct {
	Example rules.Example
	Missing []string // facts the example lists that were not made
	Extra   []string // facts of a checked predicate that were made but not listed
}

// Failed says whether the example did not hold.
func (r ExampleResult) Failed() bool { return len(r.Missing) > 0 || len(r.Extra) > 0 }

// RunExample runs one example through the whole pipeline as a document of
// its own. preds are the predicates a negative example checks when it names none.
func (x *Extractor) RunExample(ex rules.Example, preds []string) (ExampleResult, error) {
	res := ExampleResult{Example: ex}
	ctx, err := contextOf(ex)
	if err != nil {
		return res, err
	}
	f, err := x.documentWith("example:"+ex.Pos.String(), []byte(ex.Text), &ctx)
	if err != nil {
		return res, fmt.Errorf("%s: %w", ex.Pos, err)
	}
	made := map[string]bool{}
	for _, r := range f.Relations {
		made[factString(f, r)] = true
	}
	if f.Doc.Type != "" && f.Doc.Type != ex.Context["type"] {
		made["doc type "+f.Doc.Type] = true // the document type, as an example states it
	}
	checked := map[string]bool{}
	if ex.Positive {
		for _, fact := range ex.Facts {
			checked[strings.Fields(fact)[1]] = true
			if !made[fact] {
				res.Missing = append(res.Missing, fact)
			}
		}
	} else {
		ps := ex.Preds
		if len(ps) == 0 {
			ps = preds
		}
		for _, p := range ps {
			checked[p] = true
		}
	}
	for fact := range made {
		if checked[strings.Fields(fact)[1]] && !slices.Contains(ex.Facts, fact) {
			res.Extra = append(res.Extra, fact)
		}
	}
	slices.Sort(res.Extra)
	return res, nil
}

// contextOf is the document an example stands for: its date, type and
// language.
func contextOf(ex rules.Example) (exampleContext, error) {
	ctx := exampleContext{typ: ex.Context["type"], lang: ex.Lang}
	if v := ex.Context["date"]; v != "" {
		dt, err := parseISODate(v)
		if err != nil {
			return ctx, fmt.Errorf("%s: %w", ex.Pos, err)
		}
		ctx.date = dt
	}
	if l := ex.Context["lang"]; l != "" {
		ctx.lang = l
	}
	return ctx, nil
}

// factString writes a relation as an example writes it: the document is "doc".
func factString(f *Facts, r Relation) string {
	return docRelative(f, r.Subject) + " " + r.Predicate + " " + docRelative(f, r.Object)
}

// docRelative writes the document's id, and the ids made from it
// (doc#proposal-1), with "doc" for the id.
func docRelative(f *Facts, id string) string {
	if id == f.Doc.ID {
		return "doc"
	}
	if rest, ok := strings.CutPrefix(id, f.Doc.ID+"#"); ok {
		return "doc#" + rest
	}
	return id
}

func (x *Extractor) documentWith(path string, data []byte, ctx *exampleContext) (*Facts, error) {
	d, err := x.extractWith(path, data, ctx)
	if err != nil {
		return nil, err
	}
	defer d.release()
	d.buildFacts()
	return d.facts, nil
}

// applyContext sets the document's date and type from an example's context.
func (d *doc) applyContext() {
	if d.ctx == nil {
		return
	}
	if d.ctx.date.full() && !d.docDate.full() {
		d.docDate = d.ctx.date
		d.facts.Doc.Date = d.docDate.iso()
	}
	if d.ctx.typ != "" {
		d.facts.Doc.Type = d.ctx.typ
	}
}

func parseISODate(s string) (date, error) {
	p := strings.Split(s, "-")
	if len(p) != 3 {
		return date{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	y, e1 := strconv.Atoi(p[0])
	m, e2 := strconv.Atoi(p[1])
	dd, e3 := strconv.Atoi(p[2])
	if e1 != nil || e2 != nil || e3 != nil || m < 1 || m > 12 || dd < 1 || dd > 31 {
		return date{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return date{y: y, m: m, d: dd}, nil
}

// PatternPredicates are the predicates each active pattern makes, by id.
func PatternPredicates(set *rules.Set) map[string][]string {
	out := map[string][]string{}
	for _, p := range set.ActivePatterns() {
		out[p.ID] = p.Predicates()
	}
	return out
}
