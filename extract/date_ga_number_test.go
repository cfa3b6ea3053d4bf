package extract

import "testing"

func TestNumberedDocBefore(t *testing.T) {
	for _, c := range []struct {
		before string
		want   bool
	}{
		{"(decision 59/552 of ", true},
		{"(decisión 52/459, de ", true},
		{"resolution 52/12 b of ", true},
		{"(решение 52/459 от ", true},
		{"resolution 1999/52 of ", true},
		{"the council met on ", false},
		{"s/2019/123 of ", false}, // a symbol: otherDocDate's first rule
		{"vote of 12/05/", false}, // a numeric date's parts
		{"52/459. on ", false},    // a sentence ends between
		{"2019/20 session held on ", false},
	} {
		if got := numberedDocBefore(c.before); got != c.want {
			t.Errorf("%q: got %v, want %v", c.before, got, c.want)
		}
	}
}

func TestRomanSessionBefore(t *testing.T) {
	for _, c := range []struct {
		before string
		want   bool
	}{
		{"resolution 1514 (xv) of ", true},
		{"resolution 377 a (v) of ", true},
		{"resolution 3362 (s-vii) of ", true},
		{"resolution 1514 (xv), of ", true},
		{"the council (cd) on ", false}, // no number before the parenthesis
		{"annex (ii) of ", false},
		{"1514 (xv). on ", false},
	} {
		if got := romanSessionBefore(c.before); got != c.want {
			t.Errorf("%q: got %v, want %v", c.before, got, c.want)
		}
	}
}
