package extract

import "testing"

// The organ a report is made to does not hold the meeting that adopts it.
func TestOrganRecipientIsNotTheMeeting(t *testing.T) {
	cases := []struct{ source, text, want, not string }{
		{"https://www.un.org/press/en/2021/sc14534.doc.htm",
			"27 May 2021\n8781st Meeting (AM)\n\nSecurity Council Adopts 2020 Annual Report to General Assembly\n\nThe Security Council adopted its annual report to the General Assembly today, covering the period from 1 January to 31 December 2020.\n",
			"meeting:UNSC:2021-05-27", "meeting:UNGA:2021-05-27"},
		{"https://johinanews.com/article/245599",
			"2024-11-19 - الثلاثاء\nمجلس الأمن يعتمد تقريره السنوي المقدم إلى الجمعية العامة\nجهينة نيوز -\nاعتمد مجلس الأمن الدولي، الليلة الماضية، تقريره السنوي المقدم إلى الجمعية العامة، والذي يتضمن ولأول مرة فصلا مخصصا للتقارير الخاصة عن استخدام حق النقض.\n",
			"meeting:UNSC:2024-11-18", "meeting:UNGA:2024-11-18"},
	}
	for _, c := range cases {
		ids := entityIDs(extractString(t, c.text), TypeMeeting)
		if !ids[c.want] || ids[c.not] {
			t.Errorf("%s: meetings %v, want %s", c.source, ids, c.want)
		}
	}
}

// The body a State is elected to, passed over in its sentence, does not make
// the document's default organ either: the Assembly named in the next
// sentence holds the vote (defaultOrgan, meetings.go).
func TestOrganRecipientNotCountedForDefault(t *testing.T) {
	source := "https://cidafucm.es/angola-en-el-consejo-de-seguridad-de-la-onu"
	text := "17 de octubre de 2014\n\nAngola fue ayer elegido miembro no permanente del Consejo de Seguridad de la ONU para un período de dos años a partir del 1 de enero de 2015.\nLa elección se decidió en la sesión plenaria de 25 de la Asamblea General de las Naciones Unidas, que se reunió para elegir a los cinco países que sustituirán a Ruanda, Argentina, Luxemburgo, Australia y Corea del Sur, que terminan su mandato este año.\n"
	ids := entityIDs(extractString(t, text), TypeMeeting)
	if !ids["meeting:UNGA:2014-10-16"] || ids["meeting:UNSC:2014-10-16"] {
		t.Errorf("%s: meetings %v, want meeting:UNGA:2014-10-16", source, ids)
	}
}
