package extract

import (
	"slices"
	"sort"
	"strings"
)

// patternRule is the rule and FILE:LINE a pattern's facts carry.
func patternRule(c *compiled) (string, string) { return c.p.ID, c.at }

// clauseEntity is an entity in one clause (for notattended).
type clauseEntity struct {
	clause int
	id     string
}

// runPatterns builds the token stream and runs every pattern once; the
// meeting actions are read by findMeetings, the others by emitPatterns.
func (d *doc) runPatterns() {
	d.toks = d.tokens()
	r := &runner{d: d, toks: d.toks, caps: d.sc.caps[:0], masks: d.sc.masks[:0], segs: d.sc.segs[:0], tails: d.sc.tails[:0], record: d.ctx != nil && d.ctx.record, sc: &d.sc.pat, infos: d.sc.pat.infos[:0]}
	d.matches = r.run(d.x.patterns)
	d.sc.caps, d.sc.masks, d.sc.segs, d.sc.tails, d.sc.pat.infos = r.caps, r.masks, r.segs, r.tails, r.infos
	d.fails = r.fails
	if d.sc.patMeeting == nil {
		d.sc.patMeeting, d.sc.patNot, d.sc.patPred, d.sc.patPredBy = map[int]*compiled{}, map[int]bool{}, map[int]string{}, map[int]int{}
	}
	clear(d.sc.patMeeting)
	clear(d.sc.patNot)
	clear(d.sc.patPred)
	clear(d.sc.patPredBy)
	d.patMeeting, d.patNot, d.patPred, d.patPredBy = d.sc.patMeeting, d.sc.patNot, d.sc.patPred, d.sc.patPredBy
	d.patNotDay = nil
	d.dayMeetings = d.dayMeetings[:0]
	for _, m := range d.matches {
		for _, a := range m.c.p.Emit {
			switch a.Name {
			case "meeting":
				name, shift := dayShift(a.Args[0])
				for _, t := range m.tokensOf(name) {
					tk := d.toks[t]
					switch {
					case tk.kind == tkDate && shift == 0:
						if _, ok := d.patMeeting[int(tk.di)]; !ok {
							d.patMeeting[int(tk.di)] = m.c
						}
					case tk.kind == tkDate || tk.kind == tkTrigger:
						// "today" is the document's date, a date-1 or "yesterday"-1 the day before, "tomorrow"+1 the day after.
						d.dayMeetings = append(d.dayMeetings, dayMeeting{tok: t, shift: shift, c: m.c})
					}
				}
			case "notmeeting", "notunmeeting":
				if a.Name == "notunmeeting" && d.auPSC {
					continue // no UN organ's meeting, but the PSC's own in its communiqué (aupsc.go)
				}
				for _, t := range m.tokensOf(a.Args[0]) {
					if d.toks[t].kind == tkDate {
						d.patNot[int(d.toks[t].di)] = true
					} else {
						d.notDay(t)
					}
				}
			case "describes", "references", "recalled":
				if strings.HasPrefix(a.Args[0], "@") {
					continue
				}
				name, _ := dayShift(a.Args[0])
				pred, rank := a.Name, m.c.index
				if pred == "recalled" {
					pred, rank = "references", recalledRank // pattern_recalled.go
				}
				for _, t := range m.tokensOf(name) {
					// The first pattern in file order says it: a meeting "to be held"
					// before a recall phrase, a recall phrase before a meeting number.
					di := int(d.toks[t].di)
					if d.toks[t].kind != tkDate {
						continue
					}
					if by, ok := d.patPredBy[di]; !ok || rank < by {
						d.patPred[di], d.patPredBy[di] = pred, rank
					}
				}
			}
		}
	}
}

// dayMeeting is a meeting a pattern dates relative to a token: the
// document's date for a "today" phrase, moved by shift days (-1, +1, +2).
type dayMeeting struct {
	tok   int
	shift int
	c     *compiled
}

// tokensOf are the tokens capture name took in m.
func (m *match) tokensOf(name string) []int {
	var out []int
	for _, c := range m.caps {
		if c.name == name {
			out = append(out, c.tok)
		}
	}
	return out
}

