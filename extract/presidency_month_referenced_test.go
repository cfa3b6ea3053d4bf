package extract

import "testing"

// A presidency said for the month falls on every Council meeting of that
// month the story dates, the background meeting it recalls too (meetings.go
// meetingsOfMonth): "安理会本月轮值主席、俄罗斯常驻联合国代表丘尔金首先向联大报告了
// 安理会本月6日通过关于提名古特雷斯担任秘书长的决议" (Xinhua, 13 October 2016).
func TestMonthPresidencyReferencedMeeting(t *testing.T) {
	text := "2016-10-14 08:00:00\n新华社联合国10月13日电 安理会13日举行会议。安理会本月轮值主席、俄罗斯常驻联合国代表丘尔金首先报告了安理会本月6日通过关于提名古特雷斯担任秘书长的决议。\n"
	f := extractString(t, text)
	if !relationsOf(f, "references")[f.Doc.ID+" meeting:UNSC:2016-10-06"] {
		t.Fatalf("the 6th is no background reference: %v", relationsOf(f, "references"))
	}
	got := relationsOf(f, "presidedBy")
	for _, want := range []string{"meeting:UNSC:2016-10-06 country:RUS", "meeting:UNSC:2016-10-13 country:RUS"} {
		if !got[want] {
			t.Errorf("want %s, got %v", want, got)
		}
	}
}
