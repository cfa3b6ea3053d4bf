package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The press names the Secretary-General in full once, beside his title ("el
// secretario general de la ONU, António Guterres", "联合国秘书长古特雷斯",
// "الأمين العام للأمم المتحدة أنطونيو غوتيريش"), and then by his surname alone
// ("dijo Guterres", "Гутерриш открыл Генассамблею", "غوتيريش:"). The surname
// of a person the document sets beside the UN Secretary-General's title is
// that Secretary-General wherever the document writes it, so it is an
// org:UNSG mention and, where he speaks, an attendee. A surname never tied to
// the title is left alone, and so is a person beside the title of another
// officer: "Special Representative of the Secretary-General, X", "former
// Secretary-General X", a deputy's or an Under-Secretary-General's (the
// words that say so are the profiles' title-other-* lines).

// sgSurnames adds an org:UNSG entity hit at each other naming of a person
// the document ties to the Secretary-General's title (a headline's surname
// before the full name too).
func (d *doc) sgSurnames() {
	sg := d.sgMeaning()
	if sg == nil {
		if sg = d.bareTitleBesideName(); sg == nil {
			return
		}
		d.bareSecretaryGeneral() // the other bare titles of the document are his too
	}
	tied := map[string]bool{}     // person keys set beside the title
	tiedAt := map[int]bool{}      // starts of the person hits beside the title
	surnames := map[string]bool{} // normalized surnames of those persons
	var titles []hit              // the Secretary-General's titles, looked at once per person
	for _, h := range d.hits.entities {
		if h.m.class == clsOrg && h.m.key == "UNSG" {
			titles = append(titles, h)
		}
	}
	for _, h := range d.hits.entities {
		if h.m.class != clsPerson || !d.besideSGTitle(h, titles) {
			continue
		}
		tied[h.m.key], tiedAt[h.start] = true, true
		if s := lastNameWord(d.t.s[h.start:h.end]); s != "" {
			surnames[s] = true
		}
	}
	if len(tied) == 0 {
		return
	}
	// The hits this reader adds say so: their mentions name its rule, not the gazetteer's.
	byName := *sg
	byName.rule = "resolver/sg-surname"
	sg = &byName
	var add []hit
	for _, h := range d.hits.entities {
		if h.m.class == clsPerson && tied[h.m.key] && !tiedAt[h.start] && !d.orgOverlaps(h.start, h.end) {
			add = append(add, hit{h.start, h.end, sg}) // "古特雷斯说", or the full name again
		}
	}
	for s := range surnames {
		for from := 0; ; {
			i := indexRare(d.t.s[from:], s)
			if i < 0 {
				break
			}
			a, b := from+i, from+i+len(s)
			from = b
			if d.wordAt(a, b) && !d.entityOverlaps(a, b) {
				add = append(add, hit{a, b, sg})
			}
		}
	}
	if len(add) > 0 {
		d.hits.entities = append(d.hits.entities, add...)
		sortHits(d.hits.entities)
	}
}

// besideSGTitle says whether person hit p stands right beside a UN
// Secretary-General title: after it ("UN Secretary-General António
// Guterres", "联合国秘书长古特雷斯") or before it after a comma ("António
// Guterres, Secretary-General of the United Nations"), with nothing but
// spaces and commas between, the title being no other officer's.
func (d *doc) besideSGTitle(p hit, titles []hit) bool {
	for _, u := range titles {
		switch {
		case u.end <= p.start && u.end+4 >= p.start:
			if strings.Trim(d.t.s[u.end:p.start], " ,،") != "" {
				continue
			}
		case p.end <= u.start && p.end+4 >= u.start:
			gap := d.t.s[p.end:u.start]
			if !strings.ContainsAny(gap, ",،") || strings.Trim(gap, " ,،") != "" {
				continue
			}
		default:
			continue
		}
		if !d.sgTitleOfOther(u) {
			return true
		}
	}
	return false
}

// sgTitleOfOther says whether the title at u belongs to another officer: a
// deputy's or an Under-Secretary-General's (sgQualified), a former holder's
// ("former Secretary-General", "الأمين العام السابق", "前联合国秘书长"), or
// another organization's ("NATO Secretary-General"), or that of someone "of
// the Secretary-General" ("Special Representative of the
// Secretary-General", "enviado especial del secretario general",
// "المبعوث الخاص للأمين العام").
func (d *doc) sgTitleOfOther(u hit) bool {
	if d.sgQualified(u.start, u.end) {
		return true
	}
	text := d.t.s
	words := d.words()
	if hasPrefix(text[u.start:], words.otherPrefix) > 0 || hasSuffix(text[:u.start], words.otherGlued) > 0 {
		return true
	}
	for _, h := range d.hits.entities {
		if h.m.class == clsOrg && h.m.key != "UNSG" && h.m.key != "UN" && h.end <= u.start && h.end+1 >= u.start {
			return true // "NATO Secretary-General", "阿盟秘书长"
		}
	}
	after, _, _ := strings.Cut(strings.TrimLeft(text[u.end:], " "), " ")
	if slices.Contains(words.otherAfter, after) {
		return true
	}
	before := strings.Fields(text[max(0, u.start-40):u.start])
	for k := len(before) - 1; k >= 0 && k >= len(before)-2; k-- {
		if slices.Contains(words.otherBefore, strings.ToLower(before[k])) {
			return true
		}
	}
	return false
}

// lastNameWord is the last word of a person's name as the text writes it,
// "guterres" of "antónio guterres", "古特雷斯" of "安东尼奥·古特雷斯"; "" for a
// one-word name (the gazetteer's "古特雷斯" is matched as the person already)
// or a word too short to stand for a name alone.
func lastNameWord(name string) string {
	name = strings.TrimSpace(name)
	i := strings.LastIndexAny(name, " ·・")
	if i < 0 {
		return ""
	}
	_, n := utf8.DecodeRuneInString(name[i:])
	w := name[i+n:]
	if utf8.RuneCountInString(w) < 4 {
		return ""
	}
	return w
}

// wordAt says whether [a, b) of the normalized text is a whole word: no
// letter touches it, save a one-letter clitic of the language profiles glued
// before it ("وغوتيريش").
// Han text has no word spaces, so there any occurrence counts.
func (d *doc) wordAt(a, b int) bool {
	text := d.t.s
	first, _ := utf8.DecodeRuneInString(text[a:])
	if unicode.Is(unicode.Han, first) {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(text[b:]); b < len(text) && unicode.IsLetter(r) {
		return false
	}
	if a == 0 {
		return true
	}
	r, n := utf8.DecodeLastRuneInString(text[:a])
	if !unicode.IsLetter(r) {
		return true
	}
	if d.x.m.clitics[text[a-n:a]] {
		p, _ := utf8.DecodeLastRuneInString(text[:a-n])
		return a-n == 0 || !unicode.IsLetter(p)
	}
	return false
}

// orgOverlaps says whether an organization hit covers part of [s, e).
func (d *doc) orgOverlaps(s, e int) bool {
	for _, h := range d.hits.entities {
		if h.m.class == clsOrg && h.start < e && s < h.end {
			return true
		}
	}
	return false
}

// bareTitleBesideName reads a lower-case bare title followed by the name of
// an international official ("al secretario general António Guterres",
// "el secretario general, António Guterres,") or by the words naming the UN
// itself ("el secretario general de la organización", sg_bare.go sgOfUN) as
// the Secretary-General in a document that names him no other way: it adds
// the org:UNSG hit at the title and returns the meaning, else nil. A
// national official's name (the gazetteer gives his country) or a qualified
// title ("secretario general del Partido") is no such naming.
func (d *doc) bareTitleBesideName() *meaning {
	var at []hit
	for _, t := range d.hits.triggers {
		if t.m.key != "sg-bare" || d.entityOverlaps(t.start, t.end) || d.sgQualified(t.start, t.end) {
			continue
		}
		if d.sgOfUN(t.start, t.end) >= 0 {
			at = append(at, hit{t.start, d.sgTitleEnd(t.start, t.end), nil})
			continue
		}
		for _, p := range d.hits.entities {
			if p.start < t.end {
				continue
			}
			if p.start > t.end+4 {
				break
			}
			if p.m.class == clsPerson && d.x.m.personCountry[p.m.key] == "" && strings.Trim(d.t.s[t.end:p.start], " ,،") == "" {
				at = append(at, t)
			}
			break
		}
	}
	if len(at) == 0 {
		return nil
	}
	sg := d.x.m.unsg
	if sg == nil {
		return nil
	}
	for _, t := range at {
		d.hits.entities = append(d.hits.entities, hit{t.start, t.end, sg})
	}
	sortHits(d.hits.entities)
	return sg
}

// meaningOf is the first rule meaning of that class and key; nil when the
// rules have none. It reads every meaning: the matcher calls it once, when built.
func (m *matcher) meaningOf(c class, key string) *meaning {
	for i := range m.patterns {
		for k := range m.patterns[i].meanings {
			if mn := &m.patterns[i].meanings[k]; mn.class == c && mn.key == key {
				return mn
			}
		}
	}
	return nil
}

// sgMeaning is the meaning of the document's first org:UNSG hit, nil when it
// names no Secretary-General.
func (d *doc) sgMeaning() *meaning {
	for _, h := range d.hits.entities {
		if h.m.class == clsOrg && h.m.key == "UNSG" {
			return h.m
		}
	}
	return nil
}
