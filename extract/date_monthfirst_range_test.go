package extract

import "testing"

// Ranges written month first ("December 19-20, 2024") keep their year and
// last day; "to" before a month joins two dates, not two days.
func TestMonthFirstRange(t *testing.T) {
	checkDates(t, []dateCase{
		// dppa.un.org/es/reports/all?page=4
		{"en", "On December 19-20, 2024, UNRCCA convened an online meeting of experts of the Central Asian States on water, energy,", []string{"2024-12-19/20"}},
		// unfoundation.org/event/ministerial-meeting-for-the-summit-of-the-future
		{"en", "The United Nations General Assembly has decided to hold a Summit of the Future on September 22-23, 2024, preceded by a preparatory ministerial meeting at the United Nations in New York on September 21, 2023.", []string{"2024-09-22/23", "2023-09-21"}},
		// justsecurity.org/88096/tracking-unga-78-notable-moments-and-key-themes/
		{"en", "with the 2023 Sustainable Development Goals (SDG) Summit taking place from September 18-19 during High-Level Week.", []string{"?-9-18/19"}},
		// simple.m.wikipedia.org/wiki/United_Nations_Conference_on_International_Organization: "to" before
		// a month is no last day; the span across months (joinMonthRanges) starts with the second's year.
		{"en", "This conference took place in San Francisco, California, from April 25 to June 26, 1945.", []string{"1945-04-25"}},
	})
}

// Arabic news aggregators stamp their pages in English with an ordinal day
// and a comma before the month.
func TestOrdinalCommaDay(t *testing.T) {
	checkDates(t, []dateCase{
		// arabkhabar.com/a/3158452
		{"ar", "سلوفانيا تتولى رئاسة مجلس الأمن الدولي لشهر أيلول تاريخ النشر: 1st, September 2024 GMT سرايا - تتولى دولة سلوفانيا", []string{"2024-09-01"}},
		// arabkhabar.com/a/3338439
		{"ar", "جلسة لمجلس الأمن.. دعوات لتنفيذ القرار 1701 تاريخ النشر: 2nd, October 2024 GMT عقد مجلس الأمن جلسة", []string{"2024-10-02"}},
		// arabkhabar.com/a/1392383
		{"ar", "الجمعية العامة للأمم المتحدة تعتمد 5 قرارات لصالح فلسطين تاريخ النشر: 7th, December 2023 GMT اعتمدت الجمعية العامة", []string{"2023-12-07"}},
		// arabkhabar.com/a/2206473
		{"ar", "مجلس الأمن يعقد جلسة اليوم للتصويت على الوقف الفوري لإطلاق النار في غزة تاريخ النشر: 23rd, March 2024 GMT يعقد مجلس الأمن الدولي اليوم السبت", []string{"2024-03-23"}},
	})
}
