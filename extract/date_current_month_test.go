package extract

import (
	"os"
	"testing"
)

// A day written against the current month ("في الرابع والعشرين من الشهر
// الجاري") is a date of the date line's month; "الأسبوع الأول من الشهر" is a
// week, and a named month after the phrase is read with the month.
func TestCurrentMonthDays(t *testing.T) {
	b, err := os.ReadFile("../testdata/dev2/ar_104_news_20230511_maan_gaza_consult.txt")
	if err != nil {
		t.Fatalf("read dev2 text: %v", err)
	}
	if got := meetingDates(extractString(t, string(b))); !got["2023-05-24"] {
		t.Errorf("want the meeting of 2023-05-24 (ordinal day, current month), got %v", got)
	}
	cases := []struct{ name, text, not string }{
		{
			// https://arabstoday.net/36/020916055830- (New Zealand's presidency, September 2016), after a date line
			name: "the first of the month starts a presidency, no meeting",
			text: "2 سبتمبر 2016\nوقال السفير النيوزيلندي الذي كان يتحدث بمناسبة تولي بلاده رئاسة أعمال المجلس اعتبارا من الأول من الشهر الجاري إنه \"من المتوقع أن يشارك في الجلسة عدد من رؤساء دول ورؤساء حكومات\".",
			not:  "2016-09-01",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := meetingDates(extractString(t, c.text)); got[c.not] {
				t.Errorf("no meeting of %s expected, got %v", c.not, got)
			}
		})
	}
	ow := builtin(t).dates.ordinal["ar"]
	for _, s := range []string{"الأسبوع الأول", "خلال 2024"} {
		if _, _, ok := dayWordBefore(ow, s, len(s)); ok {
			t.Errorf("%q read as a day", s)
		}
	}
	if d, _, ok := dayWordBefore(ow, "في الـ 24", len("في الـ 24")); !ok || d != 24 {
		t.Errorf("'الـ 24' read as %d, %v", d, ok)
	}
}
