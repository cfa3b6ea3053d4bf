package extract

import (
	"slices"
	"testing"
)

// A day word told with its weekday is the day of that weekday nearest to
// what the word means from the printed date, so a page dated a few days
// after the story ("الأحد 2024-11-24" above a story of Thursday) does not
// move "اليوم الخميس" to the Sunday, nor to the next Thursday.
func TestDaywordWeekday(t *testing.T) {
	cases := []struct {
		text, src string
		want      []string
	}{
		{
			// the date line is the page's day; the story was written on Thursday 21 November
			"الأحد 2024-11-24 18:39 م\n\nجلسة علنية بمجلس الأمن بشأن القدس\n\nالوكيل الإخباري - على صعيد آخر، يعقد المجلس في الفترة الصباحية اليوم الخميس، جلسته الشهرية بشأن الملف الكيميائي السوري لمناقشة التقرير الشهري رقم 111 للمدير العام لمنظمة حظر الأسلحة الكيميائية.\n",
			"https://alwakeelnews.com/amp/Section_11/ (جلسة علنية بمجلس الأمن بشأن القدس)",
			[]string{"2024-11-21"},
		},
		{
			// the word and the weekday agree with the date line: unchanged
			"اليوم.. مجلس الأمن يعقد اجتماعًا طارئًا بشأن عدوان الاحتلال على غزة\nتاريخ النشر: 30th, October 2023 GMT\nيستعد مجلس الأمن التابع للأمم المتحدة، عقد جلسة طارئة بعد ظهر اليوم الاثنين، بشأن التوغل البري الإسرائيلي في غزة والمحنة الإنسانية للفلسطينيين هناك بناء على طلب الإمارات العربية المتحدة.\n",
			"https://arabkhabar.com/a/1045014",
			[]string{"2023-10-30"},
		},
	}
	for _, c := range cases {
		f := extractString(t, c.text)
		var got []string
		for _, e := range f.Entities {
			if e.Type == "Meeting" {
				got = append(got, e.Date)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: meetings %v, want %v", c.src, got, c.want)
		}
	}
}

// The nearest day of a weekday is at most three days away.
func TestNearestWeekday(t *testing.T) {
	for _, c := range []struct {
		dt   date
		wd   int
		want string
	}{
		{date{y: 2024, m: 11, d: 24}, 4, "2024-11-21"}, // Sunday -> Thursday before
		{date{y: 2024, m: 4, d: 15}, 7, "2024-04-14"},  // Monday -> Sunday before
		{date{y: 2024, m: 1, d: 23}, 2, "2024-01-23"},  // the same day
		{date{y: 2024, m: 12, d: 30}, 3, "2025-01-01"}, // Monday -> Wednesday after, across the year
	} {
		if got := nearestWeekday(c.dt, c.wd).iso(); got != c.want {
			t.Errorf("nearestWeekday(%s, %d) = %s, want %s", c.dt.iso(), c.wd, got, c.want)
		}
	}
}