// indexMeetings sorts the meetings' mentions by position, for the lookups
// of resolveMeeting (no scan of every meeting per statement).
func (d *doc) indexMeetings() {
	d.mref = d.mref[:0]
	d.described = d.described[:0]
	d.byDay = map[[3]int]*meetingInfo{}
	for _, mi := range d.meetings {
		if k := [3]int{mi.dt.y, mi.dt.m, mi.dt.d}; d.byDay[k] == nil {
			d.byDay[k] = mi // the first meeting of a day, as the meetings are in text order
		}
		for _, m := range mi.mentions {
			d.mref = append(d.mref, mref{m[0], mi})
			if mi.describes {
				d.described = append(d.described, mref{m[0], mi})
			}
		}
	}
	less := func(a, b mref) int { return a.at - b.at }
	slices.SortFunc(d.mref, less)
	slices.SortFunc(d.described, less)
}

// mref is one dated mention of a meeting.
type mref struct {
	at int
	mi *meetingInfo
}

// nearestIn is the meeting mentioned in [from, to) nearest to i.
func nearestIn(refs []mref, from, to, i int) *meetingInfo {
	k := sort.Search(len(refs), func(k int) bool { return refs[k].at >= from })
	var best *meetingInfo
	bestDist := 1 << 30
	for ; k < len(refs) && refs[k].at < to; k++ {
		if dd := abs(refs[k].at - i); dd < bestDist {
			best, bestDist = refs[k].mi, dd
		}
	}
	return best
}

// docMeeting is the described meeting mentioned last before i, else the first after.
func (d *doc) docMeeting(i int) *meetingInfo {
	k := sort.Search(len(d.described), func(k int) bool { return d.described[k].at >= i })
	if k > 0 {
		return d.described[k-1].mi
	}
	if k < len(d.described) {
		return d.described[k].mi
	}
	return nil
}

// resolveMeetings reads a meeting expression of a match: alternatives
// separated by '|', the first that names a meeting wins.
func (d *doc) resolveMeetings(m *match, expr string) []*meetingInfo {
	for expr != "" {
		alt, rest, _ := strings.Cut(expr, "|")
		if out := d.resolveMeeting(m, strings.TrimSpace(alt)); len(out) > 0 {
			return out
		}
		expr = rest
	}
	return nil
}

func (d *doc) resolveMeeting(m *match, e string) []*meetingInfo {
	at := d.toks[m.from].start
	one := func(mi *meetingInfo) []*meetingInfo {
		if mi == nil {
			return nil
		}
		return []*meetingInfo{mi}
	}
	switch {
	case e == "@clause":
		ss, se := d.clauseSpan(d.toks[m.from].clause)
		return one(nearestIn(d.mref, ss, se, at))
	case e == "@doc":
		return one(d.docMeeting(at))
	case e == "@sole":
		if d.describedCount() == 1 {
			return one(d.docMeeting(at))
		}
		return nil
	case e == "@month(this)":
		if d.docDate.full() {
			return d.meetingsOfMonth(d.docDate.m)
		}
		return nil
	case strings.HasPrefix(e, "@month("):
		var out []*meetingInfo
		for _, t := range m.tokensOf(e[len("@month(") : len(e)-1]) {
			switch tk := d.toks[t]; tk.kind {
			case tkMonth:
				out = append(out, d.meetingsOfMonthToken(tk)...) // presidency_month_year.go
			case tkDate:
				out = append(out, d.meetingsOfMonth(d.dates[tk.di].m)...)
			}
		}
		return out
	}
	name, shift := dayShift(e)
	var out []*meetingInfo
	for _, t := range m.tokensOf(name) {
		if d.toks[t].kind != tkDate {
			continue
		}
		dt := shiftDays(d.dates[d.toks[t].di], shift)
		if mi := d.byDay[[3]int{dt.y, dt.m, dt.d}]; mi != nil {
			out = append(out, mi)
		}
	}
	return out
}

