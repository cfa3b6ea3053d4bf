package export

import (
	"bytes"
	"context"
	"encoding/json"
	"sort"
	"strings"
	"testing"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/testfacts"
)

func seedStore(t testing.TB) *graph.Store {
	t.Helper()
	s, err := graph.Open(t.TempDir(), graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	res, err := s.Write(context.Background(), append(testfacts.Seeds("seeds"), extraDoc()))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) > 0 || res.Written != 6 {
		t.Fatalf("seed write: %+v", res)
	}
	return s
}

func export(t testing.TB, s *graph.Store, o Options) (string, Stats) {
	t.Helper()
	var b bytes.Buffer
	st, err := Export(context.Background(), s, &b, o)
	if err != nil {
		t.Fatalf("export %+v: %v", o, err)
	}
	return b.String(), st
}

// extraDoc is a French press release that gives parallel edges (describes
// and mentions the same meeting) and a document with an IRI holding a space.
func extraDoc() *extract.Facts {
	return &extract.Facts{
		Doc: extract.Doc{ID: "doc:SC/7722", Path: "seeds/fr.txt", Lang: "fr", Type: "press-release", Date: "2003-04-11", Symbol: "SC/7722"},
		Entities: []extract.Entity{
			{ID: testfacts.Meeting2003, Type: extract.TypeMeeting, Name: "Security Council meeting of 11 April 2003", Date: "2003-04-11",
				Mentions: []extract.Mention{{Text: "séance du 11 avril 2003", Start: 10, End: 35}}},
			{ID: "subject:REGIONAL ORGANIZATIONS", Type: extract.TypeSubject, Name: "REGIONAL ORGANIZATIONS"},
		},
		Relations: []extract.Relation{
			{Subject: "doc:SC/7722", Predicate: "describes", Object: testfacts.Meeting2003, Evidence: extract.Evidence{Start: 10, End: 80, Text: "Le Conseil de sécurité a tenu une séance"}},
			{Subject: "doc:SC/7722", Predicate: "mentions", Object: testfacts.Meeting2003},
			{Subject: "doc:SC/7722", Predicate: "subject", Object: "subject:REGIONAL ORGANIZATIONS"},
		},
	}
}

type cyGraph struct {
	Elements struct {
		Nodes []struct{ Data NodeData } `json:"nodes"`
		Edges []struct{ Data EdgeData } `json:"edges"`
	} `json:"elements"`
}

func cy(t testing.TB, s *graph.Store, o Options) cyGraph {
	t.Helper()
	o.Format = "cyjs"
	out, _ := export(t, s, o)
	var g cyGraph
	if err := json.Unmarshal([]byte(out), &g); err != nil {
		t.Fatalf("cyjs: %v\n%s", err, out)
	}
	return g
}

func TestView(t *testing.T) {
	s := seedStore(t)
	g := cy(t, s, Options{})
	nodes := map[string]NodeData{}
	for _, n := range g.Elements.Nodes {
		nodes[n.Data.ID] = n.Data
	}
	for _, id := range append([]string{testfacts.Meeting2003, testfacts.Meeting2004, testfacts.Doc000, "country:MEX", "org:UNSC",
		"subject:INTERNATIONAL SECURITY"}, testfacts.Attendees2003...) {
		if _, ok := nodes[id]; !ok {
			t.Errorf("node %s missing", id)
		}
	}
	m := nodes[testfacts.Meeting2003]
	if m.Type != "Meeting" || m.Date != "2003-04-11" || m.Color != ColorOf("Meeting") || m.Label == "" {
		t.Errorf("meeting node: %+v", m)
	}
	if au := nodes["org:AU"]; au.Label != "AU" || au.Name != "African Union" || au.Type != "Organization" {
		t.Errorf("org:AU: %+v", au)
	}
	var att *EdgeData
	for i, e := range g.Elements.Edges {
		if _, ok := nodes[e.Data.Source]; !ok {
			t.Errorf("edge %s: no source node", e.Data.ID)
		}
		if _, ok := nodes[e.Data.Target]; !ok {
			t.Errorf("edge %s: no target node", e.Data.ID)
		}
		if e.Data.Source == "org:AU" && e.Data.Target == testfacts.Meeting2003 {
			att = &g.Elements.Edges[i].Data
		}
	}
	if att == nil || att.Predicate != "attended" || att.Count != 2 || strings.Join(att.Documents, " ") != testfacts.Doc001+" "+testfacts.Doc000 {
		t.Errorf("AU attended 2003: %+v", att)
	}
	// Arabic labels.
	g = cy(t, s, Options{Lang: "ar"})
	for _, n := range g.Elements.Nodes {
		if n.Data.ID == "org:AU" && (n.Data.Label != "الاتحاد الأفريقي" || n.Data.Name != "الاتحاد الأفريقي" || n.Data.Lang != "ar") {
			t.Errorf("org:AU in Arabic: %+v", n.Data)
		}
	}
}

