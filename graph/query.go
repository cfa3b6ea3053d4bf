package graph

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"

	"github.com/unkg/unkg/extract"
)

// edge is a stored quad as node ids.
type edge struct{ s, p, o, l uint64 }

// reader is one query's view of the graph, with a cache of node values.
// Close releases its read transaction.
type reader struct {
	st   *Store
	qs   *ckv.QuadStore
	vals map[uint64]quad.Value
	rtx  hkv.Tx // for unkg's records, opened on first use
}

func (s *Store) reader() *reader {
	return &reader{st: s, qs: s.kqs(), vals: map[uint64]quad.Value{}}
}

// tx is the reader's read-only transaction for unkg's records.
func (r *reader) tx() (hkv.Tx, error) {
	if r.rtx == nil {
		tx, err := r.st.kv.KV.Tx(false)
		if err != nil {
			return nil, err
		}
		r.rtx = tx
	}
	return r.rtx, nil
}

func (r *reader) close() {
	if r.rtx != nil {
		r.rtx.Close()
		r.rtx = nil
	}
}

// id returns the node id of v, or 0 when the graph does not have it.
func (r *reader) id(v quad.Value) uint64 {
	ref := r.qs.ValueOf(v)
	if id, ok := ref.(ckv.Int64Value); ok {
		return uint64(id)
	}
	return 0
}

// edges returns the live quads whose first len(vals) directions in the
// order of ind are vals.
func (r *reader) edges(ctx context.Context, ind ckv.QuadIndex, vals ...quad.Value) ([]edge, error) {
	ids := make([]uint64, len(vals))
	for i, v := range vals {
		if ids[i] = r.id(v); ids[i] == 0 {
			return nil, nil
		}
	}
	it := ckv.NewQuadIterator(r.qs, ind, ids)
	defer it.Close()
	var out []edge
	for it.Next(ctx) {
		p, ok := it.Result().(*proto.Primitive)
		if !ok {
			continue
		}
		out = append(out, edge{p.Subject, p.Predicate, p.Object, p.Label})
	}
	return out, it.Err()
}

// each calls fn with the live quads whose first len(vals) directions in
// the order of ind are vals, until fn returns false.
func (r *reader) each(ctx context.Context, ind ckv.QuadIndex, fn func(edge) bool, vals ...quad.Value) error {
	ids := make([]uint64, len(vals))
	for i, v := range vals {
		if ids[i] = r.id(v); ids[i] == 0 {
			return nil
		}
	}
	it := ckv.NewQuadIterator(r.qs, ind, ids)
	defer it.Close()
	for it.Next(ctx) {
		p, ok := it.Result().(*proto.Primitive)
		if !ok {
			continue
		}
		if !fn(edge{p.Subject, p.Predicate, p.Object, p.Label}) {
			break
		}
	}
	return it.Err()
}

// resolve loads the values of ids into the cache.
func (r *reader) resolve(ctx context.Context, ids ...uint64) error {
	var refs []graph.Ref
	var want []uint64
	seen := map[uint64]bool{}
	for _, id := range ids {
		if _, ok := r.vals[id]; ok || id == 0 || seen[id] {
			continue
		}
		seen[id] = true
		want = append(want, id)
		refs = append(refs, ckv.Int64Value(id))
	}
	if len(refs) == 0 {
		return nil
	}
	vs, err := r.qs.ValuesOf(ctx, refs)
	if err != nil {
		return err
	}
	for i, v := range vs {
		r.vals[want[i]] = v
	}
	return nil
}

// str is the text of a resolved node: an IRI without brackets, a string without quotes.
func (r *reader) str(id uint64) string {
	return valueText(r.vals[id])
}

func valueText(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.IRI:
		return string(v)
	case quad.String:
		return string(v)
	case quad.LangString:
		return string(v.Value)
	default:
		return quad.StringOf(v)
	}
}

func sortedKeys(m map[string]bool) []string { return slices.Sorted(maps.Keys(m)) }

// nameScan bounds the names name reads: an entity that many documents
// name has thousands of name quads.
const nameScan = 64

