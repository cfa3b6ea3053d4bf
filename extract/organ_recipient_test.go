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
