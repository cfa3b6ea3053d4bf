package extract

import (
	"slices"
	"testing"
)

// A report issued to both organs is cited under both its symbols; a hyphen
// inside one symbol (emergency special sessions, "ES-10") splits nothing.
func TestJointPartsCited(t *testing.T) {
	sc := newSymbolScanner([]string{"A/", "S/", "SC/", "SG/SM/"})
	for in, want := range map[string][]string{
		"A/55/985-S/2001/574":  {"A/55/985", "S/2001/574"},
		"A/73/907-S/2019/509":  {"A/73/907", "S/2019/509"},
		"SG/SM/14055-SC/10520": {"SG/SM/14055", "SC/10520"},
		"A/RES/ES-10/15":       {"A/RES/ES-10/15"},
		"A/ES-10/L.22":         {"A/ES-10/L.22"},
		"S/2001/574":           {"S/2001/574"},
		"A/55/985-S/ABC":       {"A/55/985-S/ABC"},
	} {
		if got := sc.jointParts(in); !slices.Equal(got, want) {
			t.Errorf("jointParts(%q) = %q, want %q", in, got, want)
		}
	}
}
