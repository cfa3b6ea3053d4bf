package extract

import "testing"

// A day in digits may take the words of an ordinal day before the month:
// "18 من شهر أكتوبر 2024" is 18 October 2024, not October.
func TestDigitDayFillers(t *testing.T) {
	checkDates(t, []dateCase{
		// aleqtisady.com/world/روسيا-والإمارات-تدعوان-لاجتماع-مجلس-ا…
		{"ar", "دعت روسيا والإمارات المتحدة العربية، اليوم الأربعاء الموافق 18 من شهر أكتوبر 2024، إلى عقد اجتماع طارئ لمجلس الأمن الدولي", []string{"2024-10-18"}},
		// mowsoa.com/?p=22131
		{"ar", "3 من شهر مارس 2023: دولة جورجيا. 8 من شهر مارس 2023: يتزامن هذا اليوم مع الاحتفال العالمي بالمرأة", []string{"2023-03-03", "2023-03-08"}},
		// masress.com/elfagr/3072567: the article glued to the day.
		{"ar", "يحتفل الأكراد بعيد النوروز في ال21 من مارس في كل عام، اليوم الذي يرتبط بيوم عيد الربيع", []string{"?-3-21"}},
		// m2.youm7.com/story/2023/11/30/إكوادور-تتسلم-رئاسة-مجلس-الأمن-عن-شهر-ديسمبر/6394252: the ordinal day is read as before.
		{"ar", "نتيجة الحرب على قطاع غزة منذ السابع من أكتوبر الماضي", []string{"?-10-7"}},
		// darelhilal.com/Print/1524396.aspx: no filler, as before.
		{"ar", "يعقد مجلس الأمن الدولي اجتماعا بشأن أوكرانيا، في 13 يناير الجاري، وفقا لإفادة من برنامج عمل المجلس", []string{"?-1-13"}},
	})
}
