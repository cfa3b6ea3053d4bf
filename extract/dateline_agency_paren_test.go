package extract

import (
	"os"
	"testing"
)

// A Xinhua story whose site printed its own stamp (the next day) above the
// agency dateline "الأمم المتحدة 4 يونيو 2025 (شينخوا)": "اليوم" is the
// dateline's day, and the stamp's day is no meeting.
func TestAgencyDatelineAfterDate(t *testing.T) {
	data, err := os.ReadFile("../testdata/dev2/ar_103_news_20250604_xinhua_gaza_veto.txt")
	if err != nil {
		t.Fatal(err)
	}
	f := extractString(t, string(data))
	rel := relationsOf(f, PredDescribes)
	if !rel[f.Doc.ID+" meeting:UNSC:2025-06-04"] {
		t.Errorf("want the dateline's meeting of 2025-06-04, got %v", rel)
	}
	if rel[f.Doc.ID+" meeting:UNSC:2025-06-05"] {
		t.Errorf("the site's stamp 2025-06-05 dated a meeting: %v", rel)
	}
}

// The first of a month without the article is a date even after a noun with
// the article (People's Daily, 1 March 2018; youm7, 18 July 2014); with the
// article after such a noun it stays a rank (only the month is dated).
func TestFirstOfMonthAwwal(t *testing.T) {
	checkDates(t, []dateCase{
		{"ar", "الأمم المتحدة أول مارس 2018/اختار مجلس الأمن الدولي موضوعه", []string{"2018-03-01"}},
		{"ar", "عقد مجلس الأمن اجتماعا أول فى العاشر من يوليو من دون التوصل إلى اتفاق", []string{"?-7-10"}},
		{"ar", "خلال الأسبوع الأول من أكتوبر 2019", []string{"2019-10"}},
	})
}

// TAP's dateline puts "(وات)" after the date (news-agency in lang/ar.tsv):
// the date is the story's dateline.
func TestAgencyParenTAP(t *testing.T) {
	// https://www.turess.com/tap/5493
	d := datesDoc(t, "نيويورك 23 سبتمبر 2009 (وات) حضر السيد عبد الوهاب عبد الله يوم الأربعاء بنيويورك افتتاح النقاش العام للدورة السادسة والأربعين للجمعية العامة للأمم المتحدة والتي انطلقت أشغالها يوم السبت الماضي.")
	if !d.agencyAfterDate(0, d.dates[0]) {
		t.Errorf("TAP's date %v is no agency dateline", d.dates[0])
	}
}
