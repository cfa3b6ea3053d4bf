package extract

import "testing"

// A mirror's title line restates the statement's numbers before its symbol:
// the symbol is the document's own, not a citation (corpus 61_zh, zhonghuashu.com).
func TestTitleLineOwnSymbol(t *testing.T) {
	text := "联合国安理会主席声明2008年第30号\n联合国安理会主席声明2008年第30号 S/PRST/2008/30 2008年8月7日\n安全理事会主席的声明\n" +
		"安全理事会主席在2008年8月19日安全理事会第5960次会议上,就安理会审议的题为“非洲和平与安全”的项目,代表安理会发表声明如下:\n"
	f := extractString(t, text)
	checkOwnSymbolUncited(t, f, "S/PRST/2008/30")
	// A symbol whose numbers the line does not print before it is no title's (corpus 59_zh's wording).
	f = extractString(t, "联合国安理会第1828号决议\n- 注意到7月21日非洲联盟(非盟)和平与安全理事会第142次会议的公报(S/2008/481,附件),考虑到该理事会成员就2008年7月14日国际刑事法院检察官提出申请后的可能事态\n")
	if f.Doc.Symbol == "S/2008/481" {
		t.Errorf("symbol %q taken from a line that does not restate it", f.Doc.Symbol)
	}
}
