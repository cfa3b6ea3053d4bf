package extract

// A date range of several days that encloses another date of the text is the
// span of a visit or a programme, not one meeting's day: "the Council's joint
// consultative meeting with the AU PSC in Addis Ababa from 5th – 9th September
// 2017" is the mission, whose meetings the text dates on 7 and 8 September. A
// two-day range ("29-30 July 2003") stays a meeting.

// minSpanDays is the length of a range, in days, from which it is a span.
const minSpanDays = 3

// spanNotMeetings marks such ranges as no meeting's date. It runs after the
// patterns (which fill patNot) and before the meetings are made.
func (d *doc) spanNotMeetings() {
	for k, dt := range d.dates {
		if !dt.full() || dt.endDay-dt.d+1 < minSpanDays || d.patNot[k] || d.weekSpan(dt) {
			continue
		}
		for j, o := range d.dates {
			if o.d == dt.d && d.ownDateAt(j) {
				continue // the day the story is written, as the debate opens (date_span_own.go)
			}
			if j != k && o.full() && o.endDay == 0 && o.y == dt.y && o.m == dt.m && o.d >= dt.d && o.d <= dt.endDay {
				d.patNot[k] = true
				break
			}
		}
	}
}
