package extract

import (
	"os"
	"testing"
)

// A range of several days around the dated meetings of the text is the
// mission's span, not a meeting: the briefing on the Council's mission to the
// AU of 5-9 September 2017, whose joint meetings the text dates on 7 and 8
// September (Ethiopian embassy page, kept in testdata/dev2).
func TestSpanAroundMeetingsIsNoMeeting(t *testing.T) {
	b, err := os.ReadFile("../testdata/dev2/en_104_news_20170913_ethioembassy_mission.txt")
	if err != nil {
		t.Fatal(err)
	}
	ms := entityIDs(extractString(t, string(b)), TypeMeeting)
	if ms["meeting:UNSC:2017-09-05"] || !ms["meeting:UNSC:2017-09-07"] || !ms["meeting:UNSC:2017-09-08"] {
		t.Errorf("meetings: %v (want 7 and 8 September, not the 5-9 September span)", ms)
	}
}

// The story's own date on the first day of a range does not make it a span:
// "date 2025-09-23 ... общеполитические дебаты ... пройдут с 23 по 27 сентября,
// а также 29 сентября" (ctv.by, the opening of the 80th session) dates the
// debate from 23 September.
func TestSpanFromOwnDateIsMeeting(t *testing.T) {
	txt := "date 2025-09-23\n\n80-я сессия Генассамблеи ООН\n\nОсновным событием 80-й сессии, как ожидается, станут общеполитические дебаты в рамках недели высокого уровня, которые пройдут с 23 по 27 сентября, а также 29 сентября.\n"
	ms := entityIDs(extractString(t, txt), TypeMeeting)
	if !ms["meeting:UNGA:2025-09-23"] {
		t.Errorf("meetings: %v (want the debate of 23 September)", ms)
	}
	// A day inside the range that the text dates otherwise keeps it a span.
	txt2 := "date 2025-09-23\n\nВизит\n\nМиссия Совета Безопасности посетит Аддис-Абебу с 23 по 27 сентября. Заседание Совета Безопасности с Африканским союзом состоится 25 сентября.\n"
	ms = entityIDs(extractString(t, txt2), TypeMeeting)
	if ms["meeting:UNSC:2025-09-23"] || !ms["meeting:UNSC:2025-09-25"] {
		t.Errorf("meetings: %v (want 25 September, not the 23-27 September span)", ms)
	}
}
