package extract

import "strings"

// The press names the Secretary-General in full once ("le secrétaire général
// de l'ONU, António Guterres") and then by the bare title in lower case ("Le
// secrétaire général a souligné", "el secretario general advirtió",
// "генеральный секретарь заявил"). The gazetteer lists only capitalized bare
// titles, since a lower-case one is as often a party's or another
// organization's officer. The lower-case bare titles are trigger phrases of
// kind "sg-bare"; in a document that already names the UN Secretary-General,
// one that no name covers, that no organization's name follows ("secrétaire
// général de l'OTAN", "генеральный секретарь НАТО") and that is no deputy's
// title ("secrétaire général adjoint", "заместитель генерального секретаря")
// is the Secretary-General too.

// bareSecretaryGeneral adds an org:UNSG entity hit for each such bare title.
func (d *doc) bareSecretaryGeneral() {
	sg := d.sgMeaning() // sg_surname.go
	if sg == nil {
		return
	}
	added := false
	for _, t := range d.hits.triggers {
		if t.m.key != "sg-bare" || d.entityOverlaps(t.start, t.end) || d.sgQualified(t.start, t.end) {
			continue
		}
		d.hits.entities = append(d.hits.entities, hit{t.start, t.end, sg})
		added = true
	}
	if added {
		sortHits(d.hits.entities)
	}
}

// entityOverlaps says whether an entity hit covers part of [s, e).
func (d *doc) entityOverlaps(s, e int) bool {
	for _, h := range d.hits.entities {
		if h.start < e && s < h.end {
			return true
		}
	}
	return false
}

// sgQualified says whether the bare title at [s, e) is another officer's: a
// deputy's or assistant's, or one of the organization named after it. The
// words that say so are the language profile's title-of, deputy-after and
// deputy-before lines.
func (d *doc) sgQualified(s, e int) bool {
	text := d.t.s
	after := strings.TrimLeft(text[e:], " ")
	next, _, _ := strings.Cut(after, " ")
	next = strings.ToLower(next)
	words := d.words()
	for _, w := range words.titleOf {
		if next == w || strings.HasPrefix(next, w+"'") || strings.HasPrefix(next, w+"’") {
			return true
		}
	}
	for _, p := range words.deputyAfter {
		if strings.HasPrefix(next, p) {
			return true
		}
	}
	// An organization's name right after it: "генеральный секретарь НАТО".
	for _, h := range d.hits.entities {
		if h.start >= e && h.start <= e+2 && h.m.class == clsOrg {
			return true
		}
	}
	if s > 0 && (text[s-1] == '-' || text[s-1] == '\u00ad') {
		return true // "sous-secrétaire général", "vice-secrétaire général"
	}
	before := strings.TrimRight(text[:s], " ")
	if i := strings.LastIndexByte(before, ' '); i >= 0 {
		before = before[i+1:]
	}
	before = strings.ToLower(before)
	for _, p := range words.deputyBefore {
		if strings.HasPrefix(before, p) {
			return true
		}
	}
	return false
}
