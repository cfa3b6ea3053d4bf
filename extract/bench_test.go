package extract

import (
	"os"
	"path/filepath"
	"testing"

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

// BenchmarkDocument measures extraction of the bundled documents, one at a
// time (MB/s of input); run with -cpu 1 for the one-core figure.
func BenchmarkDocument(b *testing.B) {
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
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := x.Document("bench", d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
