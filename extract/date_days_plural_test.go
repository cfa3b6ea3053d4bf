package extract

import (
	"reflect"
	"testing"
)

// Two days joined by "и" after a plural word for meetings are two dates; the
// same days without it stay one two-day range; no year is printed, so none is read.
func TestDatesPluralMeetingsTwoDays(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		// russian.rt.com/world/news/1335208 (1 July 2024).
		{"Ранее постпред России при ООН Василий Небензя заявил, что заседания Совбеза ООН 16 и 17 июля пройдут, как ожидается, под председательством главы российского МИД Сергея Лаврова.", []string{"?-7-16", "?-7-17"}},
		// sharij.online (5 November 2020): days of remembrance, no meetings named.
		{"Генеральная Ассамблея ООН приняла предложенную Россией резолюцию, провозглашающую 8 и 9 мая днями памяти всех жертв Второй мировой войны.", []string{"?-5-8/9"}},
	}
	for _, c := range cases {
		if got := datesOf(t, c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: dates %v, want %v", c.text, got, c.want)
		}
	}
}