func TestFilters(t *testing.T) {
	s := seedStore(t)
	g := cy(t, s, Options{Predicates: []string{"presidedBy"}})
	if len(g.Elements.Edges) != 2 || len(g.Elements.Nodes) != 4 {
		t.Errorf("presidedBy: %d nodes, %d edges, want 4 and 2", len(g.Elements.Nodes), len(g.Elements.Edges))
	}
	g = cy(t, s, Options{Predicates: []string{"attended", "presidedBy"}, From: "2004-01-01", To: "2004-12-31"})
	for _, e := range g.Elements.Edges {
		if e.Data.Date < "2004" || e.Data.Date > "2005" {
			t.Errorf("edge outside 2004: %+v", e.Data)
		}
	}
	if len(g.Elements.Edges) != 2 { // AU attended 2004, 2004 presided by ROU
		t.Errorf("2004 edges: %+v", g.Elements.Edges)
	}
	g = cy(t, s, Options{Around: []string{"org:OAS"}, Depth: 1})
	if len(g.Elements.Nodes) != 2 || len(g.Elements.Edges) != 1 {
		t.Errorf("around OAS depth 1: %+v", g)
	}
	g = cy(t, s, Options{Around: []string{"org:OAS"}, Depth: 2})
	ids := map[string]bool{}
	for _, n := range g.Elements.Nodes {
		ids[n.Data.ID] = true
	}
	if !ids["org:AU"] || !ids["country:MEX"] || !ids[testfacts.Doc000] || ids[testfacts.Meeting2004] {
		t.Errorf("around OAS depth 2: %v", ids)
	}
	_, err := Export(context.Background(), s, &bytes.Buffer{}, Options{Format: "cyjs", Around: []string{"org:NOPE"}})
	if err == nil {
		t.Error("around an unknown id: no error")
	}
	for _, o := range []Options{{Format: "svg"}, {Format: "dot", Lang: "de"}, {Format: "dot", From: "April 2003"}} {
		if err := o.Check(); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}

func TestNQuadsRoundTrip(t *testing.T) {
	s := seedStore(t)
	out, st := export(t, s, Options{Format: "nquads"})
	want := s.QuadStore().(interface{ Size() int64 }).Size()
	if int64(st.Quads) != want || int64(strings.Count(out, "\n")) != want {
		t.Fatalf("exported %d quads (%d lines), store has %d", st.Quads, strings.Count(out, "\n"), want)
	}
	s2, err := graph.Open(t.TempDir(), graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	res, err := LoadNQuads(context.Background(), s2, strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Errors {
		t.Error(e)
	}
	if got := s2.QuadStore().(interface{ Size() int64 }).Size(); got != want || res.Documents != 6 {
		t.Errorf("loaded %d quads, %d documents; want %d quads, 6 documents", got, res.Documents, want)
	}
	problems, err := s2.Verify(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error("verify:", p)
	}
	// Named queries work on the loaded store, names included.
	ids, err := s2.Entities(context.Background(), "الاتحاد الافريقي", "")
	if err != nil || len(ids) != 1 || ids[0] != "org:AU" {
		t.Errorf("search in loaded store: %v %v", ids, err)
	}
	out2, _ := export(t, s2, Options{Format: "nquads"})
	if sortLines(out2) != sortLines(out) {
		t.Error("second export differs from the first")
	}
	// A filtered N-Quads export is a subset with labels.
	sub, _ := export(t, s, Options{Format: "nquads", Around: []string{"org:OAS"}})
	for _, l := range strings.Split(strings.TrimSpace(sub), "\n") {
		if !strings.Contains(out, l+"\n") {
			t.Errorf("filtered quad not in the full export: %s", l)
		}
	}
}

func sortLines(s string) string {
	ls := strings.Split(s, "\n")
	slicesSort(ls)
	return strings.Join(ls, "\n")
}

func slicesSort(s []string) { sort.Strings(s) }
