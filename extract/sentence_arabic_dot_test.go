package extract

import "testing"

// A dot between two Arabic words with no space after it ("للجلسة
// الطارئة.يذكر أن") ends a sentence, as a web page that lost the space
// meant: the rule for the next sentence ("يذكر أن" ...) does not reach back
// into the one before, where "بعد غد الخميس" dates a meeting.
func TestArabicDotWithoutSpaceEndsSentence(t *testing.T) {
	// ksaplayers.com, 16 May 2018 (testdata/dev2/ar_118)
	text := "مجلس حقوق الإنسان يعقد جلسة طارئة الجمعة المقبلة لبحث تدهور أوضاع فلسطين\n" +
		"\n" +
		"  • 5/16/2018\n" +
		"  • 00:00\n" +
		"\n" +
		"قرر مجلس حقوق الإنسان التابع للأمم المتحدة، عقد جلسة طارئة الجمعة المقبلة، حول تدهور أوضاع حقوق الإنسان في الأراضي الفلسطينية بما في ذلك القدس الشرقية.وذكر المجلس - في بيان اليوم الثلاثاء - أن هذه الدورة الاستثنائية ستعقد بناء على طلب رسمي تقدمت به مساء اليوم فلسطين والإمارات العربية المتحدة نيابة عن المجموعة العربية، لافتا إلى أن الطلب دعمته 26 دولة حتى الآن.وأوضح المجلس أنه سيعقد اجتماعا تنظيميا بعد غد الخميس للإعداد للجلسة الطارئة.يذكر أن طلب عقد جلسة خاصة يتطلب دعم ثلث أعضاء المجلس البالغ عددهم 47 عضوا أي يلزم موافقة 16 عضوا أو أكثر.\n"
	ids := entityIDs(extractString(t, text), TypeMeeting)
	if !ids["meeting:HRC:2018-05-17"] {
		t.Errorf("meetings %v, want meeting:HRC:2018-05-17 (the organizational meeting of Thursday)", ids)
	}
}
