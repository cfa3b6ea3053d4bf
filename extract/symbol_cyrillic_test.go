package extract

import "testing"

// A Russian page types the series letter of a symbol in Cyrillic: "А/PV.707"
// with a Cyrillic А is the record A/PV.707. A Cyrillic letter ending a
// Cyrillic word starts no symbol.
func TestCyrillicSeriesLetter(t *testing.T) {
	x := builtin(t)
	checkSymbols(t, x, []symbolCase{
		// https://www.un.org/ru/sg/messages/2010/a_64_pv105.shtml (testdata/dev2/ru_353)
		{"Она впервые побывала в этом зале в 1957 году, когда Организация Объединенных Наций была еще юной (см. \u0410/PV.707).", []string{"A/PV.707"}},
		// The same with the Latin A, as before.
		{"(см. A/PV.707)", []string{"A/PV.707"}},
		// testdata/dev2/ru_464 (un.org/ru, 7 June 2022): ООН of look-alikes glued to a slash is a photo credit.
		{"Председателем 77-й сессии Генеральной Ассамблеи ООН. Фото: ООН/Мануэль Элиас", nil},
	})
}
