package extract

import (
	"strings"
	"testing"
)

// A day written without its month takes the month of the story's own
// dateline when a mirror's later page stamp dates the document
// (date_dayonly_dateline.go); a dateline on or after the stamp changes nothing.
func TestDayOnlyDatelineMonth(t *testing.T) {
	cases := []struct{ text, want, not string }{
		// the wording of a China News Service story (northhouse.cc tag page), under a later stamp
		{"发布时间:2020-10-20 08:50:00\n中新社联合国9月3日电 第74届联合国大会3日举行了近半年来首次面对面会议。\n", "meeting:UNGA:2020-09-03", "meeting:UNGA:2020-10-03"},
		// a day past the dateline's day still counts back into the month before
		{"发布时间:2024-11-24 17:59:03\n新华社联合国9月2日电 联合国安理会8月30日举行会议后,安理会28日曾就也门局势举行会议。\n", "meeting:UNSC:2024-08-28", "meeting:UNSC:2024-11-28"},
		// lisabell.cn: the stamp is older than the dateline; the day stays the dateline's
		{"发布时间:2024-11-15 14:30:20\n新华社联合国11月20日电(记者王建刚)联合国秘书长古特雷斯20日感谢中方在安理会主持召开公开辩论会。\n", "meeting:UNSC:2024-11-20", ""},
		// 122.227.57.98 (China News Service): a December story under a November stamp; the day is December's
		{"发布时间:2024-11-09 18:30:57 来源: sp20241109\n中新网 12月13日电 据联合国新闻网消息,当地时间12日,联合国大会针对巴以冲突召开紧急会议。\n", "meeting:UNGA:2024-12-12", "meeting:UNGA:2024-11-12"},
	}
	for _, c := range cases {
		got := map[string]bool{}
		for _, pred := range []string{"describes", "references"} {
			for k := range relationsOf(extractString(t, c.text), pred) {
				got[k[strings.LastIndexByte(k, ' ')+1:]] = true
			}
		}
		if c.want != "" && !got[c.want] {
			t.Errorf("%q: want %s, got %v", c.text, c.want, got)
		}
		if c.not != "" && got[c.not] {
			t.Errorf("%q: %s is no meeting", c.text, c.not)
		}
	}
}