// emitPatterns makes the facts of every match but the meeting actions.
func (d *doc) emitPatterns() {
	// Negations first: they cancel attendance or a presidency in their
	// clause: notattended ("invited", "was unable to attend"; * for every
	// entity), notpresided (the outgoing presidency, "خلفا لنيوزلندا").
	var not negations
	not.one, not.all = d.negated("notattended")
	not.topic = d.topicMentions() // negation_topic.go: "欧盟合作问题" is the topic, "听取了欧盟……的通报" a briefer
	d.statementCarry(not.one)     // negation_statement.go: "en un comunicado ... Guterres advirtió"
	not.pres, _ = d.negated("notpresided")
	docID := d.facts.Doc.ID
	// Within a group (the id up to '/'), the patterns are alternatives in
	// file order: the first whose match states a fact claims its trigger
	// phrases, and a later pattern's match that takes one of them is dropped.
	order := make([]int, len(d.matches))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return d.matches[a].c.index - d.matches[b].c.index })
	type slot struct {
		group string
		tok   int
	}
	claimed := map[slot]bool{}
	for _, mi := range order {
		m := &d.matches[mi]
		if slices.ContainsFunc(m.phrases, func(t int) bool { return claimed[slot{m.c.group, t}] }) {
			continue
		}
		before := len(d.rels) + len(d.order)
		d.emitMatch(m, &not, docID)
		if len(d.rels)+len(d.order) > before {
			for _, t := range m.phrases {
				claimed[slot{m.c.group, t}] = true
			}
		}
	}
	d.withdrawAbsentPresidents(not.acting) // presidency_acting.go: "In the absence of the President, ..."
}

// negations are what the negation patterns cancel: attendance in a clause
// (all), of an entity in a clause (one), of one topic mention (topic), and
// presidency of an entity in a clause (pres).
type negations struct {
	all       map[int]bool
	one, pres map[clauseEntity]bool
	topic     map[int]bool
	acting    map[string][]actingPresidency // presidency_acting.go: meeting id -> its acting presidencies
}

