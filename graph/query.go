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

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/graph/backend"
)

// reader is one query's view of the graph: a snapshot of unkg's records
// and Cayley's quad store. Close releases the snapshot.
type reader struct {
	st *Store
	qs cgraph.QuadStore
	rd backend.Reader
}

func (s *Store) reader(ctx context.Context) (*reader, error) {
	rd, err := s.be.View(ctx)
	if err != nil {
		return nil, err
	}
	return &reader{st: s, qs: s.be.QuadStore(), rd: rd}, nil
}

func (r *reader) close() { r.rd.Close() }

// names are the rules' names queries accept: the store's options', else the
// built-in rules'.
func (s *Store) names() *Names {
	if s.opts.Names != nil {
		return s.opts.Names
	}
	return KnownNames()
}

// has says whether the graph has node v.
// has says whether the graph holds v. Cayley's SQL store gives every value
// a ref (its hash) whether or not it is stored: NameOf looks it up.
func (r *reader) has(v quad.Value) bool {
	ref := r.qs.ValueOf(v)
	return ref != nil && r.qs.NameOf(ref) != nil
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
	rec, err := r.rd.Get(ctx, backend.DisplayName, []byte(backend.Part(id)))
	if err == nil {
		return string(rec), nil
	} else if !errors.Is(err, backend.ErrNotFound) {
		return "", err
	}
	ref := r.qs.ValueOf(quad.IRI(id))
	if ref == nil {
		return r.st.names().Label(id, "en"), nil
	}
	it := r.qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	var names []quad.Value
	for len(names) < nameScan && it.Next(ctx) {
		q := r.qs.Quad(it.Result())
		if q.Predicate == PredName {
			names = append(names, q.Object)
		}
	}
	if err := it.Err(); err != nil {
		return "", err
	}
	if len(names) == 0 { // a node no document named: the rules' name ("Nigeria")
		return r.st.names().Label(id, "en"), nil
	}
	for _, v := range names {
		if ls, ok := v.(quad.LangString); ok && ls.Lang == "en" {
			return string(ls.Value), nil
		}
	}
	return valueText(names[0]), nil
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
		if !r.has(quad.IRI(arg)) {
			return nil, fmt.Errorf("meeting %s: %w", arg, ErrNotFound)
		}
		return []string{arg}, nil
	}
	if !reDate.MatchString(arg) {
		return nil, fmt.Errorf("%q is neither a meeting id (meeting:UNSC:2003-04-11) nor a date (2003-04-11)", arg)
	}
	es, err := adj(ctx, r.rd, backend.Reverse, PredDate, arg)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range es {
		if strings.HasPrefix(e.Node, "meeting:") {
			out = append(out, e.Node)
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
	r, err := s.reader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.close()
	ms, err := r.meetings(ctx, meeting)
	if err != nil {
		return nil, err
	}
	var out []Attendee
	for _, m := range ms {
		es, err := adj(ctx, r.rd, backend.Reverse, PredAttended, m)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			name, err := r.name(ctx, e.Node)
			if err != nil {
				return nil, err
			}
			out = append(out, Attendee{Meeting: m, ID: e.Node, Type: TypeOfID(e.Node), Name: name, Sources: e.Labels})
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
	r, err := s.reader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.close()
	return r.entities(ctx, arg, prefix)
}

func (r *reader) entities(ctx context.Context, arg, prefix string) ([]string, error) {
	arg = strings.TrimSpace(arg)
	if arg == "" {
		return nil, errors.New("empty name")
	}
	if strings.Contains(arg, ":") && r.has(quad.IRI(arg)) {
		return []string{arg}, nil
	}
	if prefix != "" {
		if id := prefix + strings.ToUpper(arg); r.has(quad.IRI(id)) {
			return []string{id}, nil
		}
	}
	folded := FoldName(arg)
	if folded == "" {
		return nil, fmt.Errorf("%q: %w", arg, ErrNotFound)
	}
	set := map[string]bool{}
	err := r.rd.Scan(ctx, backend.Name, backend.Prefix(folded), func(k, _ []byte) error {
		ps := backend.Split(k)
		if id := ps[len(ps)-1]; strings.HasPrefix(id, prefix) {
			set[id] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, id := range r.st.names().Lookup(arg) { // names the rules know (names.go)
		if strings.HasPrefix(id, prefix) && r.has(quad.IRI(id)) {
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
	r, err := s.reader(ctx)
	if err != nil {
		return nil, err
	}
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
		es, err := adj(ctx, r.rd, backend.Forward, PredAttended, id)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			out = append(out, MeetingAttended{Entity: id, Meeting: e.Node, Date: meetingDate(e.Node), Sources: e.Labels})
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
	r, err := s.reader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.close()
	var ids []string
	if country != "" {
		var err error
		if ids, err = r.entities(ctx, country, "country:"); err != nil {
			return nil, err
		}
	} else {
		var err error
		if ids, err = entitiesOfType(ctx, r.rd, extract.TypeCountry); err != nil {
			return nil, err
		}
	}
	var out []Presidency
	for _, id := range ids {
		es, err := adj(ctx, r.rd, backend.Reverse, PredPresidedBy, id)
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
			out = append(out, Presidency{Country: id, Name: name, Meeting: e.Node, Date: meetingDate(e.Node), Sources: e.Labels})
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
