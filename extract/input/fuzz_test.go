package input

import (
	"strings"
	"testing"
)

// FuzzRecords: no records file makes the reader panic; every record kept
// has a file, a date of the accepted forms and one of the six languages,
// and is found again by its file; every error names the file.
// CI: go test ./extract/input -run '^$' -fuzz FuzzRecords -fuzztime 15s -fuzzminimizetime 2s
func FuzzRecords(f *testing.F) {
	f.Add([]byte("file,symbol,date,language,title\na.txt,S/RES/1631 (2005),2005-10-17,en,Title\nb.txt,,20051017,fre,\"Quoted, title\"\n"))
	f.Add([]byte("title,191__a,file\n\"x\nb.txt\n"))
	f.Add([]byte(`{"file": "a.pdf", "269__a": "2018-10", "041__a": "ara"}` + "\n{bad\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, errs := ParseRecords("records.csv", data)
		for _, err := range errs {
			if !strings.Contains(err.Error(), "records.csv") {
				t.Fatalf("error without the file: %v", err)
			}
		}
		if rs == nil {
			return
		}
		for _, r := range rs.list {
			if r.File == "" || (r.Date != "" && len(r.Date) != 10 && len(r.Date) != 7) {
				t.Fatalf("record kept: %+v", r)
			}
			if r.Language != "" && languages[r.Language] != r.Language {
				t.Fatalf("language %q", r.Language)
			}
			if _, ok := rs.Lookup(r.File); !ok {
				t.Fatalf("record of %q not found by its file", r.File)
			}
		}
	})
}
