package html

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzDecode: no page makes the decoder panic; the offset map has an entry
// for every byte of text and one for its end, each inside the page and
// never going back; valid UTF-8 in gives valid UTF-8 out.
// CI: go test ./extract/input/html -run '^$' -fuzz FuzzDecode -fuzztime 15s -fuzzminimizetime 2s
func FuzzDecode(f *testing.F) {
	pages, _ := filepath.Glob("../../../testdata/html/*.html")
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`<html lang="ar"><meta name="date" content="2003-04-11"><main><p>مجلس&nbsp;الأمن &#x41;&bogus; <br>x</main>`))
	f.Add([]byte(`<article><script>var s="</article>"</script><h1>A<h1>B</article><footer>C</footer>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Decode(data)
		if err != nil {
			return
		}
		if len(d.Origin) != len(d.Text)+1 {
			t.Fatalf("%d origins for %d bytes", len(d.Origin), len(d.Text))
		}
		last := int32(0)
		for i, o := range d.Origin {
			if o < last || int(o) > len(data) {
				t.Fatalf("origin[%d] = %d after %d, page of %d bytes", i, o, last, len(data))
			}
			last = o
		}
		if utf8.Valid(data) && !utf8.Valid(d.Text) {
			t.Fatalf("invalid UTF-8 out of valid: %q", d.Text)
		}
	})
}
