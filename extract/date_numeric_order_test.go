package extract

import "testing"

// Numeric stamps of real UN and press pages are read day first, also when
// both numbers could be a month ("04/12/2002" is 4 December: SC/7585 was
// issued that day). Any later reading of month-first stamps must leave these
// as they are; a time ("15:00", "07:47 PM") is never a date.
func TestNumericStampOrder(t *testing.T) {
	checkDates(t, []dateCase{
		// https://press.un.org/en/2002/sc7585.doc.htm
		{"en", "PRESS STATEMENT ON TIMOR-LESTE BY PRESIDENT OF SECURITY COUNCIL\n04/12/2002\nPress Release SC/7585 |", []string{"2002-12-04"}},
		// https://press.un.org/fr/2004/dbf041001.doc.htm
		{"fr", "POINT DE PRESSE QUOTIDIEN DU BUREAU DU PORTE-PAROLE DU SECRÉTAIRE GÉNÉRAL: 1ER OCTOBRE 2004\n\n1/10/2004\nCommuniqué de presse", []string{"2004-10-01", "2004-10-01"}},
		// https://press.un.org/fr/content/press-release?page=1819
		{"fr", "SG/T/2448\n27/5/2005\nCommuniqué de presse\nSG/T/2448", []string{"2005-05-27"}},
		// https://www.examenonuvenezuela.com/sin-categoria/consejo-permanente-de-la-oea-acuerda-una-declaracion-de-apoyo-al-dialogo-en-venezuela
		{"es", "(Washington DC, 21/11/2016). Este 16 de noviembre, los Estados Miembros de la OEA se reunieron en Consejo Permanente", []string{"2016-11-21", "?-11-16"}},
		// https://sadi.org.ar/coronavirus/oms/item/1205-situation-report-166-organizacion-mundial-de-la-salud-04-07-2020?tmpl=component&print=1
		{"es", "Sábado, 04 Julio 2020 15:09\n\nSituation Report - 166 - Organización Mundial de la Salud - 04/07/2020", []string{"2020-07-04", "2020-07-04"}},
		// https://ukraina.ru/20220825/1038096137.html
		{"ru", "24 августа в Совете Безопасности ООН состоялось третье за неделю заседание, посвящённое ситуации на Украине. Украина.ру, 25.08.2022", []string{"?-8-24", "2022-08-25"}},
		// https://assawsana.com/article/650266
		{"ar", "مجلس الأمن يناقش الوضع الراهن في السودان\n\n28-10-2024 07:47 PM\n\nوكالات - السوسنة", []string{"2024-10-28"}},
		// https://nsn.fm/ukraine/sovbez-oon-provedet-zasedanie-po-ukraine-20-noyabrya
		{"ru", "Согласно расписанию работы Совбеза, заседание назначено на 15:00 по нью-йоркскому времени (23:00 мск).", nil},
	})
}

// A slash stamp whose second number is no month is read month first.
func TestNumericStampMonthFirst(t *testing.T) {
	checkDates(t, []dateCase{
		// https://pubt.io/view/8F05BFE69FA2A33D6E0773560A4F35AE818DD479 (Public's header over SG/SM remarks)
		{"fr", "United Nations Security Council\n\n07/22/2025 | Press release | Distributed by Public on 07/22/2025 13:36", []string{"2025-07-22", "2025-07-22"}},
		// https://press.un.org/fr/2004/dbf041001.doc.htm: both readable as months, day first
		{"fr", "1/10/2004\nCommuniqué de presse", []string{"2004-10-01"}},
		// neither number a month: no date
		{"en", "Ref. 13/22/2025", nil},
	})
}
