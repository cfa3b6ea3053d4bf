package extract

import (
	"strings"
	"testing"
)

// A yearless agency dateline takes the year of a "YYYY年M月" month of its
// own month (date_dateline_yearmonth_zh.go), so the days the story counts
// from it date their meetings; a month of another month gives no year, and a
// text that prints a full date keeps that one.
func TestYearMonthDateline(t *testing.T) {
	cases := []struct{ name, text, want, not string }{
		{"month-of-presidency", "中新社联合国3月2日电 中国担任安理会2011年3月轮值主席国。安理会将于本月10日召开由中国主持的公开辩论会。\n",
			"meeting:UNSC:2011-03-10", ""},
		{"other-month", "中新社联合国3月2日电 中国曾于2011年5月担任安理会轮值主席国。安理会将于本月10日召开公开辩论会。\n",
			"", "meeting:UNSC:2011-03-10"},
		{"full-date-printed", "中新社联合国3月2日电 中国担任安理会2011年3月轮值主席国。安理会曾于2010年12月7日召开会议。\n",
			"meeting:UNSC:2010-12-07", "meeting:UNSC:2011-03-02"},
	}
	for _, c := range cases {
		got := map[string]bool{}
		for _, pred := range []string{"describes", "references"} {
			for k := range relationsOf(extractString(t, c.text), pred) {
				got[k[strings.LastIndexByte(k, ' ')+1:]] = true
			}
		}
		if c.want != "" && !got[c.want] {
			t.Errorf("%s: want %s, got %v", c.name, c.want, got)
		}
		if c.not != "" && got[c.not] {
			t.Errorf("%s: %s is no meeting", c.name, c.not)
		}
	}
}
