package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/unkg/unkg/extract/aho"
	"github.com/unkg/unkg/rules"
)

func benchDocs(b testing.TB) [][]byte {
	var docs [][]byte
	for _, glob := range []string{"../testdata/seeds/*.txt", "../testdata/corpus/*.txt"} {
		paths, _ := filepath.Glob(glob)
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, data)
		}
	}
	return docs
}

// benchExtractor compiles the built-in rules (without evidence texts, as
// unkg extract runs by default) and loads the bundled documents, setting
// the bytes a round reads.
func benchExtractor(b *testing.B) (*Extractor, [][]byte) {
	set, err := rules.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	x, err := New(set, Options{})
	if err != nil {
		b.Fatal(err)
	}
	docs := benchDocs(b)
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	return x, docs
}

// BenchmarkDocument measures extraction of the bundled documents, one at a
// time (MB/s of input); run with -cpu 1 for the one-core figure.
func BenchmarkDocument(b *testing.B) {
	x, docs := benchExtractor(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := x.Document("bench", d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkDocumentJSON measures what unkg extract does with a document:
// extraction with the facts written as JSON (MB/s of input).
func BenchmarkDocumentJSON(b *testing.B) {
	x, docs := benchExtractor(b)
	var buf []byte
	var err error
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if buf, err = x.AppendDocumentJSON(buf[:0], "bench", d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkMatch measures the automaton scan alone over the normalized
// bundled documents, each with its own language's automaton (MB/s of normalized text).
func BenchmarkMatch(b *testing.B) {
	x, docs := benchExtractor(b)
	type input struct {
		t    *normText
		src  []byte
		lang string
	}
	var inputs []input
	total := 0
	for _, data := range docs {
		src, err := decode(data)
		if err != nil {
			b.Fatal(err)
		}
		d := &doc{x: x, src: src, text: src.text, t: x.f.normalizeInto(src.text, nil)}
		inputs = append(inputs, input{d.t, src.text, d.detectLang()})
		total += len(d.t.s)
	}
	b.SetBytes(int64(total)) // normalized bytes, not input bytes as benchExtractor set
	var hits []hit
	var raw []aho.Match
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, in := range inputs {
			hits = x.m.find(in.t, in.src, in.lang, hits[:0], &raw)
		}
	}
}

// BenchmarkNormalize measures folding with the offset map alone (MB/s of input).
func BenchmarkNormalize(b *testing.B) {
	f := newFolder()
	docs := benchDocs(b)
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	var buf normText
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			buf = *f.normalizeInto(d, &buf)
		}
	}
}

// BenchmarkAppendJSON measures writing the facts of the bundled documents
// (MB/s of the documents' input, as in BenchmarkDocument).
func BenchmarkAppendJSON(b *testing.B) {
	x := builtin(b)
	var facts []*Facts
	total := 0
	for _, d := range benchDocs(b) {
		f, err := x.Document("bench", d)
		if err != nil {
			b.Fatal(err)
		}
		facts = append(facts, f)
		total += len(d)
	}
	b.SetBytes(int64(total))
	var buf []byte
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, f := range facts {
			buf = f.AppendJSON(buf[:0])
		}
	}
}
