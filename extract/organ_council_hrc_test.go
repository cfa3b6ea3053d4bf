package extract

import "testing"

// A bare "Council" in a text on the Human Rights Council is the HRC; the
// Security Council keeps it where it is the Council named last, and in every
// text that names no HRC.
func TestBareCouncilAfterHumanRightsCouncil(t *testing.T) {
	for _, c := range []struct{ name, text, want, not string }{
		// https://www.cfjustice.org/ar/ (جنيف : تفاصيل انعقاد الدورة التاسعة والثلاثين لمجلس حقوق الإنسان), trimmed
		{"ar", "جنيف (4 أيلول / سبتمبر 2018)\nأعلن مجلس حقوق الإنسان التابع للأمم المتحدة عقد دورته العادية التاسعة والثلاثين في قصر الأمم بجنيف.\nومن المقرر في الجلسة الأولى في صباح الاثنين ، 10 أيلول / سبتمبر ، أن يستمع المجلس إلى معلومات مستكملة عن حالة حقوق الإنسان في جميع أنحاء العالم.\n",
			"meeting:HRC:2018-09-10 org:HRC", "meeting:UNSC:2018-09-10 org:UNSC"},
		// http://spanish.people.cn/31618/8143421.html, trimmed, with a dated Security Council meeting
		{"es-unsc-last", "El Consejo de Derechos Humanos de las Naciones Unidas inició en Ginebra su 22 sesión regular.\nLa Alta Comisionada declaró que el Consejo de Seguridad de la organización mundial ha fallado hasta ahora en lo que respecta a Siria.\nEl 28 de febrero de 2013 el Consejo celebró una sesión sobre Siria.\n",
			"meeting:UNSC:2013-02-28 org:UNSC", "meeting:HRC:2013-02-28 org:HRC"},
		{"en-no-hrc", "The Security Council met on 27 February 2012 on Syria.\nOn 28 February 2012 the Council held consultations.\n",
			"meeting:UNSC:2012-02-28 org:UNSC", "meeting:HRC:2012-02-28 org:HRC"},
	} {
		got := relationsOf(extractString(t, c.text), PredHeldBy)
		if !got[c.want] || got[c.not] {
			t.Errorf("%s: heldBy %v, want %q and not %q", c.name, got, c.want, c.not)
		}
	}
}