// emitMatch makes the facts of one match.
func (d *doc) emitMatch(m *match, not *negations, docID string) {
	{
		rule, at := patternRule(m.c)
		lo, hi := d.toks[m.from].start, d.toks[m.to].end
		// A fact about one entity is evidenced by the phrase and that entity
		// ("with the participation of ... the African Union"), not the whole list.
		around := func(t token) (int, int) {
			if len(m.phrases) == 0 {
				return lo, hi
			}
			p := d.toks[m.phrases[0]]
			return min(p.start, t.start), max(p.end, t.end)
		}
		for _, a := range m.c.p.Emit {
			switch a.Name {
			case "attended":
				cl := d.toks[m.from].clause
				if not.all[cl] {
					continue
				}
				for _, mt := range d.resolveMeetings(m, a.Args[1]) {
					if d.saidBeforeMeeting(m, mt) { // attendance_said_past.go
						continue
					}
					for _, t := range m.tokensOf(a.Args[0]) {
						tk := d.toks[t]
						if d.deputySGAttends(tk) { // attendance_deputy_sg.go
							if !not.one[clauseEntity{cl, "org:UNSG"}] {
								a, b := around(tk)
								d.deputySGAttend(mt.id, a, b, rule, at)
							}
							continue
						}
						if tk.kind != tkEntity || tk.m.class == clsPerson || not.one[clauseEntity{cl, tk.m.id}] || not.topic[t] {
							continue
						}
						if tk.m.class == clsOrg && (tk.m.key == "UN" || tk.m.key == mt.organ || tk.m.key == "UNSC" || parentOrg(mt.organ) == tk.m.key || d.recipientOrgan(organMark{tk.start, tk.end, tk.m.key})) { // organ_recipient.go
							continue
						}
						a, b := around(tk)
						d.relateAt(tk.m.id, PredAttended, mt.id, a, b, rule, at, "")
					}
				}
			case "presidedBy", "chairedBy", "officerPresidedBy", "actingPresidedBy":
				act, only := a.Name, ""             // officerPresidedBy: presidedBy of a meeting of the organ its third capture names (presidency_officer_organ.go)
				acting := act == "actingPresidedBy" // presidency_acting.go: the Vice-President's country replaces the cover President's
				if acting {
					act = "presidedBy"
				}
				if act == "officerPresidedBy" {
					if act, only = "presidedBy", d.capturedOrgan(m, a.Args[2]); only == "" {
						continue
					}
				}
				pred, cls := PredPresidedBy, clsCountry
				if act == "chairedBy" {
					pred, cls = PredChairedBy, clsPerson
				}
				ms := d.resolveMeetings(m, a.Args[0])
				if act == "presidedBy" {
					ms = d.spanMonthMeetings(m, a.Args[0], ms) // presidency_span_month.go
				}
				for _, mt := range ms {
					if only != "" && mt.organ != only {
						continue
					}
					if act == "presidedBy" && (d.otherMonth(m, mt) || monthPresidencyElsewhere(a.Args[0], mt) || d.presidencyOfOtherOrgan(m, mt)) { // presidency_other_organ.go
						continue
					}
					// A stale fallback (a month's presidency falling on a meeting far from the
					// document's date) concerns countries; an officer presides over the
					// meeting the document reports, whatever stamp dates the page.
					stale := act == "presidedBy" && d.staleFallback(m, a.Args[0], mt)
					for _, t := range m.tokensOf(a.Args[1]) {
						tk := d.toks[t]
						if tk.kind != tkEntity {
							continue
						}
						cl := d.toks[m.from].clause
						if c := d.officerPresidency(act, tk, mt); c != "" { // presidency_officer.go
							if !not.pres[clauseEntity{cl, c}] {
								a, b := around(tk)
								d.relateAt(mt.id, pred, c, a, b, rule, at, "")
							}
							continue
						}
						if !stale && tk.m.class == cls && !d.quotedCountry(m, tk) && !not.pres[clauseEntity{cl, tk.m.id}] {
							a, b := around(tk)
							d.relateAt(mt.id, pred, tk.m.id, a, b, rule, at, "")
							if acting {
								not.noteActing(mt.id, d.src.orig(d.t.orig(lo)), tk.m.id)
							}
							if c := d.officerPresidency("presidedBy", tk, mt); c != "" && pred == PredChairedBy && !not.pres[clauseEntity{cl, c}] { // presidency_officer.go
								d.relateAt(mt.id, PredPresidedBy, c, a, b, rule, at, "")
							}
						}
					}
				}
			case "represents":
				role := ""
				if ts := m.tokensOf(a.Args[2]); len(ts) > 0 {
					role = d.textOf(d.toks[ts[0]].start, d.toks[ts[len(ts)-1]].end)
				}
				for _, p := range m.tokensOf(a.Args[0]) {
					pt := d.toks[p]
					if pt.kind != tkEntity || pt.m.class != clsPerson {
						continue
					}
					pe := d.entities[pt.m.id]
					if pe != nil && pe.Role == "" {
						pe.Role = role
					}
					for _, c := range m.tokensOf(a.Args[1]) {
						if ct := d.toks[c]; ct.kind == tkEntity && ct.m.class != clsPerson {
							d.relateAt(pt.m.id, PredRepresents, ct.m.id, lo, hi, rule, at, role)
							if pe != nil && pe.Country == "" && ct.m.class == clsCountry {
								pe.Country = ct.m.id
							}
						}
					}
				}
			case "sentBy", "addressedTo":
				if d.facts.Doc.Type != "letter" || lo > d.headerEnd {
					continue // a letter names its parties in its opening
				}
				pred := PredSentBy
				if a.Name == "addressedTo" {
					pred = PredAddressedTo
				}
				for _, t := range m.tokensOf(a.Args[0]) {
					if tk := d.toks[t]; tk.kind == tkEntity {
						d.relateAt(docID, pred, tk.m.id, lo, hi, rule, at, "")
					}
				}
			case "doctype":
				if d.facts.Doc.Type == "" {
					d.facts.Doc.Type = a.Args[0]
				}
			case "proposals":
				d.proposalList(m, a.Args[0], rule, at)
			}
		}
	}
}

// relateAt is relate with the FILE:LINE of the pattern behind the fact.
func (d *doc) relateAt(subj, pred, obj string, s, e int, rule, at, role string) {
	n := len(d.rels)
	d.relate(subj, pred, obj, s, e, rule, role)
	if len(d.rels) > n {
		d.rels[n].Evidence.RuleAt = at
	}
}
