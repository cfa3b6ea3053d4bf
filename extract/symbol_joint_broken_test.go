package extract

import (
	"html"
	"strings"
	"testing"
)

// A joint symbol whose dash a PDF reader lost or broke at a line's end is
// still the one document under two symbols.
func TestJointSymbolBroken(t *testing.T) {
	x := builtin(t)
	checkSymbols(t, x, []symbolCase{
		// https://hr-travaux.law.virginia.edu/document/crc/a403/nid-671, broken at the dash as a column breaks it.
		{"projects in the occupied Palestinian territories (A/40/367-\nE/1985/116); (d) Report", []string{"A/40/367-E/1985/116"}},
		// https://www.scribd.com/doc/313340068/Brahimi-Report-pdf: the en dash of A/55/305–S/2000/809 dropped.
		{"You are on page 1of 74\n\nA/55/305S/2000/809\n\nUnited Nations", []string{"A/55/305-S/2000/809"}},
		// The same page of hr-travaux: OCR's "19P5" opens no series, and a hyphen inside a part stays.
		{"(A/40/353-E/19P5/115 and Corr.l; E/1985/L.45 9/)", []string{"A/40/353-E/19P5/115", "E/1985/L.45"}},
		{"resolution A/RES/ES-10/15 of", []string{"A/RES/ES-10/15"}},
	})
	f := extractString(t, "You are on page 1of 74\n\nA/55/305S/2000/809\n\nUnited Nations\n\nGeneral Assembly\nSecurity Council\n\nDistr.: General\n21 August 2000\nOriginal: English\n")
	if f.Doc.Symbol != "A/55/305-S/2000/809" || len(relationsOf(f, PredCites)) != 0 {
		t.Errorf("symbol %q cites %v, want A/55/305-S/2000/809 citing nothing", f.Doc.Symbol, relationsOf(f, PredCites))
	}
}

// TestJointSymbolBrokenInPDF prints a real paragraph in a column where the
// line breaks at the joint symbol's dash, as a typesetter does, and reads it
// back through the PDF decoder.
func TestJointSymbolBrokenInPDF(t *testing.T) {
	needProgram(t, "pdftotext", "poppler-utils")
	// https://hr-travaux.law.virginia.edu/document/crc/a403/nid-671 (Report of the Economic and Social Council, 1985)
	para := "72. The Council considered the question at its second regular session of 1985 (agenda item 21). The Council had before it the following documents: (a) Report of the Secretary-General on the implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples by the specialized agencies and the international institutions associated with the United Nations (A/40/318); (c) Report of the Secretary-General on economic development projects in the occupied Palestinian territories (A/40/367-E/1985/116); (d) Report of the President of the Council on consultations held with the Chairman of the Special Committee against Apartheid (E/1985/114)."
	data := printPDF(t, `<!DOCTYPE html><html lang="en"><body style="font: 12pt 'Noto Serif'"><p style="width: 26em">`+html.EscapeString(para)+`</p></body></html>`)
	src, err := decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src.text), "A/40/367-\n") && !strings.Contains(string(src.text), "A/40/367- ") {
		t.Fatalf("the line no longer breaks at the dash: %q", src.text)
	}
	f, err := builtin(t).Document("joint.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	cites := relationsOf(f, PredCites)
	for _, want := range []string{"A/40/318", "A/40/367", "E/1985/116", "E/1985/114"} {
		if !cites[f.Doc.ID+" doc:"+want] {
			t.Errorf("does not cite %s: %v", want, cites)
		}
	}
	if f.Doc.Symbol != "" || len(cites) != 4 {
		t.Errorf("symbol %q, cites %v; want no symbol and four citations", f.Doc.Symbol, cites)
	}
}
