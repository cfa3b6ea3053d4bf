package extract

import "testing"

// A typed record spaces its number on the cover ("A/42/PV.8 5") and in the
// running head of its pages ("A/42/PV. 85 1 (a-z)"): both are the record's
// own symbol, A/42/PV.85, and neither is a citation.
func TestSplitRecordNumber(t *testing.T) {
	// https://hr-travaux.law.virginia.edu/document/crpd/a42pv85/nid-1099 (extracted text of A/42/PV.85)
	f := extractString(t, "General Assembly\n\n\nA/42/PV.8 5\n3 December 1987\nForty-second session\nHeld at Headquarters, New York, on Monday, 30 November 1987, at 3 p.m.\nPresident; Mr. FLORIN (German Democratic Republic)\nlater: Mr. JACOBOVITS DE SZEGED (Netherlands)\nThis record contains the original text of speeches delivered in English and interpretations of speeches in the other languages. The final text will be printed in the Official Records of the General Assembly.\n87-64 510/A 2352V (E)\n\nA/42/PV. 85 1 (a-z)\n- Question of Antarctica: report of the First Committee [70]\n")
	checkOwnSymbolUncited(t, f, "A/42/PV.85")
	x := builtin(t)
	checkSymbols(t, x, []symbolCase{
		// The running head alone: "PV." then its number after a space.
		{"A/42/PV. 85 1 (a-z)", []string{"A/42/PV.85"}},
		// https://docslib.org/doc/9684078/general-assembly (A/43/PV.85): a whole number is left as it is.
		{"88-64637/A 9892V CB) Digitized by Dag Hammarskjöld Library EMS/4 A/43/PV.85 I (a-z)", []string{"A/43/PV.85"}},
	})
}
