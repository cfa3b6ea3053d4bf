package extract

import "testing"

// A day listed after a date with its month is that month's day: S/PRST/2011/10
// of 11 May 2011 (zh.wikisource.org) welcomes the consultative meeting held in
// Nairobi "2011年4月12日和13日", the 12th and the 13th of April, not the 13th of
// the statement's May (which the statement then described as a meeting of its
// own, until notmeeting/zh-r31-welcomed-conference-elsewhere).
func TestChineseDayListedAfterDate(t *testing.T) {
	text := "安全理事会主席声明\n安全理事会主席在2011年5月11日安全理事会第6532次会议上,就安理会审议的题为“索马里局势”的项目,代表安理会发表声明如下:\n" +
		"“安全理事会注意到,过渡期将于2011年8月结束。在这方面,安理会欢迎2011年4月12日和13日在内罗毕举行高级别协商会议。\n"
	d, err := builtin(t).extract("prst.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, dt := range d.dates {
		got[dt.iso()] = true
	}
	if got["2011-05-13"] || !got["2011-04-13"] || !got["2011-04-12"] {
		t.Errorf("want the days 12 and 13 April 2011, not 13 May, got %v", got)
	}
}
