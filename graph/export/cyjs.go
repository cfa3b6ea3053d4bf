package export

import (
	"bufio"
	"encoding/json"
	"io"
)

// cyjsEnc writes Cytoscape.js JSON: {"elements": {"nodes": [{"data":
// {...}}], "edges": [...]}}, which cytoscape({elements}) and Cytoscape
// desktop (File > Import > Network from file) read, as do D3 scripts.
type cyjsEnc struct {
	w          *bufio.Writer
	n, e       int
	edgesBegun bool
}

func newCYJS(w io.Writer) encoder { return &cyjsEnc{w: bufio.NewWriterSize(w, 64<<10)} }

// NodeData is a node as Cytoscape JSON (and the web API) give it.
type NodeData struct {
	ID      string `json:"id"`
	Type    string `json:"type"`
	Label   string `json:"label"`
	Lang    string `json:"lang,omitempty"`
	Date    string `json:"date,omitempty"`
	EndDate string `json:"end_date,omitempty"`
	Organ   string `json:"organ,omitempty"`
	Number  string `json:"number,omitempty"`
	Symbol  string `json:"symbol,omitempty"`
	DocType string `json:"doc_type,omitempty"`
	DocLang string `json:"doc_lang,omitempty"`
	Color   string `json:"color"`
	Name    string `json:"name,omitempty"`  // the full name (label is short)
	Title   string `json:"title,omitempty"` // documents
	Path    string `json:"path,omitempty"`  // documents
	Degree  int    `json:"degree,omitempty"`
	Names   []Name `json:"names,omitempty"`
}

// EdgeData is an edge as Cytoscape JSON (and the web API) give it.
type EdgeData struct {
	ID        string   `json:"id"`
	Source    string   `json:"source"`
	Target    string   `json:"target"`
	Predicate string   `json:"predicate"`
	Label     string   `json:"label"`
	Count     int      `json:"count"`
	Documents []string `json:"documents"`
	Date      string   `json:"date,omitempty"`
}

// Data is the Cytoscape data of a node.
func (n *Node) Data() NodeData {
	return NodeData{ID: n.ID, Type: n.Type, Label: n.Label, Lang: n.Lang, Date: n.Date, EndDate: n.EndDate,
		Organ: n.Organ, Number: n.Number, Symbol: n.Symbol, DocType: n.DocType, DocLang: n.DocLang, Color: n.Color,
		Name: n.Name, Title: n.Title, Path: n.Path, Degree: n.Degree, Names: n.Names}
}

// Data is the Cytoscape data of an edge.
func (e *Edge) Data() EdgeData {
	return EdgeData{ID: e.ID, Source: e.Source, Target: e.Target, Predicate: e.Predicate, Label: e.Predicate,
		Count: len(e.Documents), Documents: e.Documents, Date: e.Date}
}

func (c *cyjsEnc) Begin(o *Options) error {
	b, _ := json.Marshal(describe(o))
	c.w.WriteString(`{"format_version":"1.0","generated_by":"unkg","target_cytoscapejs_version":"~3","data":{"name":`)
	c.w.Write(b)
	c.w.WriteString("},\n\"elements\":{\"nodes\":[\n")
	return nil
}

func (c *cyjsEnc) element(v any, n int) error {
	b, err := json.Marshal(map[string]any{"data": v})
	if err != nil {
		return err
	}
	if n > 0 {
		c.w.WriteString(",\n")
	}
	_, err = c.w.Write(b)
	return err
}

func (c *cyjsEnc) Node(n *Node) error {
	err := c.element(n.Data(), c.n)
	c.n++
	return err
}

func (c *cyjsEnc) Edge(e *Edge) error {
	if !c.edgesBegun {
		c.w.WriteString("\n],\"edges\":[\n")
		c.edgesBegun = true
	}
	err := c.element(e.Data(), c.e)
	c.e++
	return err
}

func (c *cyjsEnc) End() error {
	if !c.edgesBegun {
		c.w.WriteString("\n],\"edges\":[\n")
	}
	c.w.WriteString("\n]}}\n")
	return c.w.Flush()
}
