package extract

import "testing"

// Symbols of a list as an OCR prints them: a dot for the comma between two, the
// digits of one spaced apart.
func TestSymbolsOCRList(t *testing.T) {
	x := builtin(t)
	cases := []symbolCase{
		// The agenda line of S/PV.685 (doczz OCR, testdata/dev2/zh_211): "S/3309.S/3310" are two items.
		{"(S/3298,S/3300,S/3302,S/3309.S/3310,S/3311)", []string{"S/3298", "S/3300", "S/3302", "S/3309", "S/3310", "S/3311"}},
		// ... and "S/ 3 2 96" is S/3296 spaced out.
		{"(S/ 3 2 96, S/3297 and Corr.l,S/3298)", []string{"S/3296", "S/3297", "S/3298"}},
		// A dot inside a symbol that opens no series stays: "E/CN.4/2005/1", "S/PV.4739".
		{"E/CN.4/2005/1 and S/PV.4739", []string{"E/CN.4/2005/1", "S/PV.4739"}},
		// A part of three or more digits after a spaced slash is its own ("(S/ 2000/ 657)"), and a
		// number after a spaced symbol is no part of it.
		{"(S/ 2000/ 657) 12 May", []string{"S/2000/657"}},
		{"document S/ 25 (2005)", []string{"S/25"}},
	}
	checkSymbols(t, x, cases)
}
