package extract

import (
	"strings"
	"testing"
)

// The Security Council's resolutions of the 1970s in Chinese print their
// adoption date alone on the line above the resolution's number
// (zh.m.wikisource.org, S/RES/408 (1977)). The normalized text joins the two
// lines, "一九七七年五月二十六日第408(1977)号", which otherDocDate read as
// another resolution cited by its date (metadata.go): the header's date is the
// adoption meeting's, which the resolution describes.
func TestChineseResolutionDateLineOverNumber(t *testing.T) {
	f := extractString(t, "一九七七年五月二十六日\n第408(1977)号决议\n安全理事会,\n审议了秘书长关于联合国脱离接触观察员部队的报告,\n"+
		"(a)要求有关各方立即执行一九七三年十月二十二日安全理事会第338(1973)号决议;\n第二〇一〇次会议以十二票对零票通过。\n")
	described := map[string]bool{}
	for k := range relationsOf(f, "describes") {
		described[k[strings.LastIndexByte(k, ' ')+1:]] = true
	}
	if !described["meeting:UNSC:1977-05-26"] || len(described) != 1 {
		t.Errorf("want the adoption meeting of 26 May 1977 described, and it only, got %v", described)
	}
	// In running text the date before a resolution's number is still that resolution's.
	f = extractString(t, "安全理事会,\n回顾其1992年1月23日第733(1992)号决议,\n")
	if m := relationsOf(f, "describes"); len(m) != 0 {
		t.Errorf("a cited resolution's date is no meeting, got %v", m)
	}
}
