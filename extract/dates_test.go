package extract

import (
	"fmt"
	"reflect"
	"testing"
)

// dateCase is a text and the dates the grammar must read in it.
type dateCase struct {
	lang, text string
	want       []string
}

func checkDates(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		got := datesOf(t, c.text)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s %q: dates %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}

func TestDates(t *testing.T) {
	checkDates(t, []dateCase{
		{"ar", "المعقود في 11 نيسان/أبريل 2003 تحت رئاسة المكسيك", []string{"2003-04-11"}},
		{"ar", "المعقود في 11 نيسان/ أبريل 2003", []string{"2003-04-11"}},
		{"ar", "يوم ١١ نيسان / أبريل ٢٠٠٣", []string{"2003-04-11"}},
		// cfjustice.org's date line (26 February 2018): the pair written with a backslash
		{"ar", "جنيف 26 فبراير \\ شباط 2018", []string{"2018-02-26"}},
		{"ar", "(25 - 26 تموز/يوليه 2005)", []string{"2005-07-25/26"}},
		{"ar", "في يومي 12 و 13 حزيران/يونيه 2018، أجرى", []string{"2018-06-12/13"}},
		{"ar", "التي وجهها في كانون الثاني/يناير 1993 إلى", []string{"1993-01"}},
		{"ar", "في 24 أيلول/سبتمبر 2012", []string{"2012-09-24"}},
		{"ar", "يوم الثلاثاء 16 تشرين الثاني/نوفمبر، الساعة 10:00", []string{"?-11-16"}},
		{"zh", "2003年 4月 11日 安全 理事会", []string{"2003-04-11"}},
		{"zh", "2006年11月29日安全理事会第5575次会议通过", []string{"2006-11-29"}},
		{"zh", "二〇〇三年四月十一日", []string{"2003-04-11"}},
		{"zh", "9月2日至4日喀土穆会议", []string{"?-9-2/4"}},
		{"zh", "2021年11月举行", []string{"2021-11"}},
		{"en", "held on 11 April 2003 under", []string{"2003-04-11"}},
		{"en", "on April 11, 2003, the Council", []string{"2003-04-11"}},
		{"en", "NEW YORK, 20 July (UN Headquarters)", []string{"?-7-20"}},
		{"en", "in January 1993 to regional organizations", []string{"1993-01"}},
		{"en", "from 25 to 26 July 2005", []string{"2005-07-25/26"}},
		{"en", "Press Release 11/04/2003 SC/7724", []string{"2003-04-11"}},
		{"ar", "قضايا عربية ودولية 2023/06/08", []string{"2023-06-08"}},
		{"en", "updated 2023-06-08 and S/2003/505", []string{"2023-06-08"}},
		{"fr", "le 1er août 2013 à 10 heures", []string{"2013-08-01"}},
		{"fr", "le mardi 6 août, à 9 h 30", []string{"?-8-6"}},
		{"fr", "17/10/2005 Conseil de sécurité", []string{"2005-10-17"}},
		{"es", "el 28 de marzo de 2007, duró un día", []string{"2007-03-28"}},
		{"es", "celebrada el 6 de noviembre", []string{"?-11-6"}},
		{"ru", "от 16 апреля 2008 года", []string{"2008-04-16"}},
		{"ru", "S/PRST/2004/27 от 20 июля 2004 года", []string{"2004-07-20"}},
		{"ru", "с 1 по 3 марта 2010 года", []string{"2010-03-01/3"}},
		{"en", "May the Council decide in 2005", nil},
		{"en", "31 February 2003", nil},
	})
}

func TestISODateMatchesSprintf(t *testing.T) {
	for y := 1890; y <= 2110; y += 7 {
		for m := 1; m <= 12; m++ {
			for d := 0; d <= 31; d++ {
				want := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
				if d == 0 {
					want = fmt.Sprintf("%04d-%02d", y, m)
				}
				if got := isoDate(y, m, d); got != want {
					t.Fatalf("isoDate(%d, %d, %d) = %q, want %q", y, m, d, got, want)
				}
			}
		}
	}
}
