package extract

// assemblyDayOrgan is the organ of the document's own day in a document headed
// by a meeting only a plenary organ holds (trigger kind assembly-meeting: "48th
// plenary meeting", "joint debate"): the President of the General Assembly's
// remarks on the Security Council's report name the Council far more often
// than the Assembly, often in the very sentence that says "our meeting today",
// yet the meeting of the date line and of "today" is the Assembly's. The
// heading is what comes before the document's first date. The Economic and
// Social Council holds plenary meetings too, so it wins when it is named more
// than the Assembly. "" for any other day, or when the heading names no such
// meeting.
func (d *doc) assemblyDayOrgan(dt date) string {
	if len(d.dates) == 0 || !d.docDate.full() || !dt.sameISO(d.docDate) {
		return ""
	}
	first := d.dates[0].start
	headed := false
	for _, h := range d.hits.triggers {
		if h.start >= first {
			break
		}
		if h.m.key == "assembly-meeting" {
			headed = true
			break
		}
	}
	if !headed {
		return ""
	}
	ga, ecosoc := 0, 0
	for _, h := range d.hits.entities {
		switch {
		case h.m.class != clsOrg:
		case h.m.key == "UNGA":
			ga++
		case h.m.key == "ECOSOC":
			ecosoc++
		}
	}
	if ecosoc > ga {
		return "ECOSOC"
	}
	return "UNGA"
}
