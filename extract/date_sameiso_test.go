package extract

import "testing"

// sameISO answers as the comparison of the two dates' iso strings.
func TestSameISO(t *testing.T) {
	var ds []date
	for _, y := range []int{0, 1999, 2023, 2024} {
		for _, m := range []int{0, 1, 2, 11, 12} {
			for _, d := range []int{0, 1, 9, 10, 31} {
				ds = append(ds, date{y: y, m: m, d: d})
			}
		}
	}
	for _, a := range ds {
		for _, b := range ds {
			if got, want := a.sameISO(b), a.iso() == b.iso(); got != want {
				t.Errorf("%+v.sameISO(%+v) = %v, iso says %v", a, b, got, want)
			}
		}
	}
}
