package extract

import "testing"

// RIA Novosti's dateline abbreviates September to "сен": "today" under it is
// the dateline's day, not the page's later stamp; "Сен" alone is a name and
// makes no month.
func TestDayOnlyMonthName(t *testing.T) {
	// ria.ru/20250923 (the dateline), stored a day later with its stamp
	txt := "date 2025-09-24\n\nГутерреш открыл неделю высокого уровня\n\nООН, 23 сен – РИА Новости. Генеральная Ассамблея ООН сегодня начала общеполитические дебаты.\n"
	ms := entityIDs(extractString(t, txt), TypeMeeting)
	if !ms["meeting:UNGA:2025-09-23"] || ms["meeting:UNGA:2025-09-24"] {
		t.Errorf("meetings: %v (want 23 September, the dateline's day)", ms)
	}
	// A name before a year is no month-and-year date ("Сен 2008").
	if ds := datesOf(t, "Доклад представил постпред Индии Нирупам Сен 2008 года выпуска.\n"); len(ds) != 0 {
		t.Errorf("dates %v, want none", ds)
	}
}
