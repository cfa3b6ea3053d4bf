package extract

import (
	"strings"
	"testing"
)

// The posting stamps of two Chinese pages no other date form reads: People's
// Daily of 3 July 2020 as a repost prints it ("20-07-03 09:08"; dev2 zh_291)
// and Xinhua's big5 gateway ("2022 03/ 01 04:33:22"; dev2 zh_970). Without a
// clock after it, or past the opening, or touching a Latin word, it is no stamp.
func TestClockStampDatesZh(t *testing.T) {
	checkDates(t, []dateCase{
		{"zh", "安理会通过新冠肺炎疫情决议是多边主义的胜利\n\n20-07-03 09:08 来源:人民网-人民日报 编辑:沈文刚", []string{"2020-07-03"}},
		{"zh", "2022 03/ 01 04:33:22\n來源:新華網\n\n聯合國大會就烏克蘭局勢召開緊急特別會議", []string{"2022-03-01"}},
		{"zh", "比分20-07-03", nil},
		{"zh", "版本v20-07-03 09:08", nil},
		{"en", "Score 20-07-03 09:08", nil},
	})
}

// With the stamp, the story's days without their year are read: the Council's
// 1 July 2020 adoption ("联合国安理会7月1日一致通过") and the Assembly's
// session of the 28th ("聯合國大會28日").
func TestClockStampDatesStory(t *testing.T) {
	for text, want := range map[string]string{
		"20-07-03 09:08 来源:人民网-人民日报 编辑:沈文刚\n\n  本报联合国7月1日电  联合国安理会7月1日一致通过关于新冠肺炎疫情的决议,要求安理会议程上的冲突各方立即停止敌对行动。\n": "meeting:UNSC:2020-07-01",
		"2022 03/ 01 04:33:22\n來源:新華網\n\n  新華社聯合國2月28日電(記者尚緒謙)聯合國大會28日就烏克蘭局勢召開緊急特別會議。\n":                        "meeting:UNGA:2022-02-28",
	} {
		f := extractString(t, text)
		got := map[string]bool{}
		for k := range relationsOf(f, "describes") {
			got[k[strings.LastIndexByte(k, ' ')+1:]] = true
		}
		if !got[want] || len(got) != 1 {
			t.Errorf("%q: want only %s described, got %v", text[:20], want, got)
		}
	}
}

// A gap that excludes an alternation ("~!(<meeting> | \"决议\" | \"号决议\")",
// notmeeting/zh-r22-date-said-no-resolution): the Assembly's resolution of
// 16 June 2025 "宣布" keeps its adoption meeting, and the day it designates
// is none (www.munue.com/united-nations-day.html).
func TestGapExcludesAlternationZh(t *testing.T) {
	for text, want := range map[string]string{
		"2025年6月16日,第79届联合国大会通过决议宣布,将12月4日设立为“反对单边强制措施国际日”,以助力提高全球对不符合国际法和《联合国宪章》的单方面强制性措施的不利影响的认识。": "meeting:UNGA:2025-06-16",
	} {
		f := extractString(t, text)
		got := map[string]bool{}
		for k := range relationsOf(f, "describes") {
			got[k[strings.LastIndexByte(k, ' ')+1:]] = true
		}
		if (want == "" && len(got) != 0) || (want != "" && (!got[want] || len(got) != 1)) {
			t.Errorf("%q: want %q described, got %v", text[:24], want, got)
		}
	}
}
