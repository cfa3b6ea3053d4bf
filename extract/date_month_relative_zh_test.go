package extract

import (
	"strings"
	"testing"
)

// "本月20日" is the 20th of the story's month, "上月28日" the 28th of the month
// before (the wording of Xinhua's monthly programme stories: "安理会将于本月20日
// 举行公开辩论会"); "每月20日" names no day.
func TestRelativeMonthDays(t *testing.T) {
	cases := []struct{ text, want, not string }{
		{"2023-11-03 09:00:00\n新华社联合国11月1日电 在中方倡议下,安理会将于本月20日举行公开辩论会。\n", "meeting:UNSC:2023-11-20", ""},
		{"2024-01-05 10:00:00\n新华社联合国1月4日电 安理会上月28日举行会议,审议也门局势。\n", "meeting:UNSC:2023-12-28", ""},
		{"2024-01-05 10:00:00\n新华社联合国1月4日电 安理会每月20日举行会议,审议也门局势。\n", "", "meeting:UNSC:2024-01-20"},
	}
	for _, c := range cases {
		got := map[string]bool{}
		for k := range relationsOf(extractString(t, c.text), "describes") {
			got[k[strings.LastIndexByte(k, ' ')+1:]] = true
		}
		if c.want != "" && !got[c.want] {
			t.Errorf("%q: want %s, got %v", c.text, c.want, got)
		}
		if c.not != "" && got[c.not] {
			t.Errorf("%q: %s is no meeting", c.text, c.not)
		}
	}
}
