package extract

// meetingsOfMonthToken is the described meetings of the month a month token
// names, in the year printed with it when there is one: "Under the presidency
// of Spain in October 2015" in a letter of May 2016 names October 2015, not
// October of the letter's year. Without a printed year, the document's
// year holds (meetingsOfMonth).
func (d *doc) meetingsOfMonthToken(tk token) []*meetingInfo {
	month := atoi(tk.m.key)
	for _, dt := range d.dates {
		if dt.d != 0 || dt.y == 0 || dt.m != month || dt.start > tk.start || tk.start >= dt.end {
			continue
		}
		var out []*meetingInfo
		for _, mi := range d.meetings {
			if mi.dt.m == month && mi.dt.y == dt.y {
				out = append(out, mi)
			}
		}
		return out
	}
	return d.meetingsOfMonth(month)
}
