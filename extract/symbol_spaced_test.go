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

// A two-part spaced symbol counts in parentheses, with a number of three
// digits or more; a ratio outside them does not.
func TestSpacedSymbolInParens(t *testing.T) {
	// hub-books.com, the Russian record of the Council's 1939th meeting (1976), quoted in a book
	f := extractString(t, "с) письмо постоянного представителя Израиля при Организации Объединенных Наций от 4 июля 1976 года на имя Генерального секретаря (S / 12123);\n")
	cites := relationsOf(f, PredCites)
	if len(cites) != 1 || !cites[f.Doc.ID+" doc:S/12123"] {
		t.Errorf("cites %v, want S/12123 alone", cites)
	}
	f = extractString(t, "Соотношение сторон составило A / 120 при голосовании (S / 12).\n")
	if cites := relationsOf(f, PredCites); len(cites) != 0 {
		t.Errorf("cites %v, want none", cites)
	}
}
