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
			"الصباح العربي\n\nمجلس الأمن يعقد اجتماعا وزاريا بشأن فلسطين غدا\n\nالإثنين 22 يناير 2024 08:14 صـ 11 رجب 1445 هـ\n\nيعقد مجلس الأمن الدولي يوم غدٍ الثلاثاء، جلسته الشهرية المفتوحة بشأن الوضع في الشرق الأوسط، ولاسيما قضية فلسطين على مستوى وزاري.\n",
			"https://www.sabaharabi.com/print~604216",
			[]string{"2024-01-23"},
		},
		{
			"مجلس الأمن يعقد اجتماعا طارئا بشأن هجمات إيران بناء على طلب إسرائيل\n\n07:59 ص الأحد 14 أبريل 2024\n\nنيويورك-( د ب أ):\n\nيعتزم مجلس الأمن التابع للأمم المتحدة عقد اجتماع طارئ اليوم الأحد بناء على طلب إسرائيل، حسبما ذكرت الأمم المتحدة يوم السبت.\n",
			"https://masrawy.com/news/news_publicaffairs/details/2024/4/14/2567153/",
			[]string{"2024-04-14"},
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
