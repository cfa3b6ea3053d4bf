package extract

import "strings"

// titleOwnSymbol is the symbol a document's title line restates: a mirror's
// heading "联合国安理会主席声明2008年第30号 S/PRST/2008/30 2008年8月7日" or
// "Resolution 1555 (2004) S/RES/1555 (2004)" names the statement or resolution
// by its numbers, then prints its symbol. A symbol near the top whose every
// number stands earlier on its own line is the document's own, however long
// the line (a line of Han characters is long in bytes, so shortLine misses it).
func (d *doc) titleOwnSymbol() string {
	s := d.t.s
	for _, sy := range d.symbols {
		if sy.start > d.headerEnd {
			break
		}
		if d.parenCited(sy.start) {
			continue // a citation in parentheses (symbol_paren_cited.go)
		}
		ls := 0
		for _, l := range d.t.lines {
			if l > sy.start {
				break
			}
			ls = l
		}
		if numbersBefore(s[ls:sy.start], sy.id) {
			return sy.id
		}
	}
	return ""
}

// numbersBefore says whether every digit run of symbol id (two at least, or
// one of three digits or more) stands in head as a whole number.
func numbersBefore(head, id string) bool {
	runs := 0
	long := false
	for i := 0; i < len(id); {
		if !isDigit(id[i]) {
			i++
			continue
		}
		j := i
		for j < len(id) && isDigit(id[j]) {
			j++
		}
		if !wholeNumberIn(head, id[i:j]) {
			return false
		}
		runs++
		long = long || j-i >= 3
		i = j
	}
	return runs >= 2 || runs == 1 && long
}

// wholeNumberIn says whether num stands in s with no digit on either side.
func wholeNumberIn(s, num string) bool {
	for at := 0; ; {
		i := strings.Index(s[at:], num)
		if i < 0 {
			return false
		}
		k := at + i
		if (k == 0 || !isDigit(s[k-1])) && (k+len(num) == len(s) || !isDigit(s[k+len(num)])) {
			return true
		}
		at = k + len(num)
	}
}
