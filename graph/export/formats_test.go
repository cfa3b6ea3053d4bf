package export

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/bench"
	"github.com/unkg/unkg/graph/synth"
	"github.com/unkg/unkg/graph/testfacts"
)

const networkxSpells = `
import json, sys
import networkx as nx
g = nx.read_gexf(sys.argv[1])
out = {"mode": g.graph.get("mode"), "nodes": {}}
for n, d in g.nodes(data=True):
    out["nodes"][n] = {"spells": d.get("spells", []), "size": d.get("viz", {}).get("size"),
                       "type": d.get("type"), "label": d.get("label"), "degree": d.get("degree", 0)}
json.dump(out, sys.stdout, ensure_ascii=False)
`

// networkx reads GEXF in dynamic mode with a spell for each meeting's date
// and each dated document's, and node sizes growing with the degree.
func TestGEXFSpellsInNetworkX(t *testing.T) {
	py := need(t, "python3", "python3")
	if out, err := exec.Command(py, "-c", "import networkx").CombinedOutput(); err != nil {
		t.Skipf("networkx: %v %s", err, out)
	}
	var got struct {
		Mode  string
		Nodes map[string]struct {
			Spells [][]string
			Size   float64
			Type   string
			Label  string
			Degree int
		}
	}
	if err := json.Unmarshal([]byte(run(t, py, "-c", networkxSpells, writeExport(t, Options{Format: "gexf"}))), &got); err != nil {
		t.Fatal(err)
	}
	if got.Mode != "dynamic" {
		t.Errorf("mode %q, want dynamic", got.Mode)
	}
	m := got.Nodes[testfacts.Meeting2003]
	if len(m.Spells) != 1 || m.Spells[0][0] != "2003-04-11" || m.Spells[0][1] != "2003-04-11" {
		t.Errorf("meeting of 2003-04-11: spells %v", m.Spells)
	}
	if m.Label != "UNSC 2003-04-11" {
		t.Errorf("meeting label %q, want organ and date", m.Label)
	}
	d := got.Nodes[testfacts.Doc000]
	if len(d.Spells) != 1 || d.Spells[0][0] != "2003-04-25" {
		t.Errorf("document 000: spells %v", d.Spells)
	}
	au, mex := got.Nodes["org:AU"], got.Nodes["country:MEX"]
	if len(au.Spells) != 0 || au.Label != "AU" || au.Degree <= mex.Degree || au.Size <= mex.Size || mex.Size <= 0 {
		t.Errorf("org:AU %+v, country:MEX %+v: want AU undated, larger by degree", au, mex)
	}
	for id, n := range got.Nodes {
		if len([]rune(n.Label)) > maxLabel {
			t.Errorf("%s: label of %d characters: %q", id, len([]rune(n.Label)), n.Label)
		}
	}
}

// yEd's markup: every node a y:ShapeNode with its label, a fill colour and
// a shape by type; every edge a y:PolyLineEdge; read back with xmllint.
func TestGraphMLyFilesInXMLLint(t *testing.T) {
	xl := need(t, "xmllint", "libxml2-utils")
	path := writeExport(t, Options{Format: "graphml", Lang: "fr"})
	w := expected(t, Options{Format: "graphml", Lang: "fr"})
	xpath := func(q string) string {
		return strings.TrimSpace(run(t, xl, "--xpath", q, path))
	}
	y := func(el string) string {
		return "*[local-name()='" + el + "' and namespace-uri()='http://www.yworks.com/xml/graphml']"
	}
	if n := xpath("count(//*[local-name()='node']/*[local-name()='data']/" + y("ShapeNode") + ")"); n != strconv.Itoa(w.Nodes) {
		t.Errorf("%s ShapeNodes, want %d", n, w.Nodes)
	}
	if n := xpath("count(//*[local-name()='edge']/*[local-name()='data']/" + y("PolyLineEdge") + ")"); n != strconv.Itoa(w.Edges) {
		t.Errorf("%s PolyLineEdges, want %d", n, w.Edges)
	}
	node := func(id, what string) string {
		return xpath("string(//*[local-name()='node'][@id='" + id + "']//" + y("ShapeNode") + "/" + what + ")")
	}
	if l := node("org:AU", y("NodeLabel")); l != "UA" {
		t.Errorf("org:AU label in French %q, want UA", l)
	}
	if c, s := node("org:AU", y("Fill")+"/@color"), node("org:AU", y("Shape")+"/@type"); c != strings.ToUpper(ColorOf("Organization")) || s != "ellipse" {
		t.Errorf("org:AU fill %q shape %q", c, s)
	}
	if c, s := node(testfacts.Meeting2003, y("Fill")+"/@color"), node(testfacts.Meeting2003, y("Shape")+"/@type"); c != strings.ToUpper(ColorOf("Meeting")) || s != "diamond" {
		t.Errorf("meeting fill %q shape %q", c, s)
	}
	if l := node("country:MEX", y("NodeLabel")); l != "Mexique" {
		t.Errorf("country:MEX in French %q, want Mexique", l)
	}
}

// Labels in every language the rules know, without stray spaces.
func TestLabelsInEveryLanguage(t *testing.T) {
	s := seedStore(t)
	for lang, want := range map[string]string{"en": "AU", "fr": "UA", "zh": "非洲联盟", "ar": "الاتحاد الأفريقي", "ru": "АС", "es": "UA"} {
		g := cy(t, s, Options{Lang: lang})
		for _, n := range g.Elements.Nodes {
			if n.Data.ID == "org:AU" && n.Data.Label != want {
				t.Errorf("--lang %s: org:AU label %q, want %q (name %q)", lang, n.Data.Label, want, n.Data.Name)
			}
			if lang == "zh" && strings.Contains(n.Data.Label+n.Data.Name+n.Data.Title, "联合国 ") {
				t.Errorf("--lang zh: stray space in %q / %q / %q", n.Data.Label, n.Data.Name, n.Data.Title)
			}
		}
	}
	if got := graph.CleanLabel("非洲 联盟 (AU)"); got != "非洲联盟 (AU)" {
		t.Errorf("CleanLabel: %q", got)
	}
}

// The whole graph as DOT is refused above MaxDOTNodes, with the hint; a
// neighbourhood of the same graph is drawn.
func TestDOTRefusesTheWholeLargeGraph(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(t.TempDir(), graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := bench.Ingest(ctx, s, synth.New(synth.Config{Docs: 200})); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	_, err = Export(ctx, s, &b, Options{Format: "dot"})
	if !errors.Is(err, ErrTooLargeForDOT) || !strings.Contains(err.Error(), "--around") || b.Len() != 0 {
		t.Fatalf("whole graph as DOT: %v, %d bytes written", err, b.Len())
	}
	ids, err := s.EntitiesOfType(ctx, "Organization")
	if err != nil || len(ids) == 0 {
		t.Fatal(err)
	}
	if _, err := Export(ctx, s, &b, Options{Format: "dot", Around: ids[:1]}); err != nil || !strings.Contains(b.String(), "digraph") {
		t.Errorf("a neighbourhood as DOT: %v", err)
	}
}
