package extract

import (
	"strings"
	"testing"
)

// presidencies extracts text as file name and returns its "DATE COUNTRY" presidency facts.
func presidencies(t *testing.T, name, text string) map[string]bool {
	t.Helper()
	f, err := builtin(t).Document(name, []byte(text))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return predictedSets(f)["presidency"]
}

// A letter on a verbatim record's agenda is "dirigida al Presidente del Consejo
// de Seguridad por el Representante Permanente de Cuba": Cuba sends it, Peru
// presides (S/PV.5565, as text-extracted by docslib.org).
func TestAddresseeTitleIsNoPresidency(t *testing.T) {
	text := "Naciones Unidas S/PV.5565 Consejo de Seguridad Provisional Sexagésimo primer año 5565ª sesión Sábado 11 de noviembre de 2006, a las 12.00 horas Nueva York Presidente: Sr. Voto-Bernales ................................ (Perú) Miembros: Argentina ...................................... Sr. Mayoral China ......................................... Sr. Liu Zhenmin Orden del día La situación en el Oriente Medio, incluida la cuestión de Palestina Carta de fecha 8 de noviembre de 2006 dirigida al Presidente del Consejo de Seguridad por el Representante Permanente de Cuba ante las Naciones Unidas (S/2006/871)\n"
	got := presidencies(t, "spv5565.txt", text)
	if !got["2006-11-11 PER"] || len(got) != 1 {
		t.Errorf("presidencies %v, want only 2006-11-11 PER", got)
	}
}

// A story of 2 September on Russia's September presidency recalls a July
// meeting: neither the headline nor "На сентябрь месяц председательство ...
// переходит к делегации РФ" makes Russia its president (Ukrainska Pravda,
// pravda.com.ua/rus/news/2019/09/2/7225039).
func TestPresidencyOfAnotherMonth(t *testing.T) {
	text := strings.Join([]string{
		"Россия возглавила Совбез ООН",
		"Понедельник, 2 сентября 2019, 04:24",
		"Российская делегация будет председательствовать в Совете безопасности Организации объединенных наций в течение сентября.",
		`"На сентябрь месяц председательство в Совете безопасности переходит к делегации РФ", - говорится в сообщении.`,
		"Напомним:",
		"- 16 июля Совет безопасности ООН на своем заседании обсуждал украинский закон о языке, который в тот день вступил в силу.",
	}, "\n")
	if got := presidencies(t, "ru_presidency.txt", text); len(got) != 0 {
		t.Errorf("presidencies %v, want none (the July meeting is not under the September presidency)", got)
	}
}

// A verbatim record's cover flattened onto one line still names its own
// symbol after the Organization's name; it is not a citation (S/PV.7407 as
// studylib.es extracted it).
func TestCoverSymbolAfterUNName(t *testing.T) {
	text := "Naciones Unidas S/PV.7407 Consejo de Seguridad Provisional Septuagésimo año 7407ª sesión Miércoles 18 de marzo de 2015, a las 10.00 horas Nueva York Presidente: Sr. Delattre . . . . . . . . (Francia)\n"
	f, err := builtin(t).Document("spv7407.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if f.Doc.Symbol != "S/PV.7407" {
		t.Errorf("symbol %q, want S/PV.7407", f.Doc.Symbol)
	}
	if c := predictedSets(f)["citations"]; len(c) != 0 {
		t.Errorf("citations %v, want none", c)
	}
}

// Нигерия and Нигер no longer meet in one stem (lang/ru.tsv stem-keep):
// each text names one of them only (nbpublish.com, article 26863;
// cursorinfo.ru, 16 August 2023).
func TestNigeriaIsNotNiger(t *testing.T) {
	for text, want := range map[string]string{
		"Действия США по ее реализации показаны на примере Нигерии, Ливии, Южного Судана, Сомали.":                         "NGA",
		"Совет мира и безопасности Африканского союза отказался от вероятного применения силы против мятежников в Нигере.": "NER",
	} {
		f, err := builtin(t).Document("ru.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		got := predictedSets(f)["countries"]
		other := map[string]string{"NGA": "NER", "NER": "NGA"}[want]
		if !got[want] || got[other] {
			t.Errorf("%s: countries %v, want %s and not %s", text, got, want, other)
		}
	}
}
