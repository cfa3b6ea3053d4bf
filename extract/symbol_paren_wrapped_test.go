package extract

import (
	"slices"
	"testing"
)

// The old un.org/Docs/scres pages of 2000 wrap the preamble by hand and print
// a space after each slash of a symbol; a citation wrapped onto a line of its
// own is no header's own symbol, and the meeting of an organ named on the next
// line is that organ's.
func TestResolutionPreambleWrappedLines(t *testing.T) {
	// S/RES/1308 (2000), https://645012.skal.fun/resolutions/SC00/1308SC00.html (a mirror of the un.org page; testdata/dev2/en_289)
	text := "Adopted by the Security Council at its 4172nd meeting, on 17 July 2000\nThe Security Council,\n" +
		"Recalling its meeting of 10 January 2000, on \"The situation\nin Africa: the impact of AIDS on peace and security in Africa\", taking\nnote of the 5 July 2000\n" +
		"report from UNAIDS (S/ 2000/ 657) which summarizes follow-up actions\ntaken to date; and recalling further the letter of its President\n" +
		"dated 31 January 2000 addressed to the President of the General Assembly\n(S/ 2000/ 75),\n" +
		"Recalling also the 28 February 2000 special meeting of the\nEconomic and Social Council, held in partnership with the President\nof the Security Council, on the development aspects of the HIV/ AIDS\npandemic,\n"
	f := extractString(t, text)
	if f.Doc.Symbol != "" {
		t.Errorf("own symbol %q, want none (the symbols are cited)", f.Doc.Symbol)
	}
	var cited, refs []string
	for _, r := range f.Relations {
		switch r.Predicate {
		case PredCites:
			cited = append(cited, r.Object)
		case PredReferences:
			refs = append(refs, r.Object)
		}
	}
	slices.Sort(cited)
	slices.Sort(refs)
	if want := []string{"doc:S/2000/657", "doc:S/2000/75"}; !slices.Equal(cited, want) {
		t.Errorf("cited %v, want %v", cited, want)
	}
	if want := []string{"meeting:ECOSOC:2000-02-28", "meeting:UNSC:2000-01-10"}; !slices.Equal(refs, want) {
		t.Errorf("references %v, want %v", refs, want)
	}
	// A cover's symbol on a short line of its own stays the document's.
	// https://unispal.un.org/DPA/DPR/unispal.nsf/eed216406b50bf6485256ce10072f637/37d8893e70f6e6f285256a0d004c53e3?OpenDocument
	f = extractString(t, "Security Council\nDistr.\nGENERAL\nS/2000/40/Add.47\n8 December 2000\n\nOriginal: English\n")
	if f.Doc.Symbol != "S/2000/40/ADD.47" {
		t.Errorf("own symbol %q, want S/2000/40/ADD.47", f.Doc.Symbol)
	}
}
