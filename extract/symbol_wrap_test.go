package extract

import "testing"

// Symbols as scanned and Chinese documents print them: written against Han
// characters, or broken after a slash at a line's end.
func TestSymbolsWrappedAndAfterHan(t *testing.T) {
	x := builtin(t)
	cases := []symbolCase{
		// S/RES/2446 (2018), zhonghuashu.com (testdata/dev2/zh_190): the statements' dates stand against their symbols.
		{"以及2014年12月18日S/PRST/2014/28号、2015年10月20日S/PRST/2015/17号主席声明,", []string{"S/PRST/2014/28", "S/PRST/2015/17"}},
		// The presidential statement of 31 December 2015 (malaysiaunsc.kln.gov.my), broken as a two-column PDF breaks it.
		{"the Secretary-General’s report entitled ‘The Future of United Nations Peace Operations: Implementation of the Recommendations of the High-Level Independent Panel on Peace Operations’ (S/2015/\n682) and of the recommendations of the report of the High-level Independent Panel on Peace Operations (S/2015/446)",
			[]string{"S/2015/682", "S/2015/446"}},
		{"resolution S/RES/\n1373 (2001)", []string{"S/RES/1373(2001)"}},
		// A slash at the line's end with no digits after it continues nothing.
		{"(S/2015/682 and S/2015/\nAdd.1)", []string{"S/2015/682", "S/2015"}},
		// A letter of another alphabet glued to the series letter is no boundary.
		{"ДS/2015/682", nil},
	}
	checkSymbols(t, x, cases)
}
