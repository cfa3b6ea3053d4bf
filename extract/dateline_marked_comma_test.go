package extract

import "testing"

// In a language that marks its dates (Chinese), a day after a comma near a
// line's start opens a sentence ("据报道,6日,联合国安理会通过……声明"): it is no
// dateline, whose day a meeting pattern would skip (meetings.go isDateline);
// the Chinese dateline is the marked one ("中新网5月7日电").
func TestMarkedDateAfterCommaNoDateline(t *testing.T) {
	text := "2022-05-07 09:06:20\n  中新网5月7日电 据报道,6日,联合国安理会通过涉乌克兰局势声明,称对维护乌克兰的和平与安全深表关切。\n"
	f := extractString(t, text)
	if !relationsOf(f, "describes")[f.Doc.ID+" meeting:UNSC:2022-05-06"] {
		t.Errorf("want the Council's meeting of the 6th, got %v", relationsOf(f, "describes"))
	}
}
