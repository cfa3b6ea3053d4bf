package extract

import "testing"

// EFE's "el próximo martes 23" names a day by its weekday and number only: the
// month is the one where that day is that weekday.
func TestDayOnWeekday(t *testing.T) {
	cases := []struct {
		ref     date
		n, wd   int
		want    string // "" when no month near ref fits
		comment string
	}{
		{date{y: 2025, m: 12, d: 18}, 23, 2, "2025-12-23", "swissinfo/EFE 18 Dec 2025: el próximo martes 23"},
		{date{y: 2025, m: 12, d: 30}, 2, 5, "2026-01-02", "a Friday 2 of the month after"},
		{date{y: 2026, m: 1, d: 3}, 30, 2, "2025-12-30", "a Tuesday 30 of the month before"},
		{date{y: 2025, m: 12, d: 18}, 23, 1, "", "Monday 23 falls in no month near December 2025"},
		{date{y: 2025, m: 2, d: 10}, 31, 3, "", "no 31st in February; neither March 31 nor January 31, 2025 is a Wednesday"},
	}
	for _, c := range cases {
		got, ok := dayOnWeekday(c.ref, c.n, c.wd)
		if c.want == "" {
			if ok {
				t.Errorf("%s: got %s, want none", c.comment, got.iso())
			}
			continue
		}
		if !ok || got.iso() != c.want {
			t.Errorf("%s: got %s (%v), want %s", c.comment, got.iso(), ok, c.want)
		}
	}
}
