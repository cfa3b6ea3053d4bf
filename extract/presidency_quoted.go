package extract

import "sort"

// quotedCountry: a country named inside a quoted title ("the item entitled
// “The situation in Afghanistan”, the President of the Security Council made
// the following statement") is the subject of the item, never the presidency,
// which the UN writes outside quotes ("President: Mr. X (Mexico)"). A country
// quoted together with the match's presidency phrase is no title's subject: the
// quotes hold the presidency itself, as a quoted sentence does ("“I would like
// to commend the Maltese presidency ...,” Kuleba said"), or are stray marks of
// a scanned record pairing across its cover ("^ " … 主席:Mr. C. S. A.
// RITCHIE(加拿大) … "美國認爲", S/PV.817). A quoted letter's title stays a title.
func (d *doc) quotedCountry(m *match, tk token) bool {
	if tk.m.class != clsCountry || !d.inQuotes(tk.start) {
		return false
	}
	for _, p := range m.phrases {
		if ph := d.toks[p]; ph.kind == tkTrigger && d.sameQuote(ph.start, tk.start) && !d.quotedDocTitle(ph.start) {
			return false
		}
	}
	return true
}

// quotedDocTitle says whether the quotes around offset a hold a document's
// title, as an agenda item names a letter (“Letter dated ... from the Permanent
// Representative of Ukraine ... addressed to the President of the Security
// Council”): a docdate or addressed-to phrase in them. The President named
// there is the addressee, the country the sender.
func (d *doc) quotedDocTitle(a int) bool {
	k := sort.Search(len(d.quotes), func(k int) bool { return d.quotes[k][0] > a })
	if k == 0 {
		return false
	}
	q := d.quotes[k-1]
	for i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start >= q[0] }); i < len(d.toks) && d.toks[i].start < q[1]; i++ {
		if t := d.toks[i]; t.kind == tkTrigger && (t.m.key == "docdate" || t.m.key == "addressed-to") {
			return true
		}
	}
	return false
}

// sameQuote says whether offsets a and b lie inside one quoted span.
func (d *doc) sameQuote(a, b int) bool {
	k := sort.Search(len(d.quotes), func(k int) bool { return d.quotes[k][0] > a })
	if k == 0 {
		return false
	}
	q := d.quotes[k-1]
	return a < q[1] && q[0] <= b && b < q[1]
}
