package extract

import "strings"

// definite says whether an ordinal day word carries the article (الأول, not
// أول). Only such a word can be a noun's rank (الأسبوع الأول, the first week):
// a rank agrees with its noun, so "أول مارس" after a noun with the article
// ("الأمم المتحدة أول مارس 2018") is still the first of March.
func (ow *ordinalWords) definite(w string) bool {
	for _, a := range ow.articles {
		if strings.HasPrefix(w, a) {
			return true
		}
	}
	return false
}