// name is the display name of an entity: the one recorded at ingest, else
// its first English name among the first nameScan names, else the first.
func (r *reader) name(ctx context.Context, id string) (string, error) {
	tx, err := r.tx()
	if err != nil {
		return "", err
	}
	rec, err := tx.Get(ctx, keyDisplayName(id))
	if err == nil {
		return string(rec), nil
	} else if !errors.Is(err, hkv.ErrNotFound) {
		return "", err
	}
	var objs []uint64
	seen := map[uint64]bool{}
	err = r.each(ctx, IndexSP, func(e edge) bool {
		if !seen[e.o] {
			seen[e.o] = true
			objs = append(objs, e.o)
		}
		return len(seen) < nameScan
	}, quad.IRI(id), PredName)
	if err != nil || len(objs) == 0 {
		return "", err
	}
	if err := r.resolve(ctx, objs...); err != nil {
		return "", err
	}
	for _, o := range objs {
		if ls, ok := r.vals[o].(quad.LangString); ok && ls.Lang == "en" {
			return string(ls.Value), nil
		}
	}
	return r.str(objs[0]), nil
}

// typeOfID infers an entity's type from its canonical id.
// TypeOfID is the entity type a canonical id (SCHEMA.md) names, "" for none.
func TypeOfID(id string) string {
	switch {
	case strings.HasPrefix(id, "org:"):
		return extract.TypeOrganization
	case strings.HasPrefix(id, "country:"):
		return extract.TypeCountry
	case strings.HasPrefix(id, "person:"):
		return extract.TypePerson
	case strings.HasPrefix(id, "meeting:"):
		return extract.TypeMeeting
	case strings.Contains(id, "#proposal-"):
		return extract.TypeProposal
	case strings.HasPrefix(id, "doc:"):
		return extract.TypeDocument
	case strings.HasPrefix(id, "subject:"):
		return extract.TypeSubject
	}
	return ""
}

// meetingDate is the date part of a meeting id (meeting:UNSC:2003-04-11).
func meetingDate(id string) string {
	if i := strings.LastIndexByte(id, ':'); i >= 0 && strings.HasPrefix(id, "meeting:") {
		return id[i+1:]
	}
	return ""
}

var reDate = regexp.MustCompile(`^\d{4}-\d{2}(-\d{2})?$`)

// Attendee is one organization, country or person that attended a meeting.
type Attendee struct {
	Meeting string   `json:"meeting"`
	ID      string   `json:"id"`
	Type    string   `json:"type"`
	Name    string   `json:"name"`
	Sources []string `json:"sources"` // documents that state it
}

