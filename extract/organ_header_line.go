package extract

// headerLineOrgan is the organ of a press release's own day read from its
// header, where the organ's name stands alone on the line above the
// session and meeting-number lines ("22/10/2008 ... Assemblée générale\n\n
// Soixante-troisième session\n\n30e séance plénière – matin", AG/10770): an
// Assembly release on its election of members of the Economic and Social
// Council names the Council more often than the Assembly, yet the numbered
// meeting of its date line is the Assembly's. "" when the header has no such
// line.
func (d *doc) headerLineOrgan(dt date) string {
	if d.docDateIdx < 0 || dt.start != d.dates[d.docDateIdx].start {
		return ""
	}
	num := -1
	for _, h := range d.hits.triggers {
		if h.start > d.headerEnd {
			break
		}
		if h.start >= dt.end && h.m.key == "meeting-number" && d.numberBeside(h) {
			num = h.start
			break
		}
	}
	if num < 0 {
		return ""
	}
	organ := ""
	for _, h := range d.hits.entities {
		if h.start >= num {
			break
		}
		if h.start < dt.end || h.m.class != clsOrg || !d.isOrgan(h.m.key) {
			continue
		}
		if d.lineStart(h.start) && d.lineEndsAfter(h.end, 2) {
			organ = h.m.key // the last such line before the meeting number
		}
	}
	return organ
}
