package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// dotEnc writes Graphviz DOT.
type dotEnc struct {
	w *bufio.Writer
}

func newDOT(w io.Writer) encoder { return &dotEnc{w: bufio.NewWriterSize(w, 64<<10)} }

// The DOT export counts the graph's nodes first (the degree pass), so that a
// whole graph too large to draw is refused before anything is written.
func (d *dotEnc) sizesByDegree() {}

// MaxDOTNodes is the most nodes a DOT export of the whole graph (without
// --around) may have: Graphviz draws more as an image no one can read.
const MaxDOTNodes = 300

// ErrTooLargeForDOT says that the whole graph is too large for Graphviz.
var ErrTooLargeForDOT = errors.New("the graph is too large to draw with Graphviz: export a neighbourhood with --around (and --depth), or use --format gexf for Gephi")

// dotQuote quotes s as a DOT string: backslashes and quotes escaped, line
// breaks as spaces.
func dotQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", " ", "\r", " ")
	return `"` + r.Replace(s) + `"`
}

func (d *dotEnc) Begin(o *Options) error {
	fmt.Fprintf(d.w, "// %s\ndigraph unkg {\n", describe(o))
	d.w.WriteString("  graph [overlap=false, splines=true, rankdir=LR];\n")
	d.w.WriteString("  node [shape=box, style=\"rounded,filled\", fontcolor=white, fontname=\"Noto Sans,DejaVu Sans,sans-serif\"];\n")
	d.w.WriteString("  edge [fontsize=9, fontname=\"Noto Sans,DejaVu Sans,sans-serif\"];\n")
	return nil
}

func (d *dotEnc) Node(n *Node) error {
	label := n.Label
	if n.Date != "" && !strings.Contains(label, n.Date) {
		label += "\n" + n.Date
	}
	fmt.Fprintf(d.w, "  %s [label=%s, tooltip=%s, fillcolor=%s, color=%s, class=%s];\n",
		dotQuote(n.ID), strings.ReplaceAll(dotQuote(strings.ReplaceAll(label, "\n", "\x00")), "\x00", `\n`),
		dotQuote(strings.TrimSpace(n.Type+" "+n.Name+" ("+n.ID+")")), dotQuote(n.Color), dotQuote(n.Color), dotQuote(n.Type))
	return nil
}

func (d *dotEnc) Edge(e *Edge) error {
	label := e.Predicate
	if len(e.Documents) > 1 {
		label = fmt.Sprintf("%s (%d)", e.Predicate, len(e.Documents))
	}
	fmt.Fprintf(d.w, "  %s -> %s [label=%s, tooltip=%s, penwidth=%d];\n", dotQuote(e.Source), dotQuote(e.Target),
		dotQuote(label), dotQuote(strings.Join(e.Documents, " ")), min(1+len(e.Documents)/2, 6))
	return nil
}

func (d *dotEnc) End() error {
	d.w.WriteString("}\n")
	return d.w.Flush()
}