// Meetings resolves a meeting argument: a meeting id, or a date (all
// meetings that day).
func (r *reader) meetings(ctx context.Context, arg string) ([]string, error) {
	arg = strings.TrimSpace(arg)
	if strings.HasPrefix(arg, "meeting:") {
		if r.id(quad.IRI(arg)) == 0 {
			return nil, fmt.Errorf("meeting %s: %w", arg, ErrNotFound)
		}
		return []string{arg}, nil
	}
	if !reDate.MatchString(arg) {
		return nil, fmt.Errorf("%q is neither a meeting id (meeting:UNSC:2003-04-11) nor a date (2003-04-11)", arg)
	}
	es, err := r.adj(ctx, 'r', PredDate, arg)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range es {
		if strings.HasPrefix(e.n, "meeting:") {
			out = append(out, e.n)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("meeting on %s: %w", arg, ErrNotFound)
	}
	return out, nil
}

// Attendees answers which organizations (and countries and persons)
// attended a meeting, given as a meeting id or a date.
func (s *Store) Attendees(ctx context.Context, meeting string) ([]Attendee, error) {
	r := s.reader()
	defer r.close()
	ms, err := r.meetings(ctx, meeting)
	if err != nil {
		return nil, err
	}
	var out []Attendee
	for _, m := range ms {
		es, err := r.adj(ctx, 'r', PredAttended, m)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			name, err := r.name(ctx, e.n)
			if err != nil {
				return nil, err
			}
			out = append(out, Attendee{Meeting: m, ID: e.n, Type: TypeOfID(e.n), Name: name, Sources: e.labels})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Meeting != out[j].Meeting {
			return out[i].Meeting < out[j].Meeting
		}
		if out[i].Type != out[j].Type {
			return out[i].Type > out[j].Type // organizations first
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// Entities resolves an argument naming an entity: its id (org:AU), its code
// with the given id prefix (AU with "org:"), or a name in any language
// (compared after FoldName). With prefix set only ids with that prefix match.
func (s *Store) Entities(ctx context.Context, arg, prefix string) ([]string, error) {
	r := s.reader()
	defer r.close()
	return r.entities(ctx, arg, prefix)
}

func (r *reader) entities(ctx context.Context, arg, prefix string) ([]string, error) {
	arg = strings.TrimSpace(arg)
	if arg == "" {
		return nil, errors.New("empty name")
	}
	if strings.Contains(arg, ":") && r.id(quad.IRI(arg)) != 0 {
		return []string{arg}, nil
	}
	if prefix != "" {
		if id := prefix + strings.ToUpper(arg); r.id(quad.IRI(id)) != 0 {
			return []string{id}, nil
		}
	}
	folded := FoldName(arg)
	if folded == "" {
		return nil, fmt.Errorf("%q: %w", arg, ErrNotFound)
	}
	set := map[string]bool{}
	tx, err := r.tx()
	if err != nil {
		return nil, err
	}
	it := tx.Scan(hkv.Key{[]byte("unkg"), []byte("name"), []byte(folded), {}})
	for it.Next(ctx) {
		k := it.Key()
		if len(k) != 4 {
			continue
		}
		if id := string(k[3]); strings.HasPrefix(id, prefix) {
			set[id] = true
		}
	}
	if err := it.Close(); err != nil {
		return nil, err
	}
	for _, id := range KnownNames().Lookup(arg) { // names the rules know (names.go)
		if strings.HasPrefix(id, prefix) && r.id(quad.IRI(id)) != 0 {
			set[id] = true
		}
	}
	if len(set) == 0 {
		return nil, fmt.Errorf("%q: %w", arg, ErrNotFound)
	}
	return sortedKeys(set), nil
}

// MeetingAttended is one meeting an organization (or country or person) attended.
type MeetingAttended struct {
	Entity  string   `json:"entity"`
	Meeting string   `json:"meeting"`
	Date    string   `json:"date"`
	Sources []string `json:"sources"`
}

// Meetings answers which meetings an organization attended; org is an id,
// an acronym, or a name in any language. Rows are ordered by date.
func (s *Store) Meetings(ctx context.Context, org string) ([]MeetingAttended, error) {
	r := s.reader()
	defer r.close()
	ids, err := r.entities(ctx, org, "")
	if err != nil {
		// An acronym first means an organization, then a country.
		var err2 error
		if ids, err2 = r.entities(ctx, org, "org:"); err2 != nil {
			if ids, err2 = r.entities(ctx, org, "country:"); err2 != nil {
				return nil, err
			}
		}
	}
	var out []MeetingAttended
	for _, id := range ids {
		es, err := r.adj(ctx, 'f', PredAttended, id)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			out = append(out, MeetingAttended{Entity: id, Meeting: e.n, Date: meetingDate(e.n), Sources: e.labels})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		if out[i].Meeting != out[j].Meeting {
			return out[i].Meeting < out[j].Meeting
		}
		return out[i].Entity < out[j].Entity
	})
	return out, nil
}

// Presidency is one meeting presided by a country.
type Presidency struct {
	Country string   `json:"country"`
	Name    string   `json:"name"`
	Meeting string   `json:"meeting"`
	Date    string   `json:"date"`
	Sources []string `json:"sources"`
}

// Presidencies answers who presided which meetings: of one country (code,
// id or name) or, with country "", of all countries.
func (s *Store) Presidencies(ctx context.Context, country string) ([]Presidency, error) {
	r := s.reader()
	defer r.close()
	var ids []string
	if country != "" {
		var err error
		if ids, err = r.entities(ctx, country, "country:"); err != nil {
			return nil, err
		}
	} else {
		es, err := r.edges(ctx, IndexOPS, quad.String(extract.TypeCountry), PredType)
		if err != nil {
			return nil, err
		}
		set := map[uint64]bool{}
		var subj []uint64
		for _, e := range es {
			if !set[e.s] {
				set[e.s] = true
				subj = append(subj, e.s)
			}
		}
		if err := r.resolve(ctx, subj...); err != nil {
			return nil, err
		}
		for _, id := range subj {
			ids = append(ids, r.str(id))
		}
	}
	var out []Presidency
	for _, id := range ids {
		es, err := r.adj(ctx, 'r', PredPresidedBy, id)
		if err != nil {
			return nil, err
		}
		if len(es) == 0 {
			continue
		}
		name, err := r.name(ctx, id)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			out = append(out, Presidency{Country: id, Name: name, Meeting: e.n, Date: meetingDate(e.n), Sources: e.labels})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		return out[i].Meeting < out[j].Meeting
	})
	return out, nil
}
