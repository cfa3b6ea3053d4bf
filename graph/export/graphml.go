package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// graphmlEnc writes GraphML (http://graphml.graphdrawing.org/).
type graphmlEnc struct {
	w *bufio.Writer
}

func newGraphML(w io.Writer) encoder { return &graphmlEnc{w: bufio.NewWriterSize(w, 64<<10)} }

func (g *graphmlEnc) Begin(o *Options) error {
	g.w.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`)
	for _, a := range nodeAttrs {
		fmt.Fprintf(g.w, "  <key id=\"n_%s\" for=\"node\" attr.name=%q attr.type=\"string\"/>\n", a, a)
	}
	g.w.WriteString(`  <key id="e_predicate" for="edge" attr.name="predicate" attr.type="string"/>
  <key id="e_count" for="edge" attr.name="count" attr.type="int"/>
  <key id="e_documents" for="edge" attr.name="documents" attr.type="string"/>
  <key id="e_date" for="edge" attr.name="date" attr.type="string"/>
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
	g.w.WriteString("    </edge>\n")
	return nil
}

func (g *graphmlEnc) End() error {
	g.w.WriteString("  </graph>\n</graphml>\n")
	return g.w.Flush()
}
