package export

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/graph"
)

// LineError is a line of N-Quads that does not parse. The document of its
// label (when the line shows one) is refused whole.
type LineError struct {
	Line  int
	Label string
	Err   error
}

func (e *LineError) Error() string {
	msg := e.Err.Error()
	if len(msg) > 200 {
		msg = msg[:200] + "..."
	}
	if e.Label != "" {
		return fmt.Sprintf("line %d: %s (document %s refused)", e.Line, msg, e.Label)
	}
	return fmt.Sprintf("line %d: %s", e.Line, msg)
}

func (e *LineError) Unwrap() error { return e.Err }

// reLabel finds the label of a statement that does not parse: its last IRI
// before the final dot.
var reLabel = regexp.MustCompile(`<([^<>]*)>\s*\.\s*$`)

func lineLabel(line []byte) string {
	m := reLabel.FindSubmatch(line)
	if m == nil || len(bytes.Fields(line)) < 4 {
		return ""
	}
	return string(m[1])
}

// LoadResult counts what LoadNQuads did.
type LoadResult struct {
	Quads     int // quads read
	Documents int // labels (document ids) read
	graph.WriteResult
	// Errors are the documents that were not loaded, and why; the others were.
	Errors []error
}

// LoadNQuads loads N-Quads (as `unkg export --format nquads` writes them)
// into a store, as they are: the quads of each label (document id) become
// one document of the store, written with the store's own write path so
// that its records, name index and counts agree with the quads (the store's
// Verify passes). The facts of a document are rebuilt from its quads
// (evidence offsets are not in the quads, so they are zero); a label whose
// quads are not what unkg writes for some facts is refused with its reason
// and the others go on. The quads are held in memory, grouped by label,
// until the input ends. The error return is for unreadable input or a
// failure of the store.
func LoadNQuads(ctx context.Context, s *graph.Store, r io.Reader) (LoadResult, error) {
	groups, order, res, err := readNQuads(r)
	if err != nil {
		return res, err
	}
	return res, loadGroups(ctx, s, groups, order, &res)
}

// readNQuads reads N-Quads grouped by label, in the order labels first
// appear; the labels of lines that do not parse are left out (refused).
func readNQuads(r io.Reader) (map[string][]quad.Quad, []string, LoadResult, error) {
	var res LoadResult
	br := bufio.NewReader(r)
	groups := map[string][]quad.Quad{}
	refused := map[string]bool{} // labels with a bad line: refused whole
	var order []string
	for line := 1; ; line++ {
		b, rerr := br.ReadBytes('\n')
		if rerr != nil && rerr != io.EOF {
			return nil, nil, res, fmt.Errorf("n-quads line %d: %w", line, rerr)
		}
		if t := bytes.TrimSpace(b); len(t) > 0 && t[0] != '#' {
			q, err := nquads.Parse(string(t))
			if err != nil {
				l := lineLabel(t)
				if l != "" && !refused[l] {
					refused[l] = true
					if _, ok := groups[l]; !ok {
						order = append(order, l)
					}
				}
				res.Errors = append(res.Errors, &LineError{Line: line, Label: l, Err: err})
			} else if q.IsValid() {
				res.Quads++
				q.Subject, q.Predicate, q.Object = unescapeIRI(q.Subject), unescapeIRI(q.Predicate), unescapeIRI(q.Object)
				if q.Label != nil {
					q.Label = unescapeIRI(q.Label)
				}
				l := ""
				if q.Label != nil {
					l = text(q.Label)
				}
				if _, ok := groups[l]; !ok && !refused[l] {
					order = append(order, l)
				}
				groups[l] = append(groups[l], q)
			}
		}
		if rerr == io.EOF {
			break
		}
	}
	order = slices.DeleteFunc(order, func(l string) bool { return refused[l] })
	res.Documents = len(order)
	return groups, order, res, nil
}

