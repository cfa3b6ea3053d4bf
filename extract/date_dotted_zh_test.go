package extract

import "testing"

// A Chinese news page prints its date line as day.month.year under the
// headline; the normalized text joins the two lines, so a Han character
// touches the date (changsha.baogaosu.com, Xinhua of 1 March 2016).
func TestDayFirstDatesTouchingHan(t *testing.T) {
	checkDates(t, []dateCase{
		{"zh", "联合国安理会2日晚上将对涉朝决议进行表决\n02.03.2016 09:39\n本文来源: 长沙新闻网", []string{"2016-03-02"}},
		// A number run on from a Latin word or a digit is still no date.
		{"zh", "版本v02.03.2016发布", nil},
		{"fr", "Communiqué du 02.03.2016 à 09:39", []string{"2016-03-02"}},
	})
}
