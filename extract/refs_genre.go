package extract

// A Council decision names one meeting of its own, the one it is adopted
// at, and recalls the others it names. Two genres print that meeting in a
// way of their own, and the defaults of isReference (every meeting of a
// resolution recalled, every meeting of any other text reported) get one
// side of it wrong where no pattern said which meeting is which:
//
//   - a presidential statement opens on its own meeting ("En la 7749ª
//     sesión del Consejo de Seguridad, celebrada el 28 de julio de 2016")
//     and recalls or welcomes earlier ones in its body, whatever verb
//     it uses ("acoge con beneplácito la exposición informativa que hizo
//     el 11 de julio de 2016", "se félicite du débat public tenu le ...",
//     "приветствует открытые прения, состоявшиеся ..."): a meeting dated
//     before its own meeting is recalled;
//   - a resolution's header prints its adoption meeting ("Aprobada por el
//     Consejo de Seguridad en su 4801a. sesión, celebrada el 31 de julio de
//     2003", "Résolution adoptée par l'Assemblée générale le 13 juin 2011")
//     before its preamble recalls anything: where no pattern has read the
//     header, the first meeting dated after an adoption word, before any
//     recall word of the text, is the one the resolution describes.

// recallByGenre applies both, before the background and horizon rules.
func (d *doc) recallByGenre() {
	switch d.facts.Doc.Type {
	case "presidential-statement":
		d.statementRecallsEarlier()
	case "resolution", "draft-resolution":
		d.resolutionAdoptionHeader()
	}
}

// statementRecallsEarlier turns the default "describes" of the meetings a
// presidential statement dates before its own meeting into references.
// Its own meeting is the latest one a pattern says it describes (the
// statement's opening formula), else its date line's.
func (d *doc) statementRecallsEarlier() {
	h, ok := d.ownMeetingDay()
	if !ok {
		return
	}
	for _, mi := range d.meetings {
		if mi.describes && mi.byDefault && mi.dt.full() && daysBetween(mi.dt, h) > 0 {
			mi.describes, mi.byDefault = false, false
		}
	}
}

// ownMeetingDay is the day of the latest meeting a pattern describes, else
// the document's date when a header or dateline prints it.
func (d *doc) ownMeetingDay() (date, bool) {
	if h, ok := d.latestDescribed(); ok {
		return h, true
	}
	if d.docDate.full() && !d.docDate.inferred && d.datedByHeader() {
		return d.docDate, true
	}
	return date{}, false
}

// adoptionReach is how many words may stand between a header's adoption
// word and its date: "adoptée par le Conseil de sécurité\nà sa 4172e séance,
// le 17 juillet 2000" has nine; a Chinese header counts one a character
// ("2005年10月17日安全理事会第5282次会议通过" puts the word after the date).
const adoptionReach = 20

// resolutionAdoptionHeader marks as described the adoption meeting of a
// resolution whose header no pattern read: the first meeting, in text
// order, whose date follows an adoption word closely, when no
// recall word stands anywhere before that date.
func (d *doc) resolutionAdoptionHeader() {
	first := -1
	var own *meetingInfo
	for _, mi := range d.meetings {
		if mi.describes && !mi.byDefault {
			return // a pattern read the header
		}
		if !mi.dt.full() || len(mi.mentions) == 0 {
			continue
		}
		if s := mi.mentions[0][0]; first < 0 || s < first {
			first, own = s, mi
		}
	}
	if own == nil || d.saidReferenced(own) {
		return
	}
	adopted := false
	for _, h := range d.hits.triggers {
		if h.start >= first {
			continue
		}
		switch h.m.key {
		case "reference":
			return // the preamble has begun: a date after it may be recalled
		case "adoption":
			// near, not in its sentence: "en su 4801a. sesión" ends one
			adopted = adopted || d.wordsIn(h.end, first, adoptionReach) <= adoptionReach
		}
	}
	if adopted {
		own.describes, own.byDefault = true, false
	}
}

// saidReferenced says whether a pattern said references(D) of one of the
// meeting's dates.
func (d *doc) saidReferenced(mi *meetingInfo) bool {
	for _, m := range mi.mentions {
		for k, dt := range d.dates {
			if dt.start == m[0] && d.patPred[k] == "references" {
				return true
			}
		}
	}
	return false
}
