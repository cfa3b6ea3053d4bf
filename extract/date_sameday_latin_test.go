package extract

import (
	"slices"
	"testing"
)

// (Each text opens on its own date line, the document's date, which the phrase never repeats.)
// "Ese día" repeats the day last named before it, in a sentence naming an
// organ, as Chinese "当天" does (sameDayDates); the phrase must stand as
// words of its own ("en ese contexto" is no day), and a language whose
// profile lists no same-day phrase reads nothing.
func TestSpanishSameDayPhrase(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"ese-dia", "5 de enero de 2016\n\nEl paso más significativo se produjo el 24 de septiembre de 2009. Ese día, el Consejo de Seguridad, junto a 14 Jefes de Estado, adoptó una resolución.", []string{"2009-09-24"}},
		{"ese-mismo-dia", "5 de enero de 2016\n\nEl 3 de marzo de 2015 llegó a Nueva York. Ese mismo día se dirigió al Consejo de Seguridad.", []string{"2015-03-03"}},
		{"no-organ", "5 de enero de 2016\n\nEl 3 de marzo de 2015 llegó a Nueva York. Ese día visitó la ciudad.", nil},
		{"not-a-phrase", "5 de enero de 2016\n\nEl 3 de marzo de 2015 el Consejo de Seguridad se reunió. En ese contexto, el Consejo de Seguridad decidió.", nil},
	}
	for _, c := range cases {
		_, got := dayAloneDates(t, c.text, date{})
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}