// loadGroups writes the documents of the labels in order.
func loadGroups(ctx context.Context, s *graph.Store, groups map[string][]quad.Quad, order []string, res *LoadResult) error {
	var batch []*extract.Facts
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		wr, err := s.Write(ctx, batch)
		batch = batch[:0]
		for _, e := range wr.Errors {
			res.Errors = append(res.Errors, e)
		}
		wr.Errors = nil // kept in res.Errors, with the documents refused before writing
		res.WriteResult.Add(wr)
		return err
	}
	for _, l := range order {
		fs, err := RebuildFacts(l, groups[l])
		delete(groups, l)
		if err != nil {
			res.Errors = append(res.Errors, err)
			continue
		}
		batch = append(batch, fs...)
		if len(batch) >= 512 {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

// Add adds the counts and errors of o to r.
func (r *LoadResult) Add(o LoadResult) {
	r.Quads += o.Quads
	r.Documents += o.Documents
	r.WriteResult.Add(o.WriteResult)
	r.Errors = append(r.Errors, o.Errors...)
}

// docAttr are the predicates of a document's own attributes.
var docAttr = map[quad.IRI]bool{graph.PredPath: true, graph.PredLang: true, graph.PredDocType: true,
	graph.PredDate: true, graph.PredSymbol: true, graph.PredSHA256: true, graph.PredOriginalLang: true,
	graph.PredTitle: true, graph.PredType: true}

// RebuildFacts returns facts whose quads (graph.Quads, united over the
// files) are exactly qs, the quads labelled label: one Facts per file of
// the document (one per <path>, as language versions share an id).
func RebuildFacts(label string, qs []quad.Quad) ([]*extract.Facts, error) {
	fail := func(format string, a ...any) error {
		return fmt.Errorf("document %s: %s", label, fmt.Sprintf(format, a...))
	}
	if label == "" {
		return nil, fail("%d quads without a label: unkg keeps every fact with the document that states it", len(qs))
	}
	doc := quad.IRI(label)
	// The document's own attributes, values in order of appearance.
	attrs := map[quad.IRI][]quad.Value{}
	var rest []quad.Quad
	for _, q := range qs {
		p, ok := q.Predicate.(quad.IRI)
		if !ok {
			return nil, fail("predicate %v is not an IRI", q.Predicate)
		}
		if q.Subject == quad.Value(doc) && docAttr[p] {
			if p == graph.PredType && q.Object == quad.Value(quad.String(graph.TypeDocument)) {
				continue // every file states it
			}
			if p == graph.PredDate || p == graph.PredType {
				rest = append(rest, q) // may also be an entity's: placed below
			}
			if p != graph.PredType {
				attrs[p] = append(attrs[p], q.Object)
			}
			continue
		}
		rest = append(rest, q)
	}
	n := max(1, len(attrs[graph.PredPath]))
	files := make([]*extract.Facts, n)
	for i := range files {
		f := &extract.Facts{Doc: extract.Doc{ID: label}}
		pick := func(p quad.IRI) string {
			vs := attrs[p]
			if len(vs) == 0 {
				return ""
			}
			return text(vs[min(i, len(vs)-1)])
		}
		f.Doc.Path = pick(graph.PredPath)
		f.Doc.Lang = pick(graph.PredLang)
		f.Doc.Type = pick(graph.PredDocType)
		f.Doc.Date = pick(graph.PredDate)
		f.Doc.Symbol = pick(graph.PredSymbol)
		f.Doc.SHA256 = pick(graph.PredSHA256)
		f.Doc.OriginalLang = pick(graph.PredOriginalLang)
		files[i] = f
	}
	for _, p := range []quad.IRI{graph.PredLang, graph.PredDocType, graph.PredDate, graph.PredSymbol, graph.PredSHA256, graph.PredOriginalLang} {
		if len(attrs[p]) > n {
			return nil, fail("%d values of <%s> for %d files", len(attrs[p]), p, n)
		}
	}
	// fileFor finds the file whose language is that of a text value.
	fileFor := func(v quad.Value) (*extract.Facts, bool) {
		lang := ""
		if ls, ok := v.(quad.LangString); ok {
			lang = ls.Lang
		} else if _, ok := v.(quad.String); !ok {
			return nil, false
		}
		for _, f := range files {
			if f.Doc.Lang == lang {
				return f, true
			}
		}
		return nil, false
	}
	for _, t := range attrs[graph.PredTitle] {
		f, ok := fileFor(t)
		if !ok || f.Doc.Title != "" {
			return nil, fail("title %v does not fit its files' languages", t)
		}
		f.Doc.Title = text(t)
	}

	// put sets a field of an entity of f: on an entry where it is free, else on a new entry.
	put := func(f *extract.Facts, id string, set func(e *extract.Entity) bool) {
		for i := range f.Entities {
			if f.Entities[i].ID == id && set(&f.Entities[i]) {
				return
			}
		}
		f.Entities = append(f.Entities, extract.Entity{ID: id})
		set(&f.Entities[len(f.Entities)-1])
	}
	str := func(field *string, v string) bool {
		if *field != "" {
			return false
		}
		*field = v
		return true
	}
	datesPlaced := map[string]bool{}
	for _, q := range rest {
		s, ok := q.Subject.(quad.IRI)
		if !ok {
			return nil, fail("subject %v is not an IRI", q.Subject)
		}
		id := string(s)
		p := q.Predicate.(quad.IRI)
		v := text(q.Object)
		_, objIRI := q.Object.(quad.IRI)
		_, objStr := q.Object.(quad.String)
		switch {
		case p == graph.PredType && objStr:
			put(files[0], id, func(e *extract.Entity) bool { return str(&e.Type, v) })
		case p == graph.PredName:
			if f, ok := fileFor(q.Object); ok {
				put(f, id, func(e *extract.Entity) bool { e.Mentions = append(e.Mentions, extract.Mention{Text: v}); return true })
			} else if ls, ok := q.Object.(quad.LangString); ok && ls.Lang == "en" && graph.IsLatin(v) {
				put(files[0], id, func(e *extract.Entity) bool { return str(&e.Name, v) })
			} else {
				return nil, fail("name %v of %s does not fit its files' languages", q.Object, id)
			}
		case p == graph.PredDate && objStr:
			if id == label {
				// The document's date, unless an entity entry of the
				// document itself states another one.
				if datesPlaced[v] || containsText(attrs[graph.PredDate], v) {
					datesPlaced[v] = true
					continue
				}
			}
			put(files[0], id, func(e *extract.Entity) bool { return str(&e.Date, v) })
		case p == graph.PredEndDate && objStr:
			put(files[0], id, func(e *extract.Entity) bool { return str(&e.EndDate, v) })
		case p == graph.PredNumber && objStr:
			put(files[0], id, func(e *extract.Entity) bool { return str(&e.Number, v) })
		case p == graph.PredOrgan && objIRI:
			put(files[0], id, func(e *extract.Entity) bool { return str(&e.Organ, v) })
		case p == graph.PredCountry && objIRI:
			put(files[0], id, func(e *extract.Entity) bool { return str(&e.Country, v) })
		case p == graph.PredTopic || p == graph.PredRole:
			f, ok := fileFor(q.Object)
			if !ok {
				return nil, fail("<%s> %v of %s does not fit its files' languages", p, q.Object, id)
			}
			put(f, id, func(e *extract.Entity) bool {
				if p == graph.PredTopic {
					return str(&e.Topic, v)
				}
				return str(&e.Role, v)
			})
		case !attrPreds[string(p)] && objIRI:
			files[0].Relations = append(files[0].Relations, extract.Relation{Subject: id, Predicate: string(p), Object: v})
		default:
			return nil, fail("quad <%s> <%s> %v is not one unkg writes", id, p, q.Object)
		}
	}
	// Check: the rebuilt facts give back exactly qs.
	want := map[quad.Quad]struct{}{}
	for _, q := range qs {
		want[q] = struct{}{}
	}
	got := map[quad.Quad]struct{}{}
	for _, f := range files {
		fq, err := graph.Quads(f)
		if err != nil {
			return nil, fail("%v", err)
		}
		for _, q := range fq {
			got[q] = struct{}{}
		}
	}
	var diff []string
	for q := range want {
		if _, ok := got[q]; !ok {
			diff = append(diff, "missing "+q.NQuad())
		}
	}
	for q := range got {
		if _, ok := want[q]; !ok {
			diff = append(diff, "extra "+q.NQuad())
		}
	}
	if len(diff) > 0 {
		sort.Strings(diff)
		return nil, fail("its quads cannot be stored as they are (%d differences; %s)", len(diff), diff[0])
	}
	return files, nil
}

func containsText(vs []quad.Value, s string) bool {
	for _, v := range vs {
		if text(v) == s {
			return true
		}
	}
	return false
}
