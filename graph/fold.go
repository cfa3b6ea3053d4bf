package graph

import (
	"strings"
	"unicode"

	"github.com/unkg/unkg/extract"
)

// FoldName is the form in which names are compared: the extractor's fold
// (extract.FoldText: case, accents, Arabic letter variants, Russian endings,
// Traditional Chinese), so a name is found however the extractor would have
// matched it, with every space and punctuation mark dropped ("African
// Union", "african union" and "AFRICAN-UNION" meet, and so do "Conseil de
// sécurité" and "Conseil de securite", "Совета Безопасности" and "Совет
// Безопасности").
func FoldName(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			return -1
		}
		return r
	}, extract.FoldText(s))
}
