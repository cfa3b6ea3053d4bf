package extract

import (
	"strings"
	"unicode/utf8"
)

// zhCountryInitials are the one-character names Chinese news gives States in
// a run of two or more: "中俄弃权", "中美俄三国", "英法等欧洲成员", "俄乌冲突",
// "美以对伊朗", "韩朝互信". Characters too common in other words or names
// (日 in dates, 德 in 美德, 伊 for Iran or Iraq) are left out; 巴 (Pakistan,
// Brazil or Palestine, no State of the gazetteer) joins a run and names
// nothing, so "巴以冲突" gives Israel only.
var zhCountryInitials = map[rune]string{
	'中': "CHN", '美': "USA", '俄': "RUS", '英': "GBR", '法': "FRA",
	'韩': "KOR", '朝': "PRK", '以': "ISR", '乌': "UKR", '印': "IND",
	'巴': "",
}

// zhCAFBefore and zhCAFAfter mark "中非" as the Central African Republic:
// a UN mission there ("联合国中非特派团", "中非稳定团"), or a list of States
// ("南苏丹、中非、刚果(金)等国家").
var (
	zhCAFBefore = []string{"联合国"}
	zhCAFAfter  = []string{"特派团", "稳定团", "多层面"}
)

// zhRunFollowers must come right after a run for it to name States: a run
// is two or three characters that also start ordinary words ("法律",
// "中美洲", "以美国为首", "朝中社"), and only these words say they are
// States.
var zhRunFollowers = []string{
	"两国", "三国", "四国", "五国", "等", "双方", "关系", "局势", "冲突", "战争", "问题",
	"弃权", "投", "两个", "对", "之间", "互信", "在", "达成", "虽", "均", "都", ",", "领导人",
}

// zhCountryRuns records the States named by runs of one-character names.
// "中非" is the Central African Republic only beside its UN mission or in a
// list: it is China and Africa ("中非合作") as often.
func (d *doc) zhCountryRuns() {
	if d.lang != "zh" {
		return
	}
	s := d.t.s
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if _, ok := zhCountryInitials[r]; !ok {
			i += n
			continue
		}
		j, ids := i, []string(nil)
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			id, ok := zhCountryInitials[r]
			if !ok {
				break
			}
			ids = append(ids, id)
			j += n
		}
		start := i
		i = j
		if strings.HasPrefix(s[start:], "中非") && d.zhCAF(start, start+len("中非")) {
			d.mention(d.entity("country:CAF", TypeCountry, d.x.m.names["country:CAF"]), start, start+len("中非"), "gazetteer/country-initials")
			continue
		}
		if len(ids) < 2 || len(ids) > 5 || hasPrefix(s[j:], zhRunFollowers) == 0 || d.entityCovers(start, j) {
			continue
		}
		if strings.HasPrefix(s[start:], "中非") {
			continue // China and Africa, or the Central African Republic
		}
		at := start
		for _, id := range ids {
			if id == "" {
				at += len("巴")
				continue
			}
			_, n := utf8.DecodeRuneInString(s[at:])
			id = "country:" + id
			name := d.x.m.names[id]
			if name == "" {
				name = s[at : at+n]
			}
			e := d.entity(id, TypeCountry, name)
			d.mention(e, at, at+n, "gazetteer/country-initials")
			at += n
		}
	}
}

func (d *doc) zhCAF(a, b int) bool {
	s := d.t.s
	inList := strings.HasSuffix(s[:a], ",") && strings.HasPrefix(s[b:], ",")
	return inList || hasSuffix(s[:a], zhCAFBefore) > 0 || hasPrefix(s[b:], zhCAFAfter) > 0
}

// entityCovers says whether a gazetteer entity overlaps [a, b): the run is
// then part of a longer name ("以色列", "美国").
func (d *doc) entityCovers(a, b int) bool {
	for _, h := range d.hits.entities {
		if h.start < b && a < h.end {
			return true
		}
	}
	return false
}
