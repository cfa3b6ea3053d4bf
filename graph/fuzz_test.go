package graph

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/graph/testfacts"
)

// A stored record that is damaged never panics the reader; a record made
// from facts gives back the same facts.
func FuzzStoredRecord(f *testing.F) {
	for _, s := range testfacts.Seeds("seeds") {
		js, _ := json.Marshal(s)
		f.Add(encodeRecord(js))
		f.Add(js)
	}
	f.Add([]byte{0x28, 0xb5, 0x2f, 0xfd, 0, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		if fs, err := decodeRecord(b); err == nil {
			js, err := json.Marshal(fs)
			if err != nil {
				t.Fatal(err)
			}
			back, err := decodeRecord(encodeRecord(js))
			if err != nil {
				t.Fatalf("a record of decoded facts does not decode: %v", err)
			}
			js2, _ := json.Marshal(back)
			if !bytes.Equal(js, js2) {
				t.Fatalf("round trip changed the facts:\n%s\n%s", js, js2)
			}
		}
	})
}

// Facts JSON from anywhere (ingest --facts, a damaged record) is either
// refused with an error or gives quads within the bounds, deterministically,
// whose record decodes to the same facts.
func FuzzFactsJSON(f *testing.F) {
	for _, s := range testfacts.Seeds("seeds") {
		js, _ := json.Marshal(s)
		f.Add(js)
	}
	f.Add([]byte(`{"doc":{"id":"doc:X"},"entities":[{"id":"org:AU","name":"\u0000"}],"relations":[{"subject":"a","predicate":"b","object":"c"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var fs extract.Facts
		if json.Unmarshal(b, &fs) != nil {
			return
		}
		d, err := Prepare(&fs)
		if err != nil {
			return
		}
		for _, q := range d.Quads {
			for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
				if s := valueText(v); len(s) > maxText {
					t.Fatalf("value of %d bytes", len(s))
				}
			}
		}
		d2, err := Prepare(&fs)
		if err != nil || len(d2.Quads) != len(d.Quads) {
			t.Fatalf("Prepare is not deterministic: %v", err)
		}
		back, err := decodeRecord(d.stored)
		if err != nil {
			t.Fatalf("the record of prepared facts does not decode: %v", err)
		}
		js, _ := json.Marshal(back)
		if !bytes.Equal(js, d.record) {
			t.Fatalf("record round trip changed the facts")
		}
	})
}
