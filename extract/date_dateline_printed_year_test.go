package extract

import "testing"

// A yearless dateline in a story that prints no full date takes the latest
// year the text names on its own (or the year after, when only that one makes
// the dateline the weekday its sentence names), and dates the document; a year
// of a range ("2021-2022", "2009-2010") or a resolution's "(2006)" does not
// count, and a story naming no year stays undated. Texts: Xinhua's Spanish
// service (diariodigital.com.do, 27 February 2022), with a sentence of
// tn.com.ar (Argentina elected to the Council, October 2012) or of
// peacekeeping.un.org/es (Mexico elected, June 2020) after it.
func TestYearlessDatelinePrintedYear(t *testing.T) {
	story := "NACIONES UNIDAS, 27 feb (Xinhua) — El Consejo de Seguridad de la ONU adoptó hoy la resolución 2623 que pide la celebración de una \"sesión especial de emergencia\" de la Asamblea General de la ONU para considerar y recomendar acción colectiva sobre la crisis en Ucrania.\n" +
		"Es la primera resolución de este tipo que el consejo adopta en cuatro décadas, de acuerdo con el informe del Consejo de Seguridad.\n" +
		"El viernes, el Consejo de Seguridad de la ONU no pudo adoptar una iniciativa de resolución sobre Ucrania.\n"
	year := "La Argentina ocupará la banca que dejará libre Colombia, que concluye en 2012 su período de dos años como miembro por el grupo de Latinoamérica y el Caribe, y en el que durante el año próximo también estará Guatemala.\n"
	ranges := "La semana pasada la Asamblea General eligió a México como próximo miembro no permanente del órgano encargado de velar por la paz y la seguridad en el mundo para el bienio 2021-2022. El país retorna así al puesto que ocupó en 2009-2010.\n"
	cases := []docDateCase{
		{"year printed", story + year, "2012-02-27"},
		{"no year", story, ""},
		// The store's month line (the page's address: diariodigital.com.do/2022/02/27/...) gives its year first.
		{"store month line", " date 2022-02 " + story + year, "2022-02-27"},
		{"ranges only", story + ranges, ""},
		// A period joined by a range word of the date grammar: both ends are the period's.
		{"range word", story + "El país ocupó ese puesto de 2009 al 2010.\n", ""},
		// Resolution 2033 (2012), on the Council's cooperation with the AU: a number and a document's year.
		{"resolution only", story + "El Consejo recordó su resolución 2033 (2012).\n", ""},
	}
	checkDocDates(t, cases)
	// "adoptó hoy": the Council's meeting on the dateline's day.
	f := extractString(t, story+year)
	if !entityIDs(f, TypeMeeting)["meeting:UNSC:2012-02-27"] {
		t.Errorf("year printed: no meeting:UNSC:2012-02-27")
	}
}

// A story that prints no full date gives its days the latest year it names on
// its own: the summit "в период с 25 по 27 сентября" of a story on the agenda
// "на период после 2015 года" opens on 25 September 2015. Text: premiuminforu.blogspot.com (RIA Novosti's story
// of 27 August 2015, the blog's date line left out).
func TestUndatedTextYear(t *testing.T) {
	text := "В ООН выразили надежду на два выступления Путина с трибуны Генассамблеи\n\n" +
		"В Организации Объединенных Наций ожидают, что президент России Владимир Путин во время визита в Нью-Йорк в конце сентября дважды выступит с трибуны ООН.\n\n" +
		"«По установившейся традиции, первыми 28 сентября с трибуны Генеральной Ассамблеи выступят президенты Бразилии и США. Перед началом общих прений Генеральный секретарь ООН представит государствам-членам ООН свой ежегодный доклад о работе Организации.\n\n" +
		"«Накануне общеполитической дискуссии в период с 25 по 27 сентября в Генеральной Ассамблее состоится саммит по устойчивому развитию на период после 2015 года.\n"
	f := extractString(t, text)
	if ids := entityIDs(f, TypeMeeting); !ids["meeting:UNGA:2015-09-25"] {
		t.Errorf("no meeting:UNGA:2015-09-25: %v", ids)
	}
}
