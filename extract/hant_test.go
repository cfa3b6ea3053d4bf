package extract

import (
	"slices"
	"testing"
)

// Chinese in Traditional characters (Hong Kong and Taiwan press, UN News
// reposts) folds to Simplified before matching, character by character, so
// the names the rules hold in Simplified are found and every mention points
// at the Traditional bytes of the input.
func TestTraditionalChinese(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // entity ids that must be found
	}{
		{
			name: "hk press, AU summit",
			text: "第35屆非洲聯盟領導人峰會2月5日起一連2天舉行。塞內加爾接替剛果成為輪值主席國。聯合國秘書長古特雷斯以視像形式發表講話。",
			want: []string{"org:AU", "org:UNSG", "country:SEN", "person:antonio-guterres"},
		},
		{
			name: "news repost, Council meeting on Africa",
			text: "聯合國安理會十六日就非洲問題召開高級別會議,集中討論聯合國與區域組織特別是非盟的合作問題。中國副外長王毅作為國家主席的特別代表與會。",
			want: []string{"org:UNSC", "org:AU", "country:CHN"},
		},
		{
			// Taiwan writes other words for many states (OpenCC's s2twp phrases: rules/data/alias/zh.tsv).
			name: "Taiwan press, Ethiopia",
			text: "非盟總部位於衣索比亞首都阿迪斯阿貝巴,聯合國與歐洲聯盟代表出席,肯亞與奈及利亞外長與會。",
			want: []string{"org:AU", "org:UN", "org:EU", "country:ETH", "country:KEN", "country:NGA"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := extractString(t, c.text)
			if f.Doc.Lang != "zh" {
				t.Errorf("language %q, want zh", f.Doc.Lang)
			}
			var ids []string
			for _, e := range f.Entities {
				ids = append(ids, e.ID)
				for _, m := range e.Mentions {
					if got := c.text[m.Start:m.End]; got != m.Text {
						t.Errorf("%s: mention %q at %d:%d reads %q in the input", e.ID, m.Text, m.Start, m.End, got)
					}
				}
			}
			for _, w := range c.want {
				if !slices.Contains(ids, w) {
					t.Errorf("%s not found; found %v", w, ids)
				}
			}
		})
	}
}

// The fold keeps the text's length in bytes for Traditional characters, and
// maps every byte back to its own rune.
func TestTraditionalFoldMapsBack(t *testing.T) {
	f := newFolder()
	src := "聯合國安全理事會與非洲聯盟"
	nt := f.normalize([]byte(src))
	if nt.s != "联合国安全理事会与非洲联盟" {
		t.Fatalf("folded %q", nt.s)
	}
	for i := 0; i < len(nt.s); i++ {
		if o := nt.orig(i); o != i-i%3 {
			t.Fatalf("byte %d maps to %d, want %d", i, o, i-i%3)
		}
	}
}
