package extract

import "testing"

// The title page of a Repertoire supplement prints its own symbol broken
// after "Add." and then whole (https://scribd.com/document/496665104/1913967-e).
func TestSymbolSuffixWrapped(t *testing.T) {
	f := extractString(t, "ST/PSCA/1/Add.\n\n21\n\nUnited Nations\n\nRepertoire of the Practice\n\n\nof the Security Council\nSupplement 2018\nST/PSCA/1/Add.21\nST/PSCA/1/Add.21\n\nDepartment of Political Affairs\n")
	if f.Doc.Symbol != "ST/PSCA/1/ADD.21" {
		t.Errorf("own symbol %q, want ST/PSCA/1/ADD.21", f.Doc.Symbol)
	}
	for _, r := range f.Relations {
		if r.Predicate == "cites" {
			t.Errorf("cites %s: the page cites nothing", r.Object)
		}
	}
}

// The symbol scanner hands suffixWrappedEnd the body without its last dot.
func TestSuffixWrappedEnd(t *testing.T) {
	for _, c := range []struct {
		s    string
		end  int
		want string
	}{
		{"s/2019/25/add.\n43 and", 13, "s/2019/25/add.\n43"},
		{"s/2019/30/rev. 2 are", 13, "s/2019/30/rev. 2"},
		{"s/2019/25/add. the", 13, "s/2019/25"},
		{"s/2019/25. the", 9, "s/2019/25"},
		{"s/2019/25/corr.1", 16, "s/2019/25/corr.1"},
	} {
		if got := c.s[:suffixWrappedEnd(c.s, 0, c.end)]; got != c.want {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}
