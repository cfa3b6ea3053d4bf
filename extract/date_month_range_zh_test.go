package extract

import "testing"

// A range of days into a later month is one date, its first day: the general
// debate "將于9月25日至10月1日舉行" (Xinhua of 20 September 2012, Traditional, as
// ischool.net.cn reposts it) is one meeting; its last day, read on its own, was
// a date that "當天" after it repeated, so that the Secretary-General's press
// conference made a General Assembly meeting of 1 October.
func TestChineseRangeIntoLaterMonth(t *testing.T) {
	checkDates(t, []dateCase{
		{"zh", "聯大一般性辯論將于9月25日至10月1日舉行。", []string{"?-9-25"}},
		{"zh", "2012年9月25日至10月1日", []string{"2012-09-25"}},
		// an earlier month after the mark is no range: two dates
		{"zh", "9月25日至3月1日", []string{"?-9-25", "?-3-1"}},
		{"zh", "9月2日至4日喀土穆会议", []string{"?-9-2/4"}},
	})
}
