package extract

import "testing"

// The Security Council's Chinese annual round-up prints its own press-release
// symbol and date after the label "联合国新闻稿" under the headline: that symbol
// is the release's own (not a citation) and the date is the release's date.
func TestPressReleaseLabelOwnSymbol(t *testing.T) {
	// https://www.un.org/securitycouncil/zh/content/annual-round-ups-2020
	f := extractString(t, "安全理事会2020年综述\n\n2020年，在全球8400万人感染2019冠状病毒病的背景下，安理会继续推进保护平民、建设和平的任务\n\n联合国新闻稿  SC/14407  2021年1月11日  全文下载PDF文件\n\n导言\n\n2020年，安理会的15个理事国共召开了238次公开会议，通过了57项决议，发表了13项主席声明。\n")
	if f.Doc.Symbol != "SC/14407" || f.Doc.Date != "2021-01-11" {
		t.Errorf("symbol %q date %q, want SC/14407 of 2021-01-11", f.Doc.Symbol, f.Doc.Date)
	}
	if cites := relationsOf(f, PredCites); len(cites) != 0 {
		t.Errorf("cites %v, want none (the release's own number is no citation)", cites)
	}
	// The label in running text gives the symbol after it no ownership.
	f = extractString(t, "安理会2021年1月11日发表综述。据联合国新闻稿 SC/14407 报道，安理会2020年共召开了238次公开会议。\n")
	if f.Doc.Symbol == "SC/14407" {
		t.Errorf("symbol %q, want none: the label stands inside a sentence", f.Doc.Symbol)
	}
}
