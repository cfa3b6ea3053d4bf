package extract

import (
	"testing"

	"github.com/unkg/unkg/rules"
)

// "W+0" is the first such weekday on or after the date: the story's own day
// when it falls on it, never the last one before; today or a date is not moved.
func TestWeekdayOnOrAfter(t *testing.T) {
	tue := date{y: 2024, m: 1, d: 23} // a Tuesday
	cases := []struct {
		name    string
		key     string
		y, m, d int
	}{
		{"Tuesday from a Tuesday", "weekday:2", 2024, 1, 23},
		{"Wednesday from a Tuesday", "weekday:3", 2024, 1, 24},
		{"Monday from a Tuesday", "weekday:1", 2024, 1, 29},
		{"today", "today", 2024, 1, 23},
	}
	for _, c := range cases {
		got := relativeDay(tue, token{kind: tkTrigger, m: &meaning{key: c.key}}, rules.OnOrAfter)
		if got.y != c.y || got.m != c.m || got.d != c.d {
			t.Errorf("%s: %d-%d-%d, want %d-%d-%d", c.name, got.y, got.m, got.d, c.y, c.m, c.d)
		}
	}
	if n, s := rules.SplitDayShift("W+0"); n != "W" || s != rules.OnOrAfter {
		t.Errorf("SplitDayShift(W+0) = %q, %d", n, s)
	}
}
