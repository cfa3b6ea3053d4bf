package export

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strings"
)

// graphmlEnc writes GraphML (http://graphml.graphdrawing.org/) with the
// yFiles extension that yEd reads: each node a y:ShapeNode with a shape and
// a fill colour by type, its label and a size by degree; each edge a
// y:PolyLineEdge with an arrow and its predicate. Other readers (networkx,
// Cytoscape desktop, igraph) read the plain data keys and skip the rest.
type graphmlEnc struct {
	w *bufio.Writer
}

func newGraphML(w io.Writer) encoder { return &graphmlEnc{w: bufio.NewWriterSize(w, 64<<10)} }

func (g *graphmlEnc) sizesByDegree() {}

// yShapes are the yFiles shapes of node types.
var yShapes = map[string]string{
	"Organization": "ellipse",
	"Country":      "hexagon",
	"Person":       "roundrectangle",
	"Meeting":      "diamond",
	"Document":     "rectangle",
	"Proposal":     "parallelogram",
	"Subject":      "octagon",
}

// YShape is the yFiles shape of a node type.
func YShape(typ string) string {
	if s, ok := yShapes[typ]; ok {
		return s
	}
	return "rectangle"
}

func (g *graphmlEnc) Begin(o *Options) error {
	g.w.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">
`)
	for _, a := range nodeAttrs {
		typ := "string"
		if a == "degree" {
			typ = "int"
		}
		fmt.Fprintf(g.w, "  <key id=\"n_%s\" for=\"node\" attr.name=%q attr.type=%q/>\n", a, a, typ)
	}
	g.w.WriteString(`  <key id="n_graphics" for="node" yfiles.type="nodegraphics"/>
  <key id="e_predicate" for="edge" attr.name="predicate" attr.type="string"/>
  <key id="e_count" for="edge" attr.name="count" attr.type="int"/>
  <key id="e_documents" for="edge" attr.name="documents" attr.type="string"/>
  <key id="e_date" for="edge" attr.name="date" attr.type="string"/>
  <key id="e_graphics" for="edge" yfiles.type="edgegraphics"/>
  <graph id="unkg" edgedefault="directed">
    <desc>` + xmlEsc(describe(o)) + `</desc>
`)
	return nil
}

func (g *graphmlEnc) Node(n *Node) error {
	fmt.Fprintf(g.w, "    <node id=\"%s\">\n", xmlEsc(n.ID))
	for _, a := range nodeAttrs {
		if v := nodeAttr(n, a); v != "" {
			fmt.Fprintf(g.w, "      <data key=\"n_%s\">%s</data>\n", a, xmlEsc(v))
		}
	}
	// A box wide enough for the label; taller for a well-connected node.
	h := math.Round(30 + 6*math.Sqrt(float64(n.Degree)))
	w := math.Max(h, float64(8*len([]rune(n.Label))+16))
	fmt.Fprintf(g.w, `      <data key="n_graphics"><y:ShapeNode><y:Geometry height="%.0f" width="%.0f"/><y:Fill color="%s" transparent="false"/><y:BorderStyle color="#333333" type="line" width="1.0"/><y:NodeLabel textColor="#000000" fontSize="12">%s</y:NodeLabel><y:Shape type="%s"/></y:ShapeNode></data>`+"\n",
		h, w, xmlEsc(strings.ToUpper(n.Color)), xmlEsc(n.Label), YShape(n.Type))
	g.w.WriteString("    </node>\n")
	return nil
}

func (g *graphmlEnc) Edge(e *Edge) error {
	fmt.Fprintf(g.w, "    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", xmlEsc(e.ID), xmlEsc(e.Source), xmlEsc(e.Target))
	fmt.Fprintf(g.w, "      <data key=\"e_predicate\">%s</data>\n", xmlEsc(e.Predicate))
	fmt.Fprintf(g.w, "      <data key=\"e_count\">%d</data>\n", len(e.Documents))
	fmt.Fprintf(g.w, "      <data key=\"e_documents\">%s</data>\n", xmlEsc(strings.Join(e.Documents, " ")))
	if e.Date != "" {
		fmt.Fprintf(g.w, "      <data key=\"e_date\">%s</data>\n", xmlEsc(e.Date))
	}
	fmt.Fprintf(g.w, `      <data key="e_graphics"><y:PolyLineEdge><y:LineStyle color="#777777" type="line" width="%d.0"/><y:Arrows source="none" target="standard"/><y:EdgeLabel fontSize="10">%s</y:EdgeLabel></y:PolyLineEdge></data>`+"\n",
		min(1+len(e.Documents)/2, 6), xmlEsc(e.Predicate))
	g.w.WriteString("    </edge>\n")
	return nil
}

func (g *graphmlEnc) End() error {
	g.w.WriteString("  </graph>\n</graphml>\n")
	return g.w.Flush()
}
