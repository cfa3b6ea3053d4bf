package extract

import "testing"

// A symbol typeset with spaces around its slashes is the same document.
func TestSpacedSymbol(t *testing.T) {
	// https://readli.net/chitat-online/?b=277443&pg=132 (a Council record in Russian)
	f := extractString(t, "З. ПРЕДСЕДАТЕЛЬ (говорит по-английски): Предварительная повестка дня сегодняшнего дневного заседания Совета содержится в документе S / Agenda / 1939. Представитель Советского Союза, по-видимому, хотел бы сделать в этой связи краткое заявление.\n")
	cites := relationsOf(f, PredCites)
	if len(cites) != 1 || !cites[f.Doc.ID+" doc:S/AGENDA/1939"] {
		t.Errorf("cites %v, want S/AGENDA/1939 alone", cites)
	}
}
