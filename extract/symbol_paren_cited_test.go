package extract

import "testing"

// A resolution preamble cites statements in parentheses after their dates; on
// one long line the numbers of one symbol may all stand earlier (2017 in
// "2345(2017)", 16 in "4 月 16 日"), which is no title restating it.
func TestParenSymbolNotTitleOwn(t *testing.T) {
	// https://zh.wikisource.org/wiki/%E8%81%94%E5%90%88%E5%9B%BD%E5%AE%89%E7%90%86%E4%BC%9A%E7%AC%AC2627%E5%8F%B7%E5%86%B3%E8%AE%AE
	text := "安全理事会,\n回顾其以往各项相关决议,包括第 825(1993)、1540(2004)、1695(2006)、1718(2006)、1874(2009)、2345(2017)、2356(2017)和 2569(2021)号决议,以及 2006 年 10 月 6 日(S/PRST/2006/41)、2009 年 4 月 13 日(S/PRST/2009/7)、2012 年 4 月 16 日 (S/PRST/2012/13)和 2017 年 8 月 29 日(S/PRST/2017/16)安理会主席声明,\n"
	f := extractString(t, text)
	if f.Doc.Symbol != "" {
		t.Errorf("symbol %q taken from a parenthesized citation", f.Doc.Symbol)
	}
	if n := len(relationsOf(f, PredCites)); n != 4 {
		t.Errorf("%d citations, want 4", n)
	}
	// The bare title form keeps its own symbol.
	// https://zh.m.wikisource.org/wiki/%E8%81%94%E5%90%88%E5%9B%BD%E5%AE%89%E7%90%86%E4%BC%9A%E4%B8%BB%E5%B8%AD%E5%A3%B0%E6%98%8E2008%E5%B9%B4%E7%AC%AC30%E5%8F%B7
	f = extractString(t, "联合国安理会主席声明2008年第30号 S/PRST/2008/30 2008年8月7日\n安全理事会主席的声明\n")
	if f.Doc.Symbol != "S/PRST/2008/30" {
		t.Errorf("symbol %q, want S/PRST/2008/30", f.Doc.Symbol)
	}
}
