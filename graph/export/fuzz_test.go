package export

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/unkg/unkg/graph"
)

// The N-Quads loader never panics; every refused line is named by a line
// of the input; a document it rebuilds gives facts the store takes.
func FuzzNQuads(f *testing.F) {
	f.Add([]byte("<doc:A> <type> \"Document\" <doc:A> .\n<doc:A> <path> \"a.txt\" <doc:A> .\n"))
	f.Add([]byte("# c\n<org:AU> <attended> <meeting:UNSC:2003-04-11> <doc:A> .\ngarbage <doc:B> .\n"))
	f.Add([]byte("<doc:A> <title> \"T\"@fr <doc:A> .\n<doc:A> <lang> \"fr\" <doc:A> .\n<doc:A> <path> \"p\" <doc:A> .\r\n"))
	f.Add([]byte("<a> <b> \"unterminated <c> .\n\n\n<x y> <p> <o> <l> ."))
	f.Fuzz(func(t *testing.T, data []byte) {
		groups, order, res, err := readNQuads(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		lines := bytes.Count(data, []byte("\n")) + 1
		for _, e := range res.Errors {
			var le *LineError
			if !errors.As(e, &le) || le.Line < 1 || le.Line > lines {
				t.Fatalf("error %v: not a line of the %d-line input", e, lines)
			}
		}
		if len(order) != res.Documents {
			t.Fatalf("%d labels, %d documents", len(order), res.Documents)
		}
		for _, l := range order {
			fs, err := RebuildFacts(l, groups[l])
			if err != nil {
				if strings.TrimSpace(err.Error()) == "" {
					t.Fatal("empty error")
				}
				continue
			}
			for _, f := range fs {
				if _, err := graph.Prepare(f); err != nil {
					t.Fatalf("rebuilt facts of %s refused: %v", l, err)
				}
			}
		}
	})
}
