package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/gonum/graph/formats/gexf12"
)

// gexfEnc writes GEXF 1.2 (https://gexf.net) through gonum's gexf12 types,
// one element at a time: in dynamic mode, with a spell for each meeting's
// date (to its end date) and each document's date, so that Gephi's timeline
// plays the graph; nodes coloured by type and sized by degree.
type gexfEnc struct {
	w     *bufio.Writer
	x     *xml.Encoder
	nodes bool // the <nodes> element is open
	edges bool
}

func newGEXF(w io.Writer) encoder {
	bw := bufio.NewWriterSize(w, 64<<10)
	return &gexfEnc{w: bw, x: xml.NewEncoder(bw)}
}

func (g *gexfEnc) sizesByDegree() {}

// Attributes of nodes and edges, in GEXF, GraphML and Cytoscape JSON.
var nodeAttrs = []string{"type", "label", "name", "lang", "date", "end_date", "organ", "number", "symbol", "title", "path",
	"doc_type", "doc_lang", "degree", "color"}

func nodeAttr(n *Node, k string) string {
	switch k {
	case "type":
		return n.Type
	case "label":
		return n.Label
	case "name":
		return n.Name
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
	case "title":
		return n.Title
	case "path":
		return n.Path
	case "doc_type":
		return n.DocType
	case "doc_lang":
		return n.DocLang
	case "degree":
		if n.Degree > 0 {
			return strconv.Itoa(n.Degree)
		}
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
`)
	fmt.Fprint(g.w, "<meta>\n<creator>unkg</creator>\n<description>"+xmlEsc(describe(o))+"</description>\n</meta>\n")
	fmt.Fprint(g.w, `<graph defaultedgetype="directed" mode="dynamic" timeformat="date">`+"\n")
	na := gexf12.Attributes{Class: "node"}
	for _, a := range nodeAttrs {
		if a == "label" {
			continue // the node's label attribute
		}
		typ := "string"
		if a == "degree" {
			typ = "integer"
		}
		na.Attributes = append(na.Attributes, gexf12.Attribute{ID: a, Title: a, Type: typ})
	}
	ea := gexf12.Attributes{Class: "edge", Attributes: []gexf12.Attribute{
		{ID: "predicate", Title: "predicate", Type: "string"}, {ID: "count", Title: "count", Type: "integer"},
		{ID: "documents", Title: "documents", Type: "string"}, {ID: "date", Title: "date", Type: "string"}}}
	for _, a := range []gexf12.Attributes{na, ea} {
		if err := g.x.EncodeElement(a, xml.StartElement{Name: xml.Name{Local: "attributes"}}); err != nil {
			return err
		}
	}
	return g.x.Flush()
}

// spellOf is the time a node or an edge is on the timeline: its day (or
// month), to its end date; nil for an undated one (always shown).
// A month or a year is its first day to its last.
func spellOf(date, end string) *gexf12.Spells {
	if date == "" {
		return nil
	}
	if end == "" || end < date {
		end = date
	}
	start, _ := dayRange(date)
	_, last := dayRange(end)
	if start == "" || last == "" {
		return nil
	}
	return &gexf12.Spells{Spells: []gexf12.Spell{{Start: start, End: last}}}
}

// dayRange is the first and last day of a date, a month or a year; "" when d is none of them.
func dayRange(d string) (string, string) {
	for _, layout := range []struct {
		layout string
		add    func(time.Time) time.Time
	}{
		{"2006-01-02", func(t time.Time) time.Time { return t }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, -1) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, -1) }},
	} {
		if t, err := time.Parse(layout.layout, d); err == nil {
			return t.Format("2006-01-02"), layout.add(t).Format("2006-01-02")
		}
	}
	return "", ""
}

// nodeSize grows with the square root of the degree, as Gephi's ranking would.
func nodeSize(degree int) float64 {
	return math.Round((4+6*math.Sqrt(float64(degree)))*10) / 10
}

func (g *gexfEnc) Node(n *Node) error {
	if !g.nodes {
		g.w.WriteString("\n<nodes>")
		g.nodes = true
	}
	var av gexf12.AttValues
	for _, a := range nodeAttrs {
		if v := nodeAttr(n, a); v != "" && a != "label" {
			av.AttValues = append(av.AttValues, gexf12.AttValue{For: a, Value: v})
		}
	}
	var spells *gexf12.Spells
	if n.Type == "Meeting" || n.Type == "Document" {
		spells = spellOf(n.Date, n.EndDate)
	}
	r, gr, b := rgb(n.Color)
	node := gexf12.Node{ID: n.ID, Label: n.Label, AttValues: &av, Spells: spells,
		Color: &gexf12.Color{R: byte(r), G: byte(gr), B: byte(b)}, Size: &gexf12.Size{Value: nodeSize(n.Degree)}}
	return g.x.EncodeElement(node, xml.StartElement{Name: xml.Name{Local: "node"}})
}

func (g *gexfEnc) closeNodes() {
	g.x.Flush()
	if !g.nodes {
		g.w.WriteString("\n<nodes>")
	}
	g.w.WriteString("\n</nodes>")
	g.nodes = false
}

func (g *gexfEnc) Edge(e *Edge) error {
	if !g.edges {
		g.closeNodes()
		g.w.WriteString("\n<edges>")
		g.edges = true
	}
	av := gexf12.AttValues{AttValues: []gexf12.AttValue{{For: "predicate", Value: e.Predicate},
		{For: "count", Value: strconv.Itoa(len(e.Documents))}, {For: "documents", Value: strings.Join(e.Documents, " ")}}}
	if e.Date != "" {
		av.AttValues = append(av.AttValues, gexf12.AttValue{For: "date", Value: e.Date})
	}
	edge := gexf12.Edge{ID: e.ID, Source: e.Source, Target: e.Target, Label: e.Predicate, Weight: float64(len(e.Documents)),
		AttValues: &av, Spells: spellOf(e.Date, "")}
	return g.x.EncodeElement(edge, xml.StartElement{Name: xml.Name{Local: "edge"}})
}

func (g *gexfEnc) End() error {
	if err := g.x.Flush(); err != nil {
		return err
	}
	if g.edges {
		g.w.WriteString("\n</edges>")
	} else {
		g.closeNodes()
		g.w.WriteString("\n<edges>\n</edges>")
	}
	g.w.WriteString("\n</graph>\n</gexf>\n")
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
