package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

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
//
// A bare title followed by the words that name the UN itself, "the
// Organization" (the profiles' title-of-un lines: "el secretario general de
// la organización, Kofi Annan", "le secrétaire général de l'organisation"),
// or by the UN's own name ("secretario general de la Organización de las
// Naciones Unidas") is the UN's, not another organization's, and names the
// Secretary-General even in a document that names him no other way
// (bareTitleBesideName, sg_surname.go). An organization named in full after
// the word ("de la Organización de Estados Americanos") is another one.

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
		d.hits.entities = append(d.hits.entities, hit{t.start, d.sgTitleEnd(t.start, t.end), sg})
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
	ofUN := d.sgOfUN(s, e) >= 0
	for _, w := range words.titleOf {
		if !ofUN && (next == w || strings.HasPrefix(next, w+"'") || strings.HasPrefix(next, w+"’")) {
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
		if !ofUN && h.start >= e && h.start <= e+2 && h.m.class == clsOrg {
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

// sgOfUN says whether the bare title at [s, e) is followed by words that
// name the UN itself: the UN's name right after the title, or a
// title-of-un phrase of the profile ("de la organización", "de
// l'organisation") where the UN's name opens ("de la Organización de las
// Naciones Unidas"), or that ends the clause (a punctuation mark or the
// text's end follows it: "de la organización, Kofi Annan") when the last
// organization named before the title is the UN or one of its organs (in a
// story about the OAS, "la organización" is the OAS). It is the end of
// those words, or -1.
func (d *doc) sgOfUN(s, e int) int {
	text := d.t.s
	at := e
	for at < len(text) && text[at] == ' ' {
		at++
	}
	es := d.hits.entities        // in text order
	unAt := func(a, b int) int { // the end of an org:UN hit starting in [a, b], or -1
		for k := sort.Search(len(es), func(k int) bool { return es[k].start >= a }); k < len(es) && es[k].start <= b; k++ {
			if h := es[k]; h.m.class == clsOrg && h.m.key == "UN" {
				return h.end
			}
		}
		return -1
	}
	if end := unAt(at, at); end >= 0 {
		return end // "генеральный секретарь Организации Объединенных Наций"
	}
	for _, p := range d.words().titleOfUN {
		end := at + len(p)
		if end > len(text) || !strings.EqualFold(text[at:end], p) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue // "de la organizaciones"
		}
		// The phrase's last word: where the UN's name may open.
		word := strings.LastIndexAny(text[at:end], " '’") + 1
		if unAt(at+word, at+word) >= 0 {
			return end
		}
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[end:], " ")); (unicode.IsLetter(r) || unicode.IsDigit(r)) || !d.unNamedLastBefore(s) {
			continue // "de la Organización de Estados Americanos", or the OAS's story
		}
		return end
	}
	return -1
}

// unNamedLastBefore says whether the last organization named before s is the
// UN, its Secretary-General or one of its organs.
func (d *doc) unNamedLastBefore(s int) bool {
	last := ""
	for _, h := range d.hits.entities {
		if h.start >= s {
			break
		}
		if h.m.class == clsOrg && h.end <= s {
			last = h.m.key
		}
	}
	return last == "UN" || last == "UNSG" || organs[last]
}

// sgTitleEnd is where the UN Secretary-General's bare title ending at e
// ends: after the words naming the Organization that follow it ("el
// secretario general de la organización"), so that the name after them is
// set beside the title, unless an organization's name is among them.
func (d *doc) sgTitleEnd(s, e int) int {
	if end := d.sgOfUN(s, e); end > e && !d.orgOverlaps(e, end) {
		return end
	}
	return e
}
