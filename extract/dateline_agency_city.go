package extract

import "strings"

// titleCityWords is how many words a city in title case may have before an
// agency's parenthesis ("Moscow,", "New York,", "Rio de Janeiro,").
const titleCityWords = 3

// titleCity says whether the text before an agency dateline's parenthesis is
// a city written in title case and closed by a comma, as UrduPoint prints
// its reports from capitals: "Moscow, (UrduPoint / Pakistan Point News - 31st
// Mar, 2023 ) :". The capitals-only city ("UNITED NATIONS (UrduPoint News /
// Sputnik - ...") is agencyDateline's own case.
func titleCity(city string) bool {
	city, ok := strings.CutSuffix(city, ",")
	if !ok {
		return false
	}
	words := strings.Fields(city)
	if len(words) == 0 || len(words) > titleCityWords || !isUpperASCII(words[0][0]) {
		return false
	}
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			if c := w[i]; !isUpperASCII(c) && (c < 'a' || c > 'z') && c != '-' {
				return false
			}
		}
	}
	return true
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }
