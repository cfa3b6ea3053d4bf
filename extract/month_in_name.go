package extract

// A month word inside a person's name is no month: "Jan Eliasson (Sweden),
// President of the General Assembly", "Zhang Jun (China)", "Theresa May".
// The name is an entity of the person gazetteer; the month word it holds
// makes no {month} token, which would otherwise name a month the
// presidency is not said for and drop it (presidency_month.go, otherMonth).
// A day beside the word still makes a date ("Jan 9": the date grammar reads
// it before any entity is known), and such a date's month is left as it is.

// monthInPersons marks, for each month hit in text order, whether a person
// entity's span holds it.
func (d *doc) monthInPersons() []bool {
	in := make([]bool, len(d.hits.months))
	ents := d.hits.entities
	j := 0
	for i, m := range d.hits.months {
		for j < len(ents) && ents[j].start+maxNameSpan < m.start {
			j++
		}
		for k := j; k < len(ents) && ents[k].start <= m.start; k++ {
			if e := ents[k]; e.m.class == clsPerson && e.start <= m.start && m.end <= e.end {
				in[i] = true
				break
			}
		}
	}
	return in
}

// maxNameSpan bounds how far before a month word a person's name may start
// (bytes): the cursor of monthInPersons skips entities that start earlier.
const maxNameSpan = 256
