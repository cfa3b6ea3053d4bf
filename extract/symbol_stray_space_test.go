package extract

import "testing"

func TestStraySpaceSymbol(t *testing.T) {
	sc := newSymbolScanner([]string{"S", "A"})
	for _, c := range []struct{ in, want string }{
		{"united nations s/ pv.8539 security council", "S/PV.8539"},
		{"letter (s/ 2019/450) dated", "S/2019/450"},
		{"resolution s/ res/2467 (2019)", "S/RES/2467(2019)"},
		{"letter (s/ 2019/450) dated", "S/2019/450"}, // wrappedSymbolEnd
		{"the pair a/ b and s/ pv", ""},
	} {
		got := ""
		if out := sc.find(c.in); len(out) > 0 {
			got = out[0].id
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}
