package extract

import "testing"

// A page whose header prints no date, closing on a stamp line with the clock
// before the date ("18:52, 16.01.2026", interfax.com.ua's and unian.ua's
// stamps) or on the date and its issuer: that date is the document's,
// and the year of "22 сентября" in the text comes from it. Bodies:
// rossaprimavera.ru/news/94c9ab60 (the Council's September programme) and
// pressenza.com/es/2013/08/argentina-asume-la-presidencia-del-consejo-de-seguridad-de-la-onu.
func TestFooterStampLine(t *testing.T) {
	ru := "Совет Безопасности ООН проведет очередное заседание по Украине 22 сентября\n\n" +
		"Заседание, посвященное теме «поддержания мира и безопасности» Украины проведет Совет Безопасности ООН 22 сентября. Это следует из программы работы Совбеза в сентябре, распространенной 1 сентября.\n\n" +
		"Председательство в Совете Безопасности в сентябре принадлежит Франции.\n\n" +
		"Отметим, ранее первый заместитель постоянного представителя РФ при ООН Дмитрий Полянский заявил, что Россия запросила проведение заседания Совета Безопасности ООН на 6 сентября в связи с непрекращающимися обстрелами ВСУ Запорожской АЭС.\n\n"
	es := "La Argentina asume la Presidencia del Consejo de Seguridad de las Naciones Unidas, posición que conservará durante un mes en su calidad de Miembro no Permanente.\n" +
		"“Argentina desempeñará la Presidencia teniendo presente la necesidad de fortalecer el órgano en un momento en que la comunidad internacional busca dar respuesta a varios desafíos que recientemente han cobrado muchas víctimas”, señaló el Ministerio de Relaciones Exteriores en un comunicado divulgado hoy.\n" +
		"La presidencia del Consejo, en tanto, tendrá una duración de un mes, en cumplimiento del mecanismo de rotación mensual por orden alfabético que rige para sus miembros en se órgano.\n"
	cases := []docDateCase{
		{"clock before", ru + "16:57, 02.09.2022\n", "2022-09-02"},
		{"clock bar before", ru + "16:57 | 02.09.2022\n", "2022-09-02"},
		{"issuer after", es + "1 de agosto de 2013, Misión Permanente Argentina ante las Naciones Unidas\n", "2013-08-01"},
		// Not stamps: a place and date (a signature's), a sentence after the date,
		// an embedded post's date.
		{"place before", ru + "Нью-Йорк, 2 сентября 2022\n", ""},
		{"sentence after", es + "1 de agosto de 2013, dijo la Cancillería. Fin.\n", ""},
		{"sentence cut after", es + "1 de agosto de 2013, la Argentina asumió la presidencia del\n", ""},
		{"post no store line", es + "— Cancillería Argentina (@CancilleriaARG) August 1, 2013\n", ""},
	}
	checkDocDates(t, cases)
	// The year of the programme's "22 сентября" is the stamp's.
	f := extractString(t, ru+"16:57, 02.09.2022\n")
	if !entityIDs(f, TypeMeeting)["meeting:UNSC:2022-09-22"] {
		t.Errorf("clock before: no meeting:UNSC:2022-09-22")
	}
}
