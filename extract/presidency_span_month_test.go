package extract

import "testing"

// A month named right after a presidency match that ends on the country
// ("cuya presidencia temporal ostenta Portugal en noviembre") makes the country
// the presidency of every meeting of that month the text dates, not only of the
// meeting its own clause names. Text: latino.foxnews.com/latino/espanol/2011/11/03/
// presidente-portugues-presidira-debate-en-consejo-de-seguridad-sobre-proteccion/
// (EFE, 3 November 2011), its date line given as the page prints it.
func TestPresidencyMonthBesideMatch(t *testing.T) {
	text := "3 de noviembre de 2011\n" +
		"El máximo órgano internacional de seguridad, cuya presidencia temporal ostenta Portugal en noviembre, acogerá el próximo 9 de noviembre un debate abierto sobre la importancia de proteger a los civiles atrapados en guerras, que presidirá Cavaco y contará con la participación del secretario general de la ONU, Ban Ki-moon.\n\n" +
		"El diplomático luso indicó que el debate mensual sobre Oriente Medio se celebrará el 21 de noviembre, cuando también se analizará la situación en Yemen, mientras que la marcha de la transición en Libia, uno de los asuntos más importantes para el Consejo en estos momentos, según dijo, será objeto de consultas el día 28.\n"
	f := extractString(t, text)
	got := map[string]bool{}
	for _, r := range f.Relations {
		if r.Predicate == PredPresidedBy {
			got[r.Subject+" "+r.Object] = true
		}
	}
	for _, want := range []string{
		"meeting:UNSC:2011-11-09 country:PRT", // the meeting of the clause
		"meeting:UNSC:2011-11-21 country:PRT", // the month's other meetings
		"meeting:UNSC:2011-11-28 country:PRT",
	} {
		if !got[want] {
			t.Errorf("presidency %s not stated; got %v", want, got)
		}
	}
}
