package extract

import (
	"strings"
	"testing"
)

// meetingDates lists the dates of the meetings a text gives.
func meetingDates(f *Facts) map[string]bool {
	out := map[string]bool{}
	for id := range entityIDs(f, TypeMeeting) {
		out[id[strings.LastIndex(id, ":")+1:]] = true
	}
	return out
}

// Chinese news dates a day alone in the month of its date line, "當天" as the
// day named before, and a header date that touches the headline. The texts
// are openings of real reports (pages corpus; addresses in each case).
func TestChineseDayAloneDates(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
		not        []string
	}{
		{
			// http://www.one-tool.net/guoji/20200715/071519349.html (Xinhua, Traditional)
			name: "day alone, that day, header stamp",
			text: "面對面! 安理會4個月以來首次返回聯合國總部召開會議\n\n新華網 | 2020-07-15 09:04:47\n\n聯合國安理會14日在紐約聯合國總部舉行面對面會議,這是安理會自新冠疫情全球暴發以來首次返回聯合國總部召開會議。\n\n當天的安理會會議議程豐富,首先通過了安理會擬向聯合國大會提交的年度報告和兩項決議。",
			want: []string{"2020-07-14"},
			not:  []string{"2020-07-15"},
		},
		{
			// http://world.people.com.cn/n1/2017/0201/c1002-29053916.html (People's Daily): the 30th, reported on 1 February
			name: "day alone past the date line's day is the month before",
			text: "联合国秘书长古特雷斯出席非盟峰会\n\n2017年02月01日10:12 | 来源:人民网-国际频道\n\n人民网联合国2月1日电(记者 殷淼)联合国秘书长安东尼奥·古特雷斯30日出席了在埃塞俄比亚首都亚的斯亚贝巴举行的非洲联盟首脑会议。",
			want: []string{"2017-01-30"},
		},
		{
			// http://jxbentu.cn/a/202202/28/WS621c8805a310cdd39bc89554.html (China Daily, Traditional)
			name: "year-first date line touching the headline",
			text: "聯合國將就烏克蘭局勢舉行聯大緊急特別會議\n中國日報網 2022-02-28 16:29\n聯合國安理會27日舉行會議,表決通過了要求就烏克蘭局勢舉行緊急特別聯大的第2623號決議。",
			want: []string{"2022-02-27"},
			not:  []string{"2022-02-28"},
		},
		{
			// http://hamasdt.com/cn/Instant/expo/202311/t20231103_7514226.html (Xinhua; a site footer: a span of days is no date)
			name: "a number of days",
			text: "發布時間:2023-11-03 09:00:00來源: 新華網\n\n新華社聯合國11月1日電 安理會將於11月20日舉行公開辯論會。\n如因作品內容、版權和其它問題需要同本網聯繫的,請在見網後30日內進行會議。",
			want: []string{"2023-11-20"},
			not:  []string{"2023-11-30"},
		},
		{
			// http://81.cn/jfjbmap/content/2021-09/16/content_299214.htm (PLA Daily quoting Xinhua), with a mirror
			// site's later posting stamp adapted in: the day alone is the dateline's month, not the stamp's
			name: "day alone after a dateline, posting stamp weeks later",
			text: "发布时间:2021-10-25 09:00:00\n据新华社联合国9月14日电 (记者尚绪谦、王建刚)第76届联合国大会14日在纽约联合国总部开幕。\n联合国秘书长古特雷斯表示,希望各国加快应对新冠疫情的步伐。",
			want: []string{"2021-09-14"},
			not:  []string{"2021-10-14"},
		},
		{
			// http://whygutenberg.com/xwzx/gj/202203/t20220311_12418757.htm (Xinhua, Traditional): a remark's day,
			// "當天" at another body's conference, and the posting stamp under a headline on dialogue date no UN meeting
			name: "no UN meeting",
			text: "聯合國秘書長呼吁以更大創造力和決心通過對話化解沖突\n\n2022-03-11 14:04:00\n來源:新華網\n\n新華社聯合國3月10日電(記者王建剛)聯合國秘書長古特雷斯10日呼吁國際社會以更大的創造力和決心,通過對話和調解找到解決沖突的機會。\n\n古特雷斯當天在土耳其舉行的第八屆伊斯坦布爾調解問題會議上發表視頻講話,對目前世界多地沖突不斷升級表示擔憂。",
			not:  []string{"2022-03-10", "2022-03-11"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := meetingDates(extractString(t, c.text))
			for _, w := range c.want {
				if !got[w] {
					t.Errorf("want a meeting of %s, got %v", w, got)
				}
			}
			for _, n := range c.not {
				if got[n] {
					t.Errorf("no meeting of %s expected, got %v", n, got)
				}
			}
		})
	}
}

// "今（2）日" is today, the 2nd, in the month of the header's date
// (testdata/dev2: Liberty Times, 2 March 2026).
func TestChineseTodayWithDay(t *testing.T) {
	f := extractFile(t, "../testdata/dev2/zh_22_news_hant_20260302_melania_presides.txt")
	if got := meetingDates(f); !got["2026-03-02"] || got["2026-02-28"] {
		t.Errorf("want the meeting of 2026-03-02 only (2月28日 is a strike), got %v", got)
	}
}
