package extract

import (
	"strings"
	"testing"
)

// A Chinese news page prints its date line as day.month.year under the
// headline; the normalized text joins the two lines, so a Han character
// touches the date (changsha.baogaosu.com, Xinhua of 1 March 2016).
func TestDayFirstDatesTouchingHan(t *testing.T) {
	checkDates(t, []dateCase{
		{"zh", "联合国安理会2日晚上将对涉朝决议进行表决\n02.03.2016 09:39\n本文来源: 长沙新闻网", []string{"2016-03-02"}},
		// A number run on from a Latin word or a digit is still no date.
		{"zh", "版本v02.03.2016发布", nil},
		{"fr", "Communiqué du 02.03.2016 à 09:39", []string{"2016-03-02"}},
	})
}

// "当天" repeats the day of the President's remark, not the day of the vote
// his remark announces (Xinhua, 1 March 2016, as 101.201.78.234/news/view?id=3708
// reposts it): the consultations on the programme of work were held on the 1st.
func TestSameDayIsNoDayToCome(t *testing.T) {
	f := extractString(t, "联合国安理会2日将对涉朝决议进行表决\n发布时间:2016-03-02 08:38\n"+
		"新华社联合国3月1日电(记者倪红梅 史霄萌)联合国安理会本月轮值主席、安哥拉常驻联合国代表伊斯梅尔·马丁斯1日说,安理会2日将对涉朝决议进行表决。\n"+
		"安理会当天就3月工作方案举行磋商并达成一致。\n")
	described := map[string]bool{}
	for k := range relationsOf(f, "describes") {
		described[k[strings.LastIndexByte(k, ' ')+1:]] = true
	}
	if !described["meeting:UNSC:2016-03-01"] {
		t.Errorf("want the consultations of 1 March 2016 described, got %v", described)
	}
}
