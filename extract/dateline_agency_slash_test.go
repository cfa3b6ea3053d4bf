package extract

import "testing"

// WAM's datelines write the agency between slashes after the date; the
// date is the story's dateline. A date with a month's other name after the
// slash ("23 سبتمبر/أيلول") is no such dateline.
func TestAgencySlashDateline(t *testing.T) {
	for text, want := range map[string]bool{
		// https://opinionssur.com/الله-يرحمها-وجعلكم-خير-خلف/nouvelles
		"أبوظبي في 14 مايو / وام / أكد معالي صقر غباش رئيس المجلس الوطني الاتحادي أن صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة \"حفظه الله\" خير .": true,
		// https://www.wam.ae/ar/article/bmzt89k-أحمد-جمعه-الزعابي-عيد-الاتحاد-مناسبة-للتعبير
		"أبوظبي في الأول من ديسمبر/ وام/ قال معالي أحمد جمعه الزعابي مستشار رئيس الدولة، إنه في الذكرى الرابعة والخمسين لتأسيس اتحاد دولتنا": true,
		// https://www.omannews.gov.om/topics/ar/5/show/441106 (ONA, no spaces inside the slashes)
		"نيويورك في 29 أكتوبر /العُمانية/ يعقد مجلس الأمن في وقت لاحق اليوم، مناقشته الفصلية المفتوحة حول \"الوضع في الشرق الأوسط، بما في ذلك قضية فلسطين\".": true,
		// https://www.alaraby.co.uk/politics/أمير-قطر-يشارك-باجتماعات-الأمم-المتحدة-العدوان-على-الدوحة-وحرب-غزة
		"وقال الديوان الأميري في منشور على حسابه الرسمي على منصة \"إكس\"، إن أمير قطر سيلقي خطاباً في الجلسة الافتتاحية للجمعية العامة يوم الثلاثاء المقبل 23 سبتمبر/أيلول الجاري.": false,
	} {
		d := datesDoc(t, text)
		got := false
		for _, dt := range d.dates {
			got = got || d.agencySlashAfterDate(0, dt)
		}
		if got != want {
			t.Errorf("%.50q: agency slash dateline %v, want %v", text, got, want)
		}
	}
}

// datesDoc reads the dates of a text into a doc (readDates), failing when
// it holds none.
func datesDoc(t *testing.T, text string) *doc {
	t.Helper()
	d := readDates(t, text)
	if len(d.dates) == 0 {
		t.Fatalf("%.50q: no date", text)
	}
	return d
}
