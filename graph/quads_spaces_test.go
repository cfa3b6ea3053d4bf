package graph

import (
	"strings"
	"testing"
)

// spacesCollapsed is a shortcut for the collapse Quads applies to texts:
// it must say true exactly when the collapse would change nothing.
func TestSpacesCollapsed(t *testing.T) {
	for _, v := range []string{
		"", " ", "a", "Security Council", " Security Council", "Security Council ", "Security  Council",
		"Security\tCouncil", "Security\nCouncil", "Conseil\u00a0de sécurité", "مجلس الأمن", "安全理事会",
		"Совет Безопасности\u2003ООН", "a\u0085b", "x y z", "x \u3000y",
	} {
		want := strings.Join(strings.Fields(v), " ") == v
		if got := spacesCollapsed(v); got != want {
			t.Errorf("spacesCollapsed(%q) = %v, want %v", v, got, want)
		}
	}
}
