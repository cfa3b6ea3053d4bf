package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// gexfEnc writes GEXF 1.2 (https://gexf.net), with node colours by type in
// viz:color, as Gephi reads it.
type gexfEnc struct {
	w     *bufio.Writer
	raw   io.Writer
	nodes bool // the <nodes> element is open
	edges bool
}

func newGEXF(w io.Writer) encoder { return &gexfEnc{w: bufio.NewWriterSize(w, 64<<10), raw: w} }

// Attributes of nodes and edges, in GEXF, GraphML and Cytoscape JSON.
var nodeAttrs = []string{"type", "label", "lang", "date", "end_date", "organ", "number", "symbol", "doc_type", "doc_lang", "color"}

func nodeAttr(n *Node, k string) string {
	switch k {
	case "type":
		return n.Type
	case "label":
		return n.Label
	case "lang":
		return n.Lang
	case "date":
		return n.Date
	case "end_date":
		return n.EndDate
	case "organ":
		return n.Organ
	case "number":
		return n.Number
	case "symbol":
		return n.Symbol
	case "doc_type":
		return n.DocType
	case "doc_lang":
		return n.DocLang
	case "color":
		return n.Color
	}
	return ""
}

func xmlEsc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func (g *gexfEnc) Begin(o *Options) error {
	fmt.Fprint(g.w, `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">
  <meta>
    <creator>unkg</creator>
    <description>`+xmlEsc(describe(o))+`</description>
  </meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node">
`)
	for _, a := range nodeAttrs {
		if a == "label" {
			continue // the node's label attribute
		}
		fmt.Fprintf(g.w, "      <attribute id=%q title=%q type=\"string\"/>\n", a, a)
	}
	fmt.Fprint(g.w, `    </attributes>
    <attributes class="edge">
      <attribute id="predicate" title="predicate" type="string"/>
      <attribute id="count" title="count" type="integer"/>
      <attribute id="documents" title="documents" type="string"/>
      <attribute id="date" title="date" type="string"/>
    </attributes>
`)
	return nil
}

func (g *gexfEnc) Node(n *Node) error {
	if !g.nodes {
		g.w.WriteString("    <nodes>\n")
		g.nodes = true
	}
	fmt.Fprintf(g.w, "      <node id=\"%s\" label=\"%s\">\n        <attvalues>\n", xmlEsc(n.ID), xmlEsc(n.Label))
	for _, a := range nodeAttrs {
		if v := nodeAttr(n, a); v != "" && a != "label" {
			fmt.Fprintf(g.w, "          <attvalue for=%q value=\"%s\"/>\n", a, xmlEsc(v))
		}
	}
	r, gr, b := rgb(n.Color)
	fmt.Fprintf(g.w, "        </attvalues>\n        <viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n      </node>\n", r, gr, b)
	return nil
}

func (g *gexfEnc) closeNodes() {
	if !g.nodes {
		g.w.WriteString("    <nodes>\n")
	}
	g.w.WriteString("    </nodes>\n")
	g.nodes = false
}

func (g *gexfEnc) Edge(e *Edge) error {
	if !g.edges {
		g.closeNodes()
		g.w.WriteString("    <edges>\n")
		g.edges = true
	}
	fmt.Fprintf(g.w, "      <edge id=\"%s\" source=\"%s\" target=\"%s\" label=\"%s\" weight=\"%d\">\n        <attvalues>\n",
		xmlEsc(e.ID), xmlEsc(e.Source), xmlEsc(e.Target), xmlEsc(e.Predicate), len(e.Documents))
	fmt.Fprintf(g.w, "          <attvalue for=\"predicate\" value=\"%s\"/>\n", xmlEsc(e.Predicate))
	fmt.Fprintf(g.w, "          <attvalue for=\"count\" value=\"%d\"/>\n", len(e.Documents))
	fmt.Fprintf(g.w, "          <attvalue for=\"documents\" value=\"%s\"/>\n", xmlEsc(strings.Join(e.Documents, " ")))
	if e.Date != "" {
		fmt.Fprintf(g.w, "          <attvalue for=\"date\" value=\"%s\"/>\n", xmlEsc(e.Date))
	}
	g.w.WriteString("        </attvalues>\n      </edge>\n")
	return nil
}

func (g *gexfEnc) End() error {
	if g.edges {
		g.w.WriteString("    </edges>\n")
	} else {
		g.closeNodes()
		g.w.WriteString("    <edges>\n    </edges>\n")
	}
	g.w.WriteString("  </graph>\n</gexf>\n")
	return g.w.Flush()
}

func rgb(c string) (r, g, b int) {
	if len(c) == 7 && c[0] == '#' {
		v, err := strconv.ParseUint(c[1:], 16, 32)
		if err == nil {
			return int(v >> 16 & 0xff), int(v >> 8 & 0xff), int(v & 0xff)
		}
	}
	return 128, 128, 128
}

// describe says what an export holds, for the files' metadata.
func describe(o *Options) string {
	parts := []string{"unkg knowledge graph of United Nations documents"}
	if len(o.Around) > 0 {
		d := o.Depth
		if d == 0 {
			d = 1
		}
		parts = append(parts, fmt.Sprintf("around %s, depth %d", strings.Join(o.Around, " "), d))
	}
	if len(o.Predicates) > 0 {
		parts = append(parts, "predicates "+strings.Join(o.Predicates, ","))
	}
	if o.From != "" || o.To != "" {
		parts = append(parts, "dates "+o.From+".."+o.To)
	}
	if o.Lang != "" {
		parts = append(parts, "labels in "+o.Lang)
	}
	return strings.Join(parts, "; ")
}
