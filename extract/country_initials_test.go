package extract

import (
	"testing"
	"testing/fstest"
)

// Runs of one-character State names in Chinese news: each character is a
// State when the run is followed by a word about States; 中非 is the Central
// African Republic beside its mission or in a list, and 中美洲 or 中非合作
// name no run.
func TestCountryInitialRuns(t *testing.T) {
	cases := []struct {
		text      string
		want, not []string
	}{
		// http://cn.gangyiku.com/kuai/26190.html
		{"中俄在安理会表决中投弃权票。", []string{"country:CHN", "country:RUS"}, nil},
		// https://feifmx.com/socialgd/10000169/20250225/48013890.html (Traditional)
		{"安理會爆發了激烈交鋒,中美俄三國罕見地統一戰線,英法雖有意見但未行使一票否決權。", []string{"country:CHN", "country:USA", "country:RUS", "country:GBR", "country:FRA"}, nil},
		// http://51haodu.com/t/N0FjSDNCeVRabQ==
		{"俄美对同一份涉俄乌冲突决议草案投票赞成,这还是头一遭。", []string{"country:USA", "country:RUS", "country:UKR"}, nil},
		// https://ckhq.net/html/77bcdbecfa666202f89c8a1993b37dc3.html: 巴 names no State
		{"在巴以冲突的立场上,联合国安理会决议通过。", []string{"country:ISR"}, []string{"country:PAK", "country:BRA"}},
		// http://www.ciis.org.cn/gyzz/2018-07/25/content_40434331.htm
		{"南苏丹、中非、刚果(金)等国家的内战在选举前后爆发。", []string{"country:CAF"}, []string{"country:CHN"}},
		// http://www.pressreader.com/china/contemporary-world/20201005/281638192684037
		{"中非合作论坛成立二十年来,中非合作不断取得新突破。", nil, []string{"country:CAF", "country:CHN"}},
		// https://kkannews.com/94061012.html
		{"1997年1月9日,中國對關於“中美洲:邁向和平的努力”議題的決議草案S/1997/18投了反對票。", []string{"country:CHN"}, []string{"country:USA"}},
	}
	for _, c := range cases {
		got := entityIDs(extractString(t, c.text), TypeCountry)
		for _, id := range c.want {
			if !got[id] {
				t.Errorf("%q: want %s, got %v", c.text, id, got)
			}
		}
		for _, id := range c.not {
			if got[id] {
				t.Errorf("%q: %s is not named", c.text, id)
			}
		}
	}
}

// The initials are the Chinese profile's data: a rules folder that adds a
// character (德 for Germany, left out of the built-in list since 美德 is
// "virtue") makes a run with it name that State too.
func TestCountryInitialsAreProfileData(t *testing.T) {
	// https://www.mfa.gov.cn (中德关系): "中德关系保持稳定发展。"
	text := "中德关系保持稳定发展。"
	if got := entityIDs(extractString(t, text), TypeCountry); got["country:DEU"] {
		t.Fatalf("%q: the built-in profile has no 德, got %v", text, got)
	}
	x := builtinWith(t, fstest.MapFS{"lang/zh.tsv": {Data: []byte("country-initial\t德\tDEU\n")}}, "mine")
	f, err := x.Document("zh.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := entityIDs(f, TypeCountry)
	if !got["country:DEU"] || !got["country:CHN"] {
		t.Errorf("%q with 德 in the profile: want CHN and DEU, got %v", text, got)
	}
}
