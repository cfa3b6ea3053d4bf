package extract

import (
	"reflect"
	"testing"
)

// Two dates months apart joined by "and" are two dates, the first with the
// second's year; "between ... and ..." and the next day stay one span.
func TestDatesJoinedByAnd(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		// favj.ch, minutes of a council (5 October 2021): two earlier sittings.
		{"4. Admission des procès-verbaux des 27 mai et 22 juin 2021", []string{"2021-05-27", "2021-06-22"}},
		// A span joined by "to" stays one date (date_stamp_test.go's sentence).
		{"took place from 30 April to 2 May 2002", []string{"2002-04-30"}},
	}
	for _, c := range cases {
		if got := datesOf(t, c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: dates %v, want %v", c.text, got, c.want)
		}
	}
}
