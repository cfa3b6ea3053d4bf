package extract

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/unkg/unkg/extract/input"
)

// FuzzDocument: no input makes extraction panic or report offsets outside the
// input; for UTF-8 input, every mention reads back from the input bytes; the
// JSON written is encoding/json's, and AppendDocumentJSON writes the same.
// CI runs it briefly: go test ./extract -run '^$' -fuzz FuzzDocument -fuzztime 20s -fuzzminimizetime 3s
func FuzzDocument(f *testing.F) {
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	more, _ := filepath.Glob("../testdata/corpus/*.txt")
	for _, p := range append(paths, more...) {
		data, err := os.ReadFile(p)
		if err == nil && len(data) > 1500 {
			data = data[:1500]
		}
		f.Add(data)
	}
	f.Add([]byte("11 نيسان/ أبريل 2003 تحت رئاسة المكسيك ١١/٤/٢٠٠٣"))
	f.Add([]byte("二〇〇三年四月十一日至十二日 第5575次会议"))
	f.Add([]byte{0xFF, 0xFE, 'A', 0, '/', 0, '1', 0})
	f.Add([]byte("S/RES/1631 (2005) “quote without end"))
	f.Add([]byte("<!DOCTYPE html><html lang=en><body><nav>African Union</nav><article><h1>Security Council</h1><p>On 11 April 2003 the Council met &amp; heard the <b>Secretary-General</b>.</p></article></body></html>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		kind := input.Sniff(data)
		if kind == input.PDF {
			return // a program per input: the PDF decoder has fuzz targets of its own
		}
		x := builtin(t)
		facts, err := x.Document("fuzz", data)
		if err != nil {
			return
		}
		if got, want := facts.AppendJSON(nil), encodingJSON(t, facts); string(got) != string(want) {
			t.Fatalf("AppendJSON differs from encoding/json:\n%s\n%s", got, want)
		}
		if direct, err := x.AppendDocumentJSON(nil, "fuzz", data); err != nil || string(direct) != string(facts.AppendJSON(nil)) {
			t.Fatalf("AppendDocumentJSON (%v) differs from the facts' JSON:\n%s\n%s", err, direct, facts.AppendJSON(nil))
		}
		// A text's mentions read back from its bytes; an HTML page's span
		// markup and character references.
		valid := utf8.Valid(data) && kind == input.Text
		for _, e := range facts.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(data) || m.Start > m.End {
					t.Fatalf("%s mention [%d,%d) outside %d bytes", e.ID, m.Start, m.End, len(data))
				}
				if valid && string(data[m.Start:m.End]) != m.Text {
					t.Fatalf("%s mention [%d,%d) reads %q, reported %q", e.ID, m.Start, m.End, data[m.Start:m.End], m.Text)
				}
			}
		}
		for _, r := range facts.Relations {
			if r.Evidence.Start < 0 || r.Evidence.End > len(data) || r.Evidence.Start > r.Evidence.End {
				t.Fatalf("%s %s %s evidence [%d,%d) outside %d bytes", r.Subject, r.Predicate, r.Object, r.Evidence.Start, r.Evidence.End, len(data))
			}
		}
	})
}
