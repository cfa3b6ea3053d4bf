package extract

import "testing"

// A day or year glued to an Arabic month name is still read; digits glued to
// another word make no date.
func TestGluedArabicMonth(t *testing.T) {
	checkDates(t, []dateCase{
		// lights-sy.com/66342: the year glued after the month, with the era letter.
		{"ar", "في مثل هذا اليوم 10 يناير1946م.. منظمة الأمم المتحدة تعقد أول جمعية عامة لها في لندن بحضور مندوبين عن 51 دولة", []string{"1946-01-10"}},
		// arabkhabar.com/a/3158452: a count glued to a noun.
		{"ar", "ويتكون المجلس من 15 دولة، لكل منها صوت واحد، منها خمس دول دائمة العضوية، و 10دول أعضاء غير دائمة تنتخب لمدة عامين", nil},
		// alalam.ir/news/7356688: Arabic-Indic digits, spaced as usual.
		{"ar", "الأمم المتحدة تتبنى 5 قرارات لمصلحة فلسطين بأغلبية ساحقة السبت ٠٦ ديسمبر ٢٠٢٥ ٠٣:٠٠ بتوقيت غرينتش", []string{"2025-12-06"}},
	})
}
