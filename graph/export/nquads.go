package export

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/unkg/unkg/graph"
)

// nquadsEnc writes the quads of a filtered view: the attribute quads of its
// nodes, then one relation quad per edge and document.
type nquadsEnc struct {
	w     *nqWriter
	attrs []quad.Quad // the attribute quads of the node being written
	n     int
}

func newNQuads(w io.Writer) *nquadsEnc { return &nquadsEnc{w: newNQWriter(w)} }

func (e *nquadsEnc) Begin(*Options) error { return nil }

func (e *nquadsEnc) Node(*Node) error {
	_, err := e.w.WriteQuads(e.attrs)
	e.n += len(e.attrs)
	e.attrs = nil
	return err
}

func (e *nquadsEnc) Edge(ed *Edge) error {
	for _, d := range ed.Documents {
		q := quad.Quad{Subject: quad.IRI(ed.Source), Predicate: quad.IRI(ed.Predicate), Object: quad.IRI(ed.Target), Label: quad.IRI(d)}
		if err := e.w.WriteQuad(q); err != nil {
			return err
		}
		e.n++
	}
	return nil
}

func (e *nquadsEnc) End() error { return e.w.Close() }

// dumpNQuads writes every quad of the store, grouped by label (document),
// so that a reader can load one document at a time.
func dumpNQuads(ctx context.Context, src Source, w io.Writer) (Stats, error) {
	v, err := newView(src, &Options{})
	if err != nil {
		return Stats{}, err
	}
	nw := newNQWriter(w)
	err = v.groups(ctx, graph.IndexL, nil, func(_ uint64, ps []prim) error {
		defer v.trim()
		// A label with very many quads is resolved in slices.
		for len(ps) > 0 {
			part := ps[:min(len(ps), 4096)]
			ps = ps[len(part):]
			ids := make([]uint64, 0, 4*len(part))
			for _, p := range part {
				ids = append(ids, p.Subject, p.Predicate, p.Object, p.Label)
			}
			if err := v.resolve(ctx, ids...); err != nil {
				return err
			}
			for _, p := range part {
				q := quad.Quad{Subject: v.vals[p.Subject], Predicate: v.vals[p.Predicate], Object: v.vals[p.Object]}
				if p.Label != 0 {
					q.Label = v.vals[p.Label]
				}
				if err := nw.WriteQuad(q); err != nil {
					return err
				}
				v.stats.Quads++
			}
			if len(v.vals) > cacheMax {
				clear(v.vals)
			}
		}
		return nil
	})
	if err != nil {
		return v.stats, err
	}
	return v.stats, nw.Close()
}

// nqWriter writes N-Quads as Cayley's nquads.Writer does, except that
// characters N-Quads does not allow in an IRI (spaces in
// <subject:INTERNATIONAL SECURITY>, quotes, angle brackets, ...) are
// written as \uXXXX escapes, so that every reader accepts the file.
// LoadNQuads undoes the escapes.
type nqWriter struct {
	bw  *bufio.Writer
	err error
}

func newNQWriter(w io.Writer) *nqWriter { return &nqWriter{bw: bufio.NewWriterSize(w, 64<<10)} }

func (w *nqWriter) value(v quad.Value, sep string) {
	if w.err != nil {
		return
	}
	if iri, ok := v.(quad.IRI); ok {
		w.bw.WriteByte('<')
		for _, r := range string(iri) {
			if r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r) {
				fmt.Fprintf(w.bw, "\\u%04X", r)
			} else {
				w.bw.WriteRune(r)
			}
		}
		w.bw.WriteByte('>')
	} else {
		w.bw.WriteString(v.String())
	}
	_, w.err = w.bw.WriteString(sep)
}

func (w *nqWriter) WriteQuad(q quad.Quad) error {
	w.value(q.Subject, " ")
	w.value(q.Predicate, " ")
	if q.Label == nil {
		w.value(q.Object, " .\n")
	} else {
		w.value(q.Object, " ")
		w.value(q.Label, " .\n")
	}
	return w.err
}

func (w *nqWriter) WriteQuads(qs []quad.Quad) (int, error) {
	for i, q := range qs {
		if err := w.WriteQuad(q); err != nil {
			return i, err
		}
	}
	return len(qs), nil
}

func (w *nqWriter) Close() error {
	if w.err == nil {
		w.err = w.bw.Flush()
	}
	return w.err
}

// unescapeIRI undoes \uXXXX and \UXXXXXXXX escapes in an IRI (Cayley's
// N-Quads reader keeps them as written).
func unescapeIRI(v quad.Value) quad.Value {
	iri, ok := v.(quad.IRI)
	if !ok || !strings.Contains(string(iri), "\\") {
		return v
	}
	s := string(iri)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && (s[i+1] == 'u' || s[i+1] == 'U') {
			n := 4
			if s[i+1] == 'U' {
				n = 8
			}
			if i+2+n <= len(s) {
				var r rune
				if _, err := fmt.Sscanf(s[i+2:i+2+n], "%x", &r); err == nil {
					b.WriteRune(r)
					i += 1 + n
					continue
				}
			}
		}
		b.WriteByte(s[i])
	}
	return quad.IRI(b.String())
}
