package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	f := newFolder()
	cases := []struct{ name, in, want string }{
		{"latin case and accents", "Conseil de Sécurité", "conseil de securite"},
		{"whitespace runs", "African\n\n  Union\t", "african union"},
		{"arabic hamza, teh marbuta, diacritics", "الأُمَم المتّحدة وإذ", "الامم المتحده واذ"},
		{"arabic tatweel and alef maksura", "مجلـــس علی", "مجلس علي"},
		{"arabic-indic digits", "١١ نيسان/أبريل ٢٠٠٣", "11 نيسان/ابريل 2003"},
		{"persian digits", "۲۰۱۸", "2018"},
		{"spaces between han removed", "非洲 联盟 、 美洲 国家 组织", "非洲联盟,美洲国家组织"},
		{"chinese dates", "2003年 4月 11日 ， 安全 理事会", "2003年4月11日,安全理事会"},
		{"han next to latin keeps space", "联合国 UN", "联合国 un"},
		{"full-width forms", "（ＳＣ／７７２４）", "(sc/7724)"},
		{"middle dot in chinese names", "阿道夫 · 阿吉拉尔·辛塞尔", "阿道夫·阿吉拉尔·辛塞尔"},
		{"russian endings", "Африканского союза", "африканск союз"},
		{"russian nominative", "Африканский союз", "африканск союз"},
		{"russian short words keep", "ООН и ЕС", "оон и ес"},
		{"russian short names meet", "Кубы Куба Индия Индии", "куб куб инд инд"},
		{"russian adjective endings with й", "Генеральный Южной Южная", "генеральн южн южн"},
		{"quotes and dashes", "Secretary‑General’s “remarks” – today", "secretary-general's \"remarks\" - today"},
		{"format characters dropped", "Uni\u200bon\u200f", "union"},
	}
	for _, c := range cases {
		got := f.normalize([]byte(c.in)).s
		if got != c.want {
			t.Errorf("%s: normalize(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

// Every byte of the normalized text maps to the start of a rune of the source,
// in order, and the rune it maps to folds to what stands in the normalized text.
func TestNormalizeOffsetMap(t *testing.T) {
	f := newFolder()
	inputs := []string{
		"رسالة مؤرخة 25 نيسان/أبريل 2003 موجهة إلى الأمين العام",
		"2003年 4月 25日 墨西哥 常 驻 联合国 代表 给 秘书长 的 信",
		"Совет Безопасности ООН расширил мандат Миссии Африканского союза",
		"Le Conseil de sécurité, «réunion»\n\n5282e séance",
		// Folds of other lengths, dropped marks, white space of every width, stemmed words.
		"ﬁnance  ﷺ\u3000مَجْلِس الأمـــن\u200bСОВЕТА ёлка Cafe\u0301 ＵＮ ١٢ 联合 国\t\r\n安理会",
	}
	for _, in := range inputs {
		n := f.normalize([]byte(in))
		if n.orig(len(n.s)) != len(in) {
			t.Errorf("%q: end maps to %d, want %d", in, n.orig(len(n.s)), len(in))
		}
		prev := 0
		for i := 0; i < len(n.s); i++ {
			o := n.orig(i)
			if o < prev || o >= len(in) || !utf8.RuneStart(in[o]) {
				t.Fatalf("%q: byte %d maps to %d (prev %d)", in, i, o, prev)
			}
			prev = o
			if !utf8.RuneStart(n.s[i]) {
				continue
			}
			r, _ := utf8.DecodeRuneInString(n.s[i:])
			sr, _ := utf8.DecodeRuneInString(in[o:])
			switch fold := f.fold(sr); {
			case r == ' ':
				if !unicode.IsSpace(sr) {
					t.Errorf("%q: space at %d maps to %q", in, i, sr)
				}
			case fold == keep && sr != r, fold != keep && !strings.ContainsRune(fold, r):
				t.Errorf("%q: %q at %d maps to %q, which folds to %q", in, r, i, sr, fold)
			}
		}
		// A word found in the normalized text maps back to its source word.
		for _, w := range []struct{ norm, src string }{{"الامين العام", "الأمين العام"}, {"墨西哥", "墨西哥"}, {"совет", "Совет"}, {"securite", "sécurité"}} {
			if i := indexOf(n.s, w.norm); i >= 0 {
				got := in[n.orig(i):n.orig(i+len(w.norm)-1)]
				if len(got) == 0 || got[0] != w.src[0] {
					t.Errorf("%q: %q maps back to %q", in, w.norm, got)
				}
			}
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// The quick test before the rune table lets through every rune the table calls Han.
func TestMayBeHanCoversHanish(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isHanish(r) && !mayBeHan(r) {
			t.Fatalf("%U is Han-like but mayBeHan says no", r)
		}
	}
}
