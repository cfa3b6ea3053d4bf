package input

import "testing"

// TestRecordsLookup: a record names a file by its path, the end of its
// path, or its base name.
func TestRecordsLookup(t *testing.T) {
	rs, errs := ParseRecords("r.csv", []byte("file,symbol\npdf/A_RES_73_3-EN.pdf,A/RES/73/3\nres.txt,S/RES/1809 (2008)\n/abs/x.txt,S/1\n"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for path, want := range map[string]string{
		"/data/pdf/A_RES_73_3-EN.pdf": "A/RES/73/3",
		"pdf/A_RES_73_3-EN.pdf":       "A/RES/73/3",
		"other/A_RES_73_3-EN.pdf":     "",
		"corpus/res.txt":              "S/RES/1809 (2008)",
		"/abs/x.txt":                  "S/1",
		"x.txt":                       "",
	} {
		r, ok := rs.Lookup(path)
		if ok != (want != "") || r.Symbol != want {
			t.Errorf("Lookup(%q) = %q %v, want %q", path, r.Symbol, ok, want)
		}
	}
}
