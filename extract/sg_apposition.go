package extract

import "strings"

// A statement's title names its speaker, his title and his organization in
// apposition, commas between: "Statement by H.E. Prof. Dr. Ekmeleddin
// Ihsanoglu, Secretary General, Organization of Islamic Cooperation at the
// High Level Segment" (oic-oci.org, 28 February 2013), "Jens Stoltenberg,
// Secretary General, North Atlantic Treaty Organization". The gazetteer keys
// the bare title to the UN Secretary-General; set between a name and another
// organization's name, it is that organization's officer, and its hit takes
// that organization's meaning (an organization mention, as "Secretary-General
// of the League of Arab States" is the League's). The name before is a word
// in capitals right before the comma; the organization, neither the UN nor
// one of its organs, starts right after the next comma, and ends the
// apposition: punctuation, the text's end or a lower-case word follow it
// ("at the", "à la"), not a capitalized one, since in a list of speakers
// ("António Guterres, Secretary-General, African Union Commission Chairperson
// Moussa Faki") the organization opens the next speaker's title.
func (d *doc) appositionSecretaryGeneral() {
	text := d.t.s
	es := d.hits.entities
	for i := range es {
		h := &es[i]
		if h.m.class != clsOrg || h.m.key != "UNSG" || len(strings.Fields(text[h.start:h.end])) > 2 {
			continue // only the bare title: "UN Secretary-General" is the UN's
		}
		before := strings.TrimRight(text[:h.start], " ")
		if !strings.HasSuffix(before, ",") {
			continue
		}
		before = strings.TrimRight(before[:len(before)-1], " ")
		ws := strings.LastIndexAny(before, " \n\t") + 1
		if ws >= len(before) || !d.capitalOrDigitAt(ws) {
			continue
		}
		j := skipSpace(text, h.end)
		if j >= len(text) || text[j] != ',' {
			continue
		}
		j = skipSpace(text, j+1)
		for k := i + 1; k < len(es) && es[k].start <= j; k++ {
			n := es[k]
			if n.start != j || n.m.class != clsOrg || organs[n.m.key] || n.m.key == "UN" || n.m.key == "UNSG" {
				continue
			}
			if e := skipSpace(text, n.end); e < len(text) && d.capitalOrDigitAt(e) {
				break
			}
			h.m = n.m
			break
		}
	}
}

// capitalOrDigitAt says whether the document prints a capital letter or a
// digit at normalized offset i.
func (d *doc) capitalOrDigitAt(i int) bool {
	return d.upperInSource(i) || isDigit(d.t.s[i])
}
