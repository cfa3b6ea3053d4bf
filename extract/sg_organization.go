package extract

import (
	"slices"
	"strings"
)

// The Arabic press of another organization names its own Secretary-General
// as "الأمين العام للمنظمة", "the Organization's Secretary-General", once the
// organization has been named ("ليكون الأمين العام ال12 للمنظمة" after
// "أمينًا عامًا لمنظمة التعاون الإسلامي", turess.com/babnet/215910; "الأمين
// العام الحالي للمنظمة" after "منظمة التعاون الإسلامي", alhidaya.net/node/3028).
// The gazetteer keys the phrase to the UN Secretary-General, as a UN text
// means it. Where the last organization named before it is another one than
// the UN, its Secretary-General or one of its organs (an organ, "مجلس حقوق
// الإنسان", is no "منظمة"), the phrase is that organization's officer: its
// hit takes that organization's meaning. So does the bare title with one word
// between it and another organization's name ("الأمين العام المنتخب لمنظمة
// التعاون الإسلامي", alhidaya.net/node/3028), which the gazetteer's longest
// match ("الأمين العام لمنظمة التعاون الإسلامي") cannot reach.

// ofOwnOrganization says whether a bare title's hit ends with one of the
// profile's title-own-org words ("للمنظمة"), or one or two words ("الحالي",
// "المنتخب", "السابق") and then one: "الأمين العام الحالي للمنظمة"
// (alhidaya.net/node/3028).
func ofOwnOrganization(title, after string, own []string) bool {
	if len(after) > 80 {
		after = after[:80]
	}
	words := strings.Fields(after)
	for _, o := range own {
		if strings.HasSuffix(title, o) {
			return true
		}
		for i := 1; i <= 2 && i < len(words); i++ {
			if strings.TrimRight(words[i], "،,.") == o {
				return true
			}
		}
	}
	return false
}

// organizationSecretaryGeneral re-keys those hits.
func (d *doc) organizationSecretaryGeneral() {
	w := d.words()
	if len(w.titleOwnOrg) == 0 {
		return // the language has no such title (the profile's title-own-org)
	}
	text := d.t.s
	var last *meaning // the last organization named, organs passed over
	for i := range d.hits.entities {
		h := &d.hits.entities[i]
		if h.m.class != clsOrg {
			continue
		}
		if h.m.key == "UNSG" && ofOwnOrganization(text[h.start:h.end], text[h.end:], w.titleOwnOrg) &&
			last != nil && last.key != "UN" && last.key != "UNSG" {
			h.m = last
			continue
		}
		if h.m.key == "UNSG" && i+1 < len(d.hits.entities) {
			// "الأمين العام المنتخب لمنظمة التعاون الإسلامي": one word between the
			// bare title and the other organization's name, which a clitic opens.
			n := d.hits.entities[i+1]
			if gap := strings.Fields(text[h.end:max(h.end, n.start)]); n.m.class == clsOrg && !organs[n.m.key] &&
				n.m.key != "UN" && n.m.key != "UNSG" && len(gap) == 2 && slices.Contains(w.clitics, gap[1]) {
				h.m = n.m
			}
		}
		if !organs[h.m.key] {
			last = h.m
		}
	}
}
