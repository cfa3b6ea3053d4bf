package extract

import "testing"

// The OAS General Assembly's symbols ("AG/RES. 1733 (XXX-O/00)", "AG/DEC. 16") are no UN
// symbols; the UN's French press releases of the series AG stay (AG/10379, AG/J/353).
func TestOASSymbolsAreNoUNSymbols(t *testing.T) {
	x := builtin(t)
	checkSymbols(t, x, []symbolCase{
		// https://www.oas.org/XXXIIGA/espanol/documentos/resolucion_XXXga.htm (the OAS's certified volume of 2000)
		{"AG/DEC. 23 a AG/DEC. 24 (XXX-O/00)", nil},
		{"AG/RES.1698 a AG/RES.1764 (XXX-O/00)", nil},
		// https://press.un.org/fr/2005/ag10379.doc.htm, https://press.un.org/fr/2001/AGJ353.doc.htm
		{"Assemblée générale AG/10379", []string{"AG/10379"}},
		{"Communiqué de presse AG/J/353", []string{"AG/J/353"}},
	})
	f := extractString(t, "Resolución aprobada por la Asamblea General\n\nAcogiendo con beneplácito también la resolución AG/RES. 1733 (XXX-O/00) aprobada por la Asamblea General de la Organización de los Estados Americanos,\n")
	if c := relationsOf(f, PredCites); len(c) != 0 {
		t.Errorf("cites %v, want none", c)
	}
}
