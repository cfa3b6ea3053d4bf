package extract

import "strings"

// Old verbatim records typed or scanned with letter spacing split the
// record's number on the cover and in the running head: "A/42/PV.8 5" on the
// cover, "A/42/PV. 85 1 (a-z)" heading a page of the same record
// (hr-travaux.law.virginia.edu, A/42/PV.85). A meeting record's symbol is
// S/PV.N or A/NN/PV.N: after "/pv." (symbol_suffix_wrap.go joins "PV. 85")
// a single digit, then a group of one or two digits alone at the end of the
// symbol's own line, is one number split; after a longer number the group is
// a page number.

// joinSplitRecordNumbers extends each record symbol standing at a line's
// start over a space and the short digit group that ends its line.
func (d *doc) joinSplitRecordNumbers() {
	s := d.t.s
	for i := range d.symbols {
		sy := &d.symbols[i]
		dot := strings.LastIndex(sy.id, "/PV.")
		if dot < 0 || len(sy.id)-dot-len("/PV.") != 1 || !isDigit(s[sy.end-1]) || !d.lineStart(sy.start) {
			continue // a page number after a whole record number ("S/PV.7600 2") is the page's
		}
		j := sy.end
		if j+1 >= len(s) || s[j] != ' ' || !isDigit(s[j+1]) {
			continue
		}
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k-j-1 > 2 || !d.lineEndAt(k) {
			continue
		}
		sy.end = k
		sy.id = string(symbolID(s[sy.start:k]))
	}
}

// lineEndAt says whether normalized offset i ends a line: the text ends
// there, or only spaces stand between i and the next line's start.
func (d *doc) lineEndAt(i int) bool {
	if strings.TrimSpace(d.t.s[i:]) == "" {
		return true
	}
	for _, l := range d.t.lines {
		if l >= i {
			return strings.TrimSpace(d.t.s[i:l]) == ""
		}
	}
	return false
}
