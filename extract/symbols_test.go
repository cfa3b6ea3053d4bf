package extract

import (
	"reflect"
	"testing"
)

func TestSymbols(t *testing.T) {
	x := builtin(t)
	cases := []symbolCase{
		{"نتائج مؤتمر القمة العالمية 2005 (A/RES/60/1)، وإذ", []string{"A/RES/60/1"}},
		{"resolution S/RES/1631 (2005) and S/PRST/2013/12.", []string{"S/RES/1631(2005)", "S/PRST/2013/12"}},
		{"the record S/PV.4739 and A/60/L.1, and S/2003/505;", []string{"S/PV.4739", "A/60/L.1", "S/2003/505"}},
		{"(Comunicado de prensa SC/9163).", []string{"SC/9163"}},
		{"提交的报告(S/2006/913)和", []string{"S/2006/913"}},
		{"（Ｓ／２００６／９１３）", []string{"S/2006/913"}},
		{"A/HRC/RES/5/1 and E/CN.4/2005/L.10/Add.1", []string{"A/HRC/RES/5/1", "E/CN.4/2005/L.10/ADD.1"}},
		{"on 11/04/2003 and 24/7 and and/or s/he", nil},
	}
	checkSymbols(t, x, cases)
}

type symbolCase struct {
	text string
	want []string
}

// checkSymbols scans each case's text for symbols.
func checkSymbols(t *testing.T, x *Extractor, cases []symbolCase) {
	t.Helper()
	for _, c := range cases {
		var got []string
		for _, s := range x.symbols.find(x.f.normalize([]byte(c.text)).s) {
			got = append(got, s.id)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: symbols %v, want %v", c.text, got, c.want)
		}
	}
}

// The document's own symbol heads it and is not a citation.
func TestOwnSymbolIsNotCited(t *testing.T) {
	f := extractString(t, "SC/8153\n21 July 2004\n\nThe Council adopted S/PRST/2004/27 today.")
	if f.Doc.Symbol != "SC/8153" || f.Doc.ID != "doc:SC/8153" {
		t.Errorf("symbol %q id %q, want SC/8153", f.Doc.Symbol, f.Doc.ID)
	}
	cites := relationsOf(f, PredCites)
	if !cites["doc:SC/8153 doc:S/PRST/2004/27"] || len(cites) != 1 {
		t.Errorf("cites %v, want only S/PRST/2004/27", cites)
	}
}

// checkOwnSymbolUncited checks that f's own symbol is want and that f cites
// nothing: the cases where a page prints its own symbol more than once.
func checkOwnSymbolUncited(t *testing.T, f *Facts, want string) {
	t.Helper()
	if f.Doc.Symbol != want {
		t.Errorf("symbol %q, want %s", f.Doc.Symbol, want)
	}
	if cites := relationsOf(f, PredCites); len(cites) != 0 {
		t.Errorf("cites %v, want none (the document's own symbol is no citation)", cites)
	}
}
