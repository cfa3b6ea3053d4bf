package extract

import "testing"

// A presidency said with a month-scope phrase before a month name is that
// month's: the predecessor "quien ejerció la presidencia durante el mes de
// septiembre" does not preside over an October meeting, while a presidency
// "during the month of February" still falls on a February meeting.
// Texts: rnv.gob.ve/prensa/?p=416899 (1 October 2025) and the Venezuelan
// mission's "Security Council holds closed meetings on Thursday" (February 2015).
func TestMonthScopeNamesTheMonth(t *testing.T) {
	cases := []struct {
		name, text string
		want       string   // a presidency the text states
		not        []string // presidencies it must not state
	}{
		{"es predecessor", "1 de octubre de 2025\n" +
			"La Federación de Rusia inició oficialmente su presidencia del Consejo de Seguridad de las Naciones Unidas este 1 de octubre, según el sistema de rotación mensual establecido por el organismo internacional.\n" +
			"El país euroasiático releva en esta responsabilidad a Corea del Sur, quien ejerció la presidencia durante el mes de septiembre, y será posteriormente reemplazado por Sierra Leona en noviembre.\n" +
			"Como parte de su agenda programática, Rusia tiene previsto convocar una reunión extraordinaria con motivo del aniversario de la entrada en vigor de la Carta de las Naciones Unidas, que se conmemora cada 24 de octubre desde 1945.\n",
			"meeting:UNSC:2025-10-24 country:RUS", []string{"country:KOR", "country:SLE"}},
		{"en same month", "NEW YORK, 5 February 2015 --\n" +
			"On Thursday, the United Nations Security Council held a closed meeting to address a few points, including the Regional Center for Preventive Diplomacy for Central Asia (UNRCCA) and a report from the Sudan Sanctions Committee.\n" +
			"This was announced by Rafael Ramirez, Permanent Representative of Venezuela to the United Nations, in his capacity as President of the Security Council during the month of February.\n",
			"meeting:UNSC:2015-02-05 country:VEN", nil},
	}
	for _, c := range cases {
		f := extractString(t, c.text)
		got := false
		for _, r := range f.Relations {
			if r.Predicate != PredPresidedBy {
				continue
			}
			if r.Subject+" "+r.Object == c.want {
				got = true
			}
			for _, n := range c.not {
				if r.Object == n {
					t.Errorf("%s: presidency %s %s (rule %s) is another month's", c.name, r.Subject, r.Object, r.Evidence.Rule)
				}
			}
		}
		if !got {
			t.Errorf("%s: presidency %s not stated", c.name, c.want)
		}
	}
}
