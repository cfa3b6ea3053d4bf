// Package export writes the knowledge graph, or a part of it, in the
// formats that graph tools open: GEXF (Gephi), GraphML (yEd, Cytoscape
// desktop, networkx, igraph), DOT (Graphviz), Cytoscape JSON (Cytoscape.js,
// D3) and N-Quads (everything, with labels; loads back into Cayley).
//
// The export is a graph view of the quads. Nodes are the entity and
// document ids that appear as subject or object of a relation predicate
// (attended, presidedBy, ...); the attribute quads of a node (type, name,
// date, ...) become its attributes. Edges are relation quads aggregated
// over labels: one edge per subject-predicate-object, with the number and
// ids of the documents (the quad labels) that state it.
//
// The export streams: it scans the store's subject-predicate index twice
// (nodes with their attributes, then edges) and writes as it goes, holding
// one subject's quads at a time. Without --around it also keeps one bit
// per node id of the store (which ids are nodes of the view), so that nodes
// come before edges as GEXF and GraphML require; with --around it keeps the
// neighbourhood's node ids.
package export

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/unkg/unkg/rules"
)

// Options select what to export and how.
type Options struct {
	Format string // gexf, graphml, dot, cyjs, nquads
	// Lang is the preferred language of node labels (en, ar, zh, fr, es,
	// ru); a node without a name in it gets an English name, else any name.
	Lang string
	// Around, when set, exports the neighbourhood of these entities: a
	// breadth-first search over relation edges (both directions), Depth
	// steps (default 1).
	Around []string
	Depth  int
	// Predicates, when set, keeps only edges with these predicates.
	Predicates []string
	// From and To (ISO dates, inclusive, either may be empty) keep only
	// edges whose date is in the range: the date of the edge's meeting,
	// else of its document. Undated edges are dropped when either is set.
	From, To string
	// MaxNodes bounds the neighbourhood of Around (0: no bound); the
	// search stops adding nodes when it is reached and Stats.Truncated says so.
	MaxNodes int
}

// Node is a node of the view.
type Node struct {
	ID      string
	Type    string
	Label   string
	Lang    string // language of Label ("" when not a language-tagged name)
	Date    string
	EndDate string
	Organ   string
	Number  string
	Symbol  string
	DocType string // documents: letter, resolution, ...
	DocLang string // documents: language of the text
	Color   string // #rrggbb, by type
	Name    string // the full name in the label's language (Label is short)
	Title   string // documents: the title
	Path    string // documents: the file ingested
	Degree  int    // edges of the view at the node, when the format sizes nodes by it
	// Names are the node's distinct names, most stated first (at most maxNames).
	Names []Name
}

// Name is a name of a node in a language.
type Name struct {
	Text string `json:"text"`
	Lang string `json:"lang,omitempty"`
}

// Edge is a relation between two nodes, stated by one or more documents.
type Edge struct {
	ID        string
	Source    string
	Target    string
	Predicate string
	Documents []string // the labels of the quads that state it, sorted
	Date      string   // the date of its meeting or document, if any
}

// Stats counts what an export wrote.
type Stats struct {
	Nodes     int  `json:"nodes"`
	Edges     int  `json:"edges"`
	Quads     int  `json:"quads"` // quads read (N-Quads: written)
	Truncated bool `json:"truncated,omitempty"`
}

// encoder writes one format. Export calls Begin, Node for every node, then
// Edge for every edge, then End.
type encoder interface {
	Begin(o *Options) error
	Node(n *Node) error
	Edge(e *Edge) error
	End() error
}

// Format describes one output format.
type Format struct {
	Name        string
	Ext         string
	ContentType string
	Doc         string
	new         func(w io.Writer) encoder
}

var formats = []Format{
	{"gexf", ".gexf", "application/xml", "GEXF 1.2 for Gephi, with viz:color by type", newGEXF},
	{"graphml", ".graphml", "application/xml", "GraphML for yEd, Cytoscape desktop, networkx, igraph", newGraphML},
	{"dot", ".dot", "text/vnd.graphviz", "Graphviz DOT (dot -Tsvg)", newDOT},
	{"cyjs", ".json", "application/json", "Cytoscape.js JSON: {\"elements\": {\"nodes\": [...], \"edges\": [...]}}", newCYJS},
	{"nquads", ".nq", "application/n-quads", "N-Quads: every quad with its label (the document); loads back into a store", nil},
}

// Formats lists the formats, in the order of the documentation.
func Formats() []Format { return formats }

// FormatNames is the list of format names, for messages.
func FormatNames() string {
	var n []string
	for _, f := range formats {
		n = append(n, f.Name)
	}
	return strings.Join(n, ", ")
}

// Lookup finds a format by name.
func Lookup(name string) (Format, bool) {
	for _, f := range formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// Check validates the options.
func (o *Options) Check() error {
	if _, ok := Lookup(o.Format); !ok {
		return fmt.Errorf("unknown format %q (want %s)", o.Format, FormatNames())
	}
	if o.Lang != "" && !rules.IsLanguage(o.Lang) {
		return fmt.Errorf("unknown language %q (want %s)", o.Lang, rules.LanguageList())
	}
	for _, d := range []string{o.From, o.To} {
		if d != "" && !reDate.MatchString(d) {
			return fmt.Errorf("date %q: want YYYY-MM-DD, YYYY-MM or YYYY", d)
		}
	}
	if o.Depth < 0 {
		return fmt.Errorf("depth %d: want 0 or more", o.Depth)
	}
	return nil
}

func (o *Options) filtered() bool {
	return len(o.Predicates) > 0 || o.From != "" || o.To != ""
}

// Colours of node types, in GEXF and in the web page.
var typeColors = map[string]string{
	"Organization": "#1f77b4",
	"Country":      "#2ca02c",
	"Person":       "#9467bd",
	"Meeting":      "#d62728",
	"Document":     "#7f7f7f",
	"Proposal":     "#ff7f0e",
	"Subject":      "#17becf",
}

// ColorOf is the colour of a node type.
func ColorOf(typ string) string {
	if c, ok := typeColors[typ]; ok {
		return c
	}
	return "#bcbd22"
}

// TypeColors is the colour of each node type.
func TypeColors() map[string]string {
	m := make(map[string]string, len(typeColors))
	for k, v := range typeColors {
		m[k] = v
	}
	return m
}

func sortedSet(m map[string]struct{}) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Export writes the view of the store's graph that o selects to w.
func Export(ctx context.Context, src Source, w io.Writer, o Options) (Stats, error) {
	if err := o.Check(); err != nil {
		return Stats{}, err
	}
	if o.Format == "nquads" {
		if len(o.Around) == 0 && !o.filtered() {
			return dumpNQuads(ctx, src, w)
		}
		return exportView(ctx, src, newNQuads(w), &o)
	}
	f, _ := Lookup(o.Format)
	return exportView(ctx, src, f.new(w), &o)
}
