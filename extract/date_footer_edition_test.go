package extract

import (
	"strings"
	"testing"
)

// A Chinese paper's digital edition closes its page with the paper, section,
// page and the date with its weekday ("浙江日报 要闻 00005 … 2016年04月06日
// 星期三", zjrb.zjol.com.cn): with no date in the header, that line dates the
// story, and a day of its Xinhua dateline takes the edition's year
// (date_footer.go). A date closing a sentence does not.
func TestFooterEditionLine(t *testing.T) {
	cases := []struct{ text, date string }{
		{"外交部:中方将履行好安理会轮值主席职责\n\n  新华社北京4月5日电 (记者 靳若城) 外交部发言人洪磊5日在例行记者会上表示,中国已就任本月联合国安理会轮值主席。\n\n浙江日报 要闻 00005 2016年04月06日 星期三\n", "2016-04-06"},
		{"中方将履行好安理会轮值主席职责\n\n" + strings.Repeat("  外交部发言人洪磊在例行记者会上表示,中方将履行好安理会轮值主席的职责。\n", 8) + "洪磊说,安理会将于2016年04月06日 星期三\n", ""},
	}
	for _, c := range cases {
		f := extractString(t, c.text)
		if f.Doc.Date != c.date {
			t.Errorf("%q: date %q, want %q", c.text[:strings.IndexByte(c.text, '\n')], f.Doc.Date, c.date)
		}
	}
}
