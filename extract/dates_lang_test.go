package extract

import "testing"

// Date forms of the press beside the UN's: Arabic days as ordinal words,
// Maghrebi month names, Hijri dates beside Gregorian ones, day.month.year
// where the language writes it so. The phrasing follows Arabic UN News,
// Algerian and Moroccan press, and Russian and French agency dispatches.
func TestPressDateForms(t *testing.T) {
	checkDates(t, []dateCase{
		{"ar", "في السادس من جوان 2023، انتخبت الجمعية العامة الجزائر عضوا في مجلس الأمن", []string{"2023-06-06"}},
		{"ar", "عقد المجلس جلسته في الحادي والعشرين من أكتوبر 2019 بنيويورك", []string{"2019-10-21"}},
		{"ar", "اجتمع الوفدان يوم الأربعاء الثلاثين من أكتوبر 2019 في أديس أبابا", []string{"2019-10-30"}},
		{"ar", "في العاشر من شهر ديسمبر 2018 اعتمد المجلس القرار", []string{"2018-12-10"}},
		{"ar", "وفي الحادي والثلاثين من ماي 2022 أصدر المجلس بيانا", []string{"2022-05-31"}},
		// A rank, not a day: the first week of October.
		{"ar", "خلال الأسبوع الأول من أكتوبر 2019 ناقش المجلس الوضع", []string{"2019-10"}},
		{"ar", "الندوة التي عقدت بوهران يوم 12 جويلية 2019", []string{"2019-07-12"}},
		{"ar", "زيارة الوفد في أفريل 2016 إلى الجزائر", []string{"2016-04"}},
		{"ar", "في 20 أوت 2019 أعلن الاتحاد الإفريقي", []string{"2019-08-20"}},
		{"ar", "الرباط في 14 يوليوز 2021 أعلنت المملكة", []string{"2021-07-14"}},
		{"ar", "الأربعاء 2 ربيع الأول 1441 هـ الموافق 30 أكتوبر 2019 م", []string{"2019-10-30"}},
		{"ar", "بتاريخ 30/10/2019 وجه الأمين العام رسالة", []string{"2019-10-30"}},
		{"ru", "Минск, 15.02.2022 (БЕЛТА) - Генеральный секретарь ОДКБ выступил", []string{"2022-02-15"}},
		{"fr", "Le Conseil de sécurité a tenu le 30.10.2019 une réunion sur la situation", []string{"2019-10-30"}},
		{"es", "El Consejo de Seguridad celebró el 30.10.2019 una sesión sobre la situación", []string{"2019-10-30"}},
		// English does not write dates with dots: a version number stays one.
		{"en", "The Council adopted version 30.10.2019 of the report and the annex", nil},
		{"ru", "редакция 1.10.2019.5 документа", nil},
	})
}

// The numbers of a Hijri date are not read as a Gregorian one, whatever
// else reads them.
func TestHijriDateIsMasked(t *testing.T) {
	x := builtin(t)
	s := x.f.foldString("الخميس 10 ذو الحجة 1440 هـ الموافق 11 أغسطس 2019")
	hj := len(x.f.foldString("الخميس "))
	greg := len(x.f.foldString("الخميس 10 ذو الحجة 1440 هـ الموافق "))
	dates := []date{{start: hj, end: hj + 2, d: 10}, {start: greg, end: len(s), y: 2019, m: 8, d: 11}}
	got := x.dates.withoutHijri(s, "ar", dates)
	if len(got) != 1 || got[0].y != 2019 {
		t.Fatalf("kept %+v, want only the Gregorian date", got)
	}
}

// Press spellings of country names: with and without the article, hamza
// seats, ى for ي, Egyptian and Maghrebi forms.
func TestArabicPressCountrySpellings(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"الجابون", "country:GAB"}, {"موريطانيا", "country:MRT"}, {"التشاد", "country:TCD"},
		{"أنجولا", "country:AGO"}, {"ارتيريا", "country:ERI"}, {"التوغو", "country:TGO"},
		{"أثيوبيا", "country:ETH"}, {"اثيوبيا", "country:ETH"}, {"جيبوتى", "country:DJI"},
		{"الامارات", "country:ARE"}, {"ايران", "country:IRN"}, {"اوغندا", "country:UGA"},
	} {
		f := extractString(t, "وقال ممثل "+c.name+" في مجلس الأمن إن الوضع خطير.")
		if !entityIDs(f, "Country")[c.want] {
			t.Errorf("%s: want %s, got %v", c.name, c.want, entityIDs(f, "Country"))
		}
	}
}
