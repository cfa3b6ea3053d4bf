package extract

import "strings"

// oasSymbol says whether a symbol of the series AG is the Organization of
// American States' (its General Assembly's resolutions, declarations and
// documents: "AG/RES. 1733 (XXX-O/00)", "AG/DEC. 16 (XXVIII-O/98)",
// "AG/doc.3303/95", as the OAS prints them in its certified volumes,
// https://www.oas.org/XXXIIGA/espanol/documentos/resolucion_XXXga.htm),
// not the UN's: the UN's French press releases of that series put a number
// or a committee's letters after the slash (AG/10379, AG/J/353), never a word
// closed by a dot. id is the symbol as symbolID writes it (upper case).
func oasSymbol(id string) bool {
	for _, p := range []string{"AG/RES.", "AG/DEC.", "AG/DOC."} {
		if strings.HasPrefix(strings.ToUpper(id), p) {
			return true
		}
	}
	return false
}
