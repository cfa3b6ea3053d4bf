package extract

import "testing"

// The date-line forms of Arab press sites (h-ar, issue 9): day first with
// hyphens, year first with one-digit parts, the month name between
// slashes, a weekday hyphened to an ISO date.
func TestArabicPressDateLines(t *testing.T) {
	checkDates(t, []dateCase{
		{"ar", "تاريخ النشر : الجمعة 08:38 1-5-2026", []string{"2026-05-01"}},
		{"ar", "7-1-2023 | 18:36 دار الهلال", []string{"2023-01-07"}},
		{"ar", "نشر 2022/2/16 الساعة 14:30", []string{"2022-02-16"}},
		{"ar", "السبت 01/أكتوبر/2016 - 10:52 ص", []string{"2016-10-01"}},
		{"ar", "الإثنين-2024-07-01 12:35 pm", []string{"2024-07-01"}},
		{"ar", "مجلس الأمن 16-Feb-2022 14:30", []string{"2022-02-16"}},
		// A score, a range of years and an invalid day are no dates.
		{"ar", "فاز الفريق 2-1 في موسم 2024-2025", nil},
		{"ar", "32-1-2023", nil},
	})
}

func TestDayShifts(t *testing.T) {
	tue := date{y: 2024, m: 1, d: 23} // a Tuesday
	cases := []struct {
		name    string
		from    date
		key     string // a trigger key ("weekday:4"), or "" for today
		shift   int
		y, m, d int
	}{
		{"tomorrow", date{y: 2024, m: 12, d: 31}, "", 1, 2025, 1, 1},
		{"the day after tomorrow", date{y: 2024, m: 2, d: 28}, "", 2, 2024, 3, 1},
		{"yesterday", date{y: 2024, m: 3, d: 1}, "", -1, 2024, 2, 29},
		{"tomorrow Wednesday", tue, "weekday:3", 1, 2024, 1, 24},
		{"next Tuesday from a Tuesday", tue, "weekday:2", 1, 2024, 1, 30},
		{"Tuesday (today)", tue, "weekday:2", 0, 2024, 1, 23},
		{"last Thursday", tue, "weekday:4", 0, 2024, 1, 18},
		{"yesterday Monday", tue, "weekday:1", -1, 2024, 1, 21},
		{"next Thursday (الخميس المقبل)", tue, "next-weekday:4", 0, 2024, 1, 25},
		{"next Tuesday from a Tuesday (الثلاثاء المقبل)", tue, "next-weekday:2", 0, 2024, 1, 30},
	}
	for _, c := range cases {
		key := c.key
		if key == "" {
			key = "today"
		}
		tk := token{kind: tkTrigger, m: &meaning{key: key}}
		got := relativeDay(c.from, tk, c.shift)
		if got.y != c.y || got.m != c.m || got.d != c.d {
			t.Errorf("%s: %d-%d-%d, want %d-%d-%d", c.name, got.y, got.m, got.d, c.y, c.m, c.d)
		}
	}
}

// "يوم غدٍ الثلاثاء" in a Monday story is the next day, and the story's own
// date is then no meeting (the header resolver would take it).
func TestTomorrowWeekdayMeeting(t *testing.T) {
	f := extractString(t, "الإثنين 22 يناير 2024 08:14\n\nيعقد مجلس الأمن الدولي يوم غدٍ الثلاثاء، جلسته الشهرية المفتوحة بشأن الوضع في الشرق الأوسط.\n")
	got := entityIDs(f, TypeMeeting)
	if !got["meeting:UNSC:2024-01-23"] || len(got) != 1 {
		t.Errorf("meetings %v, want only meeting:UNSC:2024-01-23", got)
	}
}
