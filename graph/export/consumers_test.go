package export

import (
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// need returns the path of a program that a consumer test runs. When it is
// missing the test is skipped with the Debian package to install, except
// under CI=true, where a missing program fails the test.
func need(t *testing.T, prog, debPackage string) string {
	t.Helper()
	p, err := exec.LookPath(prog)
	if err != nil {
		msg := prog + " is not installed: apt-get install " + debPackage + " (or run scripts/ci-deps.sh)"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return p
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// want is what a consumer must find in an export: counts, types and labels.
type want struct {
	Nodes  int               `json:"nodes"`
	Edges  int               `json:"edges"`
	Types  map[string]string `json:"types"`
	Labels map[string]string `json:"labels"`
}

func expected(t *testing.T, o Options) want {
	s := seedStore(t)
	g := cy(t, s, o)
	w := want{Nodes: len(g.Elements.Nodes), Edges: len(g.Elements.Edges), Types: map[string]string{}, Labels: map[string]string{}}
	for _, n := range g.Elements.Nodes {
		w.Types[n.Data.ID] = n.Data.Type
		w.Labels[n.Data.ID] = n.Data.Label
	}
	return w
}

func writeExport(t *testing.T, o Options) string {
	s := seedStore(t)
	f, _ := Lookup(o.Format)
	path := filepath.Join(t.TempDir(), "un"+f.Ext)
	out, _ := export(t, s, o)
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const networkxCheck = `
import json, sys
import networkx as nx
path, kind = sys.argv[1], sys.argv[2]
g = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path)
out = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "types": {}, "labels": {}}
for n, d in g.nodes(data=True):
    out["types"][n] = d.get("type", "")
    out["labels"][n] = d.get("label", "")
json.dump(out, sys.stdout, ensure_ascii=False)
`

func TestConsumerNetworkX(t *testing.T) {
	py := need(t, "python3", "python3-networkx")
	if out, err := exec.Command(py, "-c", "import networkx").CombinedOutput(); err != nil {
		msg := "python3 cannot import networkx: apt-get install python3-networkx (" + strings.TrimSpace(string(out)) + ")"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	for _, lang := range []string{"en", "ar"} {
		for _, format := range []string{"graphml", "gexf"} {
			o := Options{Format: format, Lang: lang}
			w := expected(t, o)
			path := writeExport(t, o)
			var got want
			if err := json.Unmarshal([]byte(run(t, py, "-c", networkxCheck, path, format)), &got); err != nil {
				t.Fatal(err)
			}
			if got.Nodes != w.Nodes || got.Edges != w.Edges {
				t.Errorf("%s/%s: networkx reads %d nodes, %d edges; want %d, %d", format, lang, got.Nodes, got.Edges, w.Nodes, w.Edges)
			}
			for id, typ := range w.Types {
				if got.Types[id] != typ || got.Labels[id] != w.Labels[id] {
					t.Errorf("%s/%s: node %s: networkx reads type %q label %q; want %q %q", format, lang, id, got.Types[id], got.Labels[id], typ, w.Labels[id])
				}
			}
			if lang == "ar" && got.Labels["org:AU"] != "الاتحاد الأفريقي" {
				t.Errorf("%s: Arabic label of org:AU = %q", format, got.Labels["org:AU"])
			}
		}
	}
}

func TestConsumerXMLLint(t *testing.T) {
	xl := need(t, "xmllint", "libxml2-utils")
	for _, format := range []string{"graphml", "gexf"} {
		run(t, xl, "--noout", writeExport(t, Options{Format: format, Lang: "ar"}))
	}
}

func TestConsumerGraphviz(t *testing.T) {
	dot := need(t, "dot", "graphviz")
	path := writeExport(t, Options{Format: "dot"})
	svg := filepath.Join(t.TempDir(), "un.svg")
	out := run(t, dot, "-Tsvg", "-o", svg, path)
	if strings.Contains(out, "Warning") || strings.Contains(out, "Error") {
		t.Errorf("dot says: %s", out)
	}
	b, err := os.ReadFile(svg)
	if err != nil {
		t.Fatal(err)
	}
	svgText := html.UnescapeString(string(b)) // Graphviz writes - as &#45;
	for _, s := range []string{">AU<", "African Union", "attended", "UNSC 2003-04-11"} {
		if !strings.Contains(svgText, s) {
			t.Errorf("svg lacks %q", s)
		}
	}
}

const cytoscapeCheck = `
const fs = require("fs");
const cytoscape = require(process.argv[1]);
const data = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const cy = cytoscape({ headless: true, styleEnabled: false, elements: data.elements });
const out = { nodes: cy.nodes().length, edges: cy.edges().length, types: {}, labels: {} };
cy.nodes().forEach(n => { out.types[n.id()] = n.data("type"); out.labels[n.id()] = n.data("label"); });
const broken = cy.edges().filter(e => e.source().empty() || e.target().empty()).length;
if (broken) { console.error(broken + " edges without endpoints"); process.exit(1); }
process.stdout.write(JSON.stringify(out));
`

func TestConsumerCytoscape(t *testing.T) {
	node := need(t, "node", "nodejs")
	lib, err := filepath.Abs("../serve/static/cytoscape.min.js")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(lib); err != nil {
		t.Fatalf("vendored cytoscape missing (run scripts/vendor-web.sh): %v", err)
	}
	o := Options{Format: "cyjs", Lang: "zh"}
	w := expected(t, o)
	var got want
	if err := json.Unmarshal([]byte(run(t, node, "-e", cytoscapeCheck, lib, writeExport(t, o))), &got); err != nil {
		t.Fatal(err)
	}
	if got.Nodes != w.Nodes || got.Edges != w.Edges {
		t.Errorf("cytoscape.js loads %d nodes, %d edges; want %d, %d", got.Nodes, got.Edges, w.Nodes, w.Edges)
	}
	for id, typ := range w.Types {
		if got.Types[id] != typ || got.Labels[id] != w.Labels[id] {
			t.Errorf("node %s: cytoscape.js has %q %q; want %q %q", id, got.Types[id], got.Labels[id], typ, w.Labels[id])
		}
	}
	if got.Labels["org:AU"] != "非洲联盟" {
		t.Errorf("Chinese label of org:AU = %q", got.Labels["org:AU"])
	}
}
