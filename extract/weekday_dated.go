package extract

// weekdayOfDate says whether the weekday trigger at token k names the day of
// the date printed right after it ("le mardi 6 août", "Tuesday, 6 August",
// "el martes 6 de agosto", "On Tuesday (8 September)"): that weekday is the date's, not a day counted back
// from the document's date, and the date's own token says which meeting it is.
func (d *doc) weekdayOfDate(k int) bool {
	tk := d.toks[k]
	s := d.t.s
	for j := tk.next; j < len(d.toks) && j > k; j++ {
		n := d.toks[j]
		if n.start < tk.end {
			continue
		}
		if !onlyDateJoiners(s[tk.end:n.start]) {
			return false
		}
		if n.kind == tkDate {
			return true
		}
		if n.kind == tkBreak {
			return false
		}
	}
	return false
}

// onlyDateJoiners: what may stand between a weekday and its date.
func onlyDateJoiners(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != ',' && s[i] != '(' {
			return false
		}
	}
	return true
}
