package extract

import (
	"testing"
	"testing/fstest"
)

// A pattern's literal of punctuation ("(") stands not between two adjacent
// elements of another pattern: the record's speaker line "Генеральный
// секретарь (говорит по-английски):" still makes the Secretary-General an
// attendee (attendance/ru-r27-record-speaker: X:{actor} then the language
// phrase) when some pattern asks for "(". Before round 32 the literal's token
// took the place of the phrase and the attendance was lost.
func TestPunctLiteralKeepsAdjacency(t *testing.T) {
	// rules/data/pattern/ru-attendance.tsv (https://www.un.org/ru/sg/messages/2011/a65pv101.shtml)
	text := "Генеральный секретарь ООН Пан Ги Мун\n\nВыступление на пленарном заседании ГА по случаю назначения на второй срок\n21 июня 2011 года\nГенеральный секретарь (говорит по-английски): Принятым сегодня решением и любезными словами в мой адрес государства-члены оказали мне огромную честь, которая не поддается описанию."
	user := fstest.MapFS{"pattern/ru.tsv": {Data: []byte("pattern\ttestlit/paren-country\t\"(\" C:{country} \")\"\tnotpresided(C)\n")}}
	x := builtinWith(t, user, "mine")
	if got := matchedIDs(t, x, text, "2011-06-21", "ru"); got["attendance/ru-r27-record-speaker"] == 0 {
		t.Errorf(`"(" a literal: attendance/ru-r27-record-speaker did not match; matches %v`, got)
	}
	f, err := x.Document("test.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if !relationsOf(f, PredAttended)["org:UNSG meeting:UNGA:2011-06-21"] {
		t.Errorf("org:UNSG attended meeting:UNGA:2011-06-21 missing: %v", relationsOf(f, PredAttended))
	}
	for _, k := range []string{"lit:(", "lit:（", "lit:)", "lit:,"} {
		if !punctLiteral(k) {
			t.Errorf("punctLiteral(%q) = false", k)
		}
	}
	for _, k := range []string{"lit:a ouvert", "lit:(a", "role", ""} {
		if punctLiteral(k) {
			t.Errorf("punctLiteral(%q) = true", k)
		}
	}
}
