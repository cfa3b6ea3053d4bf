package extract

import "testing"

// A PDF text layer of a UN Arabic document may move the month pair's slash
// before the pair: "٥ / نيسان أبريل ٢٠١٢" is 5 April 2012.
func TestDaySlashMonthPair(t *testing.T) {
	checkDates(t, []dateCase{
		// syrianmemory.org's copy of S/PRST/2012/10 (the meeting's header line, reworded).
		{"ar", "أدلى رئيس مجلس الأمن في الجلسة المعقودة في ٥ / نيسان أبريل ٢٠١٢ بالبيان التالي", []string{"2012-04-05"}},
		{"ar", "وإلى بيانه الصحفي المؤرخ ١ / آذار مارس ٢٠١٢ .", []string{"2012-03-01"}},
	})
}
