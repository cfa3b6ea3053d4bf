package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/unkg/unkg/rules"
)

func encodingJSON(t testing.TB, f *Facts) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// AppendJSON writes what encoding/json writes, on every bundled document and
// on facts with every kind of character a string can hold.
func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/corpus/*.txt")
	seeds, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, p := range append(paths, seeds...) {
		data, _ := os.ReadFile(p)
		f, err := builtin(t).Document(p, data)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := f.AppendJSON(nil), encodingJSON(t, f); !bytes.Equal(got, want) {
			t.Errorf("%s: AppendJSON differs from encoding/json:\n%s\n%s", p, got, want)
		}
	}
	// AppendDocumentJSON writes the same bytes without making the facts, with and without evidence texts.
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, explain := range []bool{false, true} {
		x, err := New(set, Options{Explain: explain})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range append(paths, seeds...) {
			data, _ := os.ReadFile(p)
			// First, so that a fresh extractor's first document goes this way too.
			direct, err := x.AppendDocumentJSON([]byte("kept"), p, data)
			f, ferr := x.Document(p, data)
			if ferr != nil {
				t.Fatal(ferr)
			}
			if err != nil || string(direct) != "kept"+string(f.AppendJSON(nil)) {
				t.Errorf("%s (explain %v): AppendDocumentJSON (%v) differs from AppendJSON of Document", p, explain, err)
			}
		}
	}
	odd := "q\"b\\s\n\r\t\b\f\x01\x1f<>&\u2028\u2029é中\xff\xfeend"
	// Valid UTF-8 takes another path: E2 leads U+2028 and U+2029 but also dashes and the euro sign.
	valid := "q\"b\\s\n\r\t\b\f\x01\x1f\x7f<>&\u2028\u2029é中–€\u2027\u202a\u2029"
	f := &Facts{
		Doc:       Doc{ID: odd, Title: valid, Subjects: []string{odd, "", valid}},
		Entities:  []Entity{{ID: odd, Name: odd, Topic: odd, Mentions: []Mention{{Text: odd, Start: 1, End: 2}}}, {ID: "x"}},
		Relations: []Relation{{Subject: odd, Role: odd, Evidence: Evidence{Text: odd, Rule: odd}}},
	}
	if got, want := f.AppendJSON(nil), encodingJSON(t, f); !bytes.Equal(got, want) {
		t.Errorf("odd strings:\n%s\n%s", got, want)
	}
	empty := &Facts{}
	if got, want := empty.AppendJSON(nil), encodingJSON(t, empty); !bytes.Equal(got, want) {
		t.Errorf("empty facts:\n%s\n%s", got, want)
	}
}
