package backend

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"
)

// Key layouts shared by package graph and the backends' tests. Parts are
// joined by a NUL byte, which the parts never contain (Part removes it).

// MaxPart is the longest key part kept as it is; a longer one (a title, a
// 70 KB subject line) is cut and followed by a hash of the whole, so keys
// stay far below every backend's limit and stay distinct.
const MaxPart = 256

// Part is s made fit for a key: without NUL bytes, and cut to MaxPart
// bytes plus a hash when longer.
func Part(s string) string {
	s = strings.ReplaceAll(s, "\x00", "")
	if len(s) <= MaxPart {
		return s
	}
	cut := MaxPart - 17
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	sum := sha256.Sum256([]byte(s))
	return fmt.Sprintf("%s~%x", s[:cut], sum[:8])
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Join joins key parts (each through Part).
func Join(parts ...string) []byte {
	var b bytes.Buffer
	for i, p := range parts {
		if i > 0 {
			b.WriteByte(0)
		}
		b.WriteString(Part(p))
	}
	return b.Bytes()
}

// Prefix is Join(parts...) followed by the separator, to scan the keys
// that continue it.
func Prefix(parts ...string) []byte { return append(Join(parts...), 0) }

// Split splits a key into its parts.
func Split(k []byte) []string { return strings.Split(string(k), "\x00") }

// Adjacency directions: Forward records a subject's objects, Reverse an
// object's subjects.
const (
	Forward = "f"
	Reverse = "r"
)

// AdjKey is the Adj record of one edge as stated by one document (label).
// The value is the neighbour's full text when Part cut it, else empty.
func AdjKey(dir, pred, node, neighbour, label string) []byte {
	return Join(dir+pred, node, neighbour, label)
}

// Edge is one neighbour of a node and the documents stating the edge.
type Edge struct {
	Node   string
	Labels []string // sorted
}

// Neighbours reads a node's edges by one predicate in one direction, in
// key order of the neighbours.
func Neighbours(ctx context.Context, r Reader, dir, pred, node string) ([]Edge, error) {
	var out []Edge
	err := r.Scan(ctx, Adj, Prefix(dir+pred, node), func(k, v []byte) error {
		ps := Split(k)
		if len(ps) != 4 {
			return fmt.Errorf("bad adjacency key %q", k)
		}
		n := ps[2]
		if len(v) > 0 {
			n = string(v)
		}
		if len(out) == 0 || out[len(out)-1].Node != n {
			out = append(out, Edge{Node: n})
		}
		e := &out[len(out)-1]
		e.Labels = append(e.Labels, ps[3])
		return nil
	})
	return out, err
}

// QuadRefKey is the QuadRef record of quad q in its label's set: the label
// and a hash of the quad's subject, predicate and object.
func QuadRefKey(q quad.Quad) []byte {
	h := sha256.New()
	for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object} {
		h.Write([]byte(quad.ToString(v)))
		h.Write([]byte{0})
	}
	return append(Prefix(LabelText(q.Label)), h.Sum(nil)[:16]...)
}

// LabelText is the text of a quad's label (a document id).
func LabelText(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri)
	}
	if v == nil {
		return ""
	}
	return quad.StringOf(v)
}

// PutInt and Int encode counters: 8 bytes, big-endian.
func PutInt(v int64) []byte { return binary.BigEndian.AppendUint64(nil, uint64(v)) }

// Int decodes a counter; an empty value is 0.
func Int(b []byte) (int64, error) {
	if len(b) == 0 {
		return 0, nil
	}
	if len(b) != 8 {
		return 0, fmt.Errorf("bad counter of %d bytes", len(b))
	}
	return int64(binary.BigEndian.Uint64(b)), nil
}
