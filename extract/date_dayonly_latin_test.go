package extract

import (
	"os"
	"slices"
	"testing"
)

// dayAloneDates runs the whole extraction on text, dated date (zero: the
// text's own date), and lists the ISO dates read from days written alone.
func dayAloneDates(t *testing.T, text string, dt date) (*doc, []string) {
	t.Helper()
	ctx := &exampleContext{date: dt, typ: "news", lang: "es"}
	if !dt.full() {
		ctx = nil
	}
	d, err := builtin(t).extractWith("test.txt", []byte(text), ctx)
	if err != nil {
		t.Fatal(err)
	}
	d.buildFacts()
	var out []string
	for _, x := range d.dates {
		if x.inferred && x.y != 0 {
			out = append(out, x.iso())
		}
	}
	return d, out
}

// A Spanish day written without its month ("el pasado día 6", "el día 13",
// "Gaza el 19, Siria el 13") is dated in the month of the document's date:
// the last such day on or before it, or, in a clause to come ("tratará",
// "mantendrá"), the first on or after it; a month named earlier in its
// sentence names its month. Real texts: the pages corpus (addresses in each
// case) and two of testdata/dev2.
func TestSpanishDayAloneDates(t *testing.T) {
	cases := []struct {
		name, text string
		date       date
		want, not  []string // dates read
		meetings   []string
	}{
		{
			// https://lavoz.com.ar/mundo/la-onu-nombro-oficialmente-guterres-como-nuevo-secretario-general (EFE, 13 October 2016)
			name:     "el pasado día 6, a recalled decision",
			text:     "La Asamblea General de Naciones Unidas nombró hoy oficialmente al ex primer ministro portugués António Guterres como nuevo secretario general de la organización.\nPor aclamación, los 193 Estados miembros aprobaron la recomendación hecha por el Consejo de Seguridad, que el pasado día 6 propuso a Guterres como sucesor de Ban Ki-moon.",
			date:     date{y: 2016, m: 10, d: 13},
			want:     []string{"2016-10-06"},
			meetings: []string{"2016-10-06", "2016-10-13"},
		},
		{
			// https://www.abc.com.py/internacionales/2026/02/02/reino-unido-prioriza-ucrania-sudan-y-gaza-durante-su-presidencia-del-consejo-de-seguridad/
			// (EFE, 2 February 2026; the page's date line): a debate to come "el día 25"; "el día 13" after "el 19 de
			// febrero" in its sentence; "el 18 otra" is read as no day (no clause break after the number)
			name:     "days to come, a month named before in the sentence",
			text:     " date 2026-02-02 Al presentar este lunes en rueda de prensa un avance del programa del Consejo, el embajador británico ante la ONU, James Kariuki, condenó los últimos ataques rusos a la infraestructura energética ucraniana.\n\nKariuki adelantó que el órgano mantendrá un debate sobre esta cuestión el día 25, coincidiendo con el cuarto aniversario de la invasión rusa.\n\nEl embajador afirmó que el Consejo tratará estas cuestiones el 19 de febrero, mientras que el día 13 se convocará una reunión sobre Siria y el 18 otra sobre Libia.",
			want:     []string{"2026-02-25", "2026-02-13"},
			not:      []string{"2026-01-25", "2026-02-18"},
			meetings: []string{"2026-02-25", "2026-02-13"},
		},
		{
			// http://latino.foxnews.com/latino/espanol/2011/11/03/presidente-portugues-presidira-debate-en-consejo-de-seguridad-sobre-proteccion/
			// (EFE, 3 November 2011, the address's date): "el día 28" in the sentence of "el 21 de noviembre"
			name:     "el día 28 after a named month",
			text:     "El diplomático luso indicó que el debate mensual sobre Oriente Medio se celebrará el 21 de noviembre, cuando también se analizará la situación en Yemen, mientras que la marcha de la transición en Libia, uno de los asuntos más importantes para el Consejo en estos momentos, según dijo, será objeto de consultas el día 28.",
			date:     date{y: 2011, m: 11, d: 3},
			want:     []string{"2011-11-28"},
			meetings: []string{"2011-11-28"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, got := dayAloneDates(t, c.text, c.date)
			checkDaysAlone(t, got, c.want, c.not)
			m := meetingDates(d.facts)
			for _, w := range c.meetings {
				if !m[w] {
					t.Errorf("want the meeting of %s, got %v", w, m)
				}
			}
		})
	}

	// The stories of the brief (testdata/dev2): announced meetings of February under a date line of 3 February
	// ("tratará Gaza el 19, Siria el 13 y Libia el 18": to come, not January's), and the Council's recommendation
	// of "el pasado día 6" recalled in a story of 13 October 2016; and a forum "celebrado aquí el 30 y el 31 de
	// enero" (a story of 3 February 2017): the 30th is January's, the month of the list's last day.
	for _, c := range []struct {
		file      string
		want, not []string
		reference string
		meeting   string
	}{
		{"es_173_news_20260203_nuevaprensa_gbr_presidency.txt", []string{"2026-02-19", "2026-02-13", "2026-02-18"}, []string{"2026-01-19"}, "", ""},
		{"es_362_news_20161013_elsoldemargarita_efe_ag_nombra_guterres.txt", []string{"2016-10-06"}, nil, "meeting:UNSC:2016-10-06", ""},
		{"es_148_news_20170203_lademajagua_pl_ecosoc_juventud.txt", []string{"2017-01-30"}, nil, "", "2017-01-30"},
	} {
		t.Run(c.file, func(t *testing.T) {
			b, err := os.ReadFile("../testdata/dev2/" + c.file)
			if err != nil {
				t.Fatal(err)
			}
			d, got := dayAloneDates(t, string(b), date{})
			checkDaysAlone(t, got, c.want, c.not)
			if c.meeting != "" && !meetingDates(d.facts)[c.meeting] {
				t.Errorf("want the meeting of %s, got %v", c.meeting, meetingDates(d.facts))
			}
			if c.reference != "" && !relationsOf(d.facts, "references")[d.facts.Doc.ID+" "+c.reference] {
				t.Errorf("want the document to reference %s, got %v", c.reference, relationsOf(d.facts, "references"))
			}
		})
	}
}

// checkDaysAlone fails for each day of want that got lacks and each of not
// that it holds.
func checkDaysAlone(t *testing.T, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("want the day alone %s, got %v", w, got)
		}
	}
	for _, n := range not {
		if slices.Contains(got, n) {
			t.Errorf("no day alone %s expected, got %v", n, got)
		}
	}
}
