package extract

import "testing"

// A masthead flattened onto one line prints the document's symbol right
// after its distribution line; the symbols its text cites come later.
func TestDistrOwnSymbol(t *testing.T) {
	// https://docslib.org/doc/6062911/distr-general-s-6127-28-december-1964-original-english
	f := extractString(t, "Distr. GENERAL s/6127 28 December 1964 ORIGINAL: ENGLISH SUMMARYSTATEMENT BY THE.SECRETARY-GENERAL ON MATTERS OF WHICH THE SECURITY COUNCIL IS SEIZED AND ON THE STAGE REACHED IN THEIR CONSIDERATION Pursuant to rule 11 of the provisional rules of procedure of the Security Council, the Secretary-General wishes to submit the following statement on matters of which the Security Council is seized and on the stage reached in their consideration on 26 December 1964. 1. The Iranian question (see S/4098) 2. Special agreements under Article 43 and the organization of the armed forces to be made available to the Security Council (see S/4098) At its 1182nd meeting, held on 21 December 1964, the Security Council continued its consideration of the complaints by Syria (s/604.4) and Israel (s/6046), and proceeded to vote on the joint draft resolution of the United Kingdom and the 1 64-28293 / . i / S/6127 English Page 2 United States (s/6113\n")
	if f.Doc.Symbol != "S/6127" {
		t.Errorf("symbol %q, want S/6127", f.Doc.Symbol)
	}
	cites := relationsOf(f, PredCites)
	if cites[f.Doc.ID+" doc:S/6127"] || !cites[f.Doc.ID+" doc:S/4098"] || !cites[f.Doc.ID+" doc:S/6046"] {
		t.Errorf("cites %v, want S/4098 and S/6046, not its own S/6127 (the running head)", cites)
	}
	// A masthead whose date stands between the distribution line and a
	// cited symbol gives that symbol no ownership.
	// https://docslib.org/doc/11679159/a-58-100-general-assembly
	f = extractString(t, "General Assembly Distr.: General 13 June 2003\n\nOriginal: English\n\nFifty-eighth session\n\n______* The unannotated preliminary list was issued on 13 March 2003 (A/58/50/Rev.1), and a corrigendum on 24 April 2003 (A/58/50/Rev.1/Corr.1).\n")
	if f.Doc.Symbol != "" {
		t.Errorf("symbol %q, want none", f.Doc.Symbol)
	}
}
