package extract

import "testing"

// A topic mention ("联合国同欧盟合作问题") cancels the attendance of that mention
// only (negation_topic.go): the organization named as the topic does not
// speak by it, but a briefing it gives in the same comma-joined sentence
// ("听取了……的通报") is attendance.
func TestTopicMentionNegation(t *testing.T) {
	cases := []struct {
		text      string
		want, not []string
	}{
		{"2022-06-17 09:00:00\n中新社联合国6月16日电 联合国安理会16日就联合国同欧盟合作问题举行公开会,中国常驻联合国副代表戴兵在会上发言。\n",
			[]string{"country:CHN meeting:UNSC:2022-06-16"}, []string{"org:EU "}},
		{"2022-06-17 09:00:00\n中新社联合国6月16日电 联合国安理会16日就联合国同欧盟合作问题举行通报会,听取了欧盟外交和安全政策高级代表的通报。\n",
			[]string{"org:EU meeting:UNSC:2022-06-16"}, nil},
	}
	for _, c := range cases {
		got := relationsOf(extractString(t, c.text), "attended")
		has := func(prefix string) bool {
			for k := range got {
				if len(k) >= len(prefix) && k[:len(prefix)] == prefix {
					return true
				}
			}
			return false
		}
		for _, w := range c.want {
			if !has(w) {
				t.Errorf("%q: want %s…, got %v", c.text, w, got)
			}
		}
		for _, n := range c.not {
			if has(n) {
				t.Errorf("%q: %s… is the topic, got %v", c.text, n, got)
			}
		}
	}
}
