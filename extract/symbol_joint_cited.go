package extract

import "strings"

// jointParts splits a joint symbol into the symbols it is made of: a report
// issued to the General Assembly and the Security Council at once prints
// "A/55/985-S/2001/574", one document under two symbols, and a text citing it
// cites both (each is how the other series finds it). A hyphen inside a part
// ("A/RES/ES-10/15", "A/ES-10/L.22") is kept: what follows it does not open a
// known series. Anything else is returned whole.
func (sc *symbolScanner) jointParts(id string) []string {
	if !strings.Contains(id, "-") {
		return []string{id}
	}
	var parts []string
	last := 0
	for i := 0; i < len(id); i++ {
		if id[i] != '-' || !sc.opensSeries(id[i+1:]) {
			continue
		}
		parts = append(parts, id[last:i])
		last = i + 1
	}
	if len(parts) == 0 {
		return []string{id}
	}
	return append(parts, id[last:])
}

// opensSeries says whether rest starts with a symbol of a known series: its
// first part names the series and a later part carries a digit.
func (sc *symbolScanner) opensSeries(rest string) bool {
	slash := strings.IndexByte(rest, '/')
	if slash <= 0 || !sc.series[strings.ToLower(rest[:slash])] {
		return false
	}
	end := strings.IndexByte(rest, '-')
	if end < 0 {
		end = len(rest)
	}
	return end > slash && strings.ContainsAny(rest[slash:end], "0123456789")
}
