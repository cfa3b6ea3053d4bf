package extract

import "strings"

// The Arabic press of another organization names its own Secretary-General
// as "الأمين العام للمنظمة", "the Organization's Secretary-General", once the
// organization has been named ("ليكون الأمين العام ال12 للمنظمة" after
// "أمينًا عامًا لمنظمة التعاون الإسلامي", turess.com/babnet/215910; "الأمين
// العام الحالي للمنظمة" after "منظمة التعاون الإسلامي", alhidaya.net/node/3028).
// The gazetteer keys the phrase to the UN Secretary-General, as a UN text
// means it. Where the last organization named before it is another one than
// the UN, its Secretary-General or one of its organs (an organ, "مجلس حقوق
// الإنسان", is no "منظمة"), the phrase is that organization's officer: its
// hit takes that organization's meaning.

// ownOrganizationSG is the Arabic "of the Organization" suffix of the title,
// as the normalized text spells it (ta marbuta folded to ha).
const ownOrganizationSG = "للمنظمه"

// organizationSecretaryGeneral re-keys those hits.
func (d *doc) organizationSecretaryGeneral() {
	if d.lang != "ar" {
		return
	}
	text := d.t.s
	var last *meaning // the last organization named, organs passed over
	for i := range d.hits.entities {
		h := &d.hits.entities[i]
		if h.m.class != clsOrg {
			continue
		}
		if h.m.key == "UNSG" && strings.HasSuffix(text[h.start:h.end], ownOrganizationSG) &&
			last != nil && last.key != "UN" && last.key != "UNSG" {
			h.m = last
			continue
		}
		if !organs[h.m.key] {
			last = h.m
		}
	}
}
