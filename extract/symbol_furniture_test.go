package extract

import "testing"

// Page furniture of ODS documents as their text layers give it: the job
// number with its language and dates, the bar code, the job number with the
// page and sheet count, the same read right to left in the Arabic file. None
// is a symbol; the document's own symbol repeated in the running head is the
// document, never a citation.
func TestPageFurnitureIsNoCitation(t *testing.T) {
	// https://conferences.unite.un.org/documentstorage/MultiLanguageAlignment.bitext?DocID=79d59fab-13b5-4b6f-a10b-2e6e20ecbd0d&language1=English&language2=Arabic (S/2020/273)
	text := "S/2020/273\nUnited Nations\nS/2020/273\nSecurity Council\nDistr.: General\n6 April 2020\nOriginal: English\nS/2020/273\n20-05220/4\n20-05220 (E) 070420 070420 20-05220 (A)\n*2005220*\n/520-05220\nLetter dated 2 April 2020 from the President of the Security Council addressed to the Permanent Representatives of the members of the Security Council\nI have the honour to transmit herewith a paper on the working methods of the Security Council for the month of April 2020, during the presidency of the Dominican Republic (see annex).\n"
	f := extractString(t, text)
	checkOwnSymbolUncited(t, f, "S/2020/273")
	x := builtin(t)
	checkSymbols(t, x, []symbolCase{
		{"20-05220/4\n20-05220 (E) 070420 070420 20-05220 (A)\n*2005220*\n/520-05220", nil},
		// https://docslib.org/doc/11679159/a-58-100-general-assembly: the footer of page 1.
		{"03-45126 (E) 190803 *0345126* A/58/100", []string{"A/58/100"}},
	})
}
