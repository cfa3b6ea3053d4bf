package extract

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// meetingInfo is a meeting as the document states it (one per distinct id).
type meetingInfo struct {
	id        string
	rule      string // the pattern (or resolver) that made it, and its FILE:LINE
	ruleAt    string
	organ     string // UNSC, UN, UNGA ...
	dt        date
	start     int // first mention (normalized)
	describes bool
	byDefault bool // describes by the default of isReference, not by a pattern's describes(D)
	patRef    bool // a pattern said references(D) of one of its mentions (refs_pattern_mention.go)
	mentions  [][2]int
}

// organs are the SCHEMA ids of the UN bodies whose meetings a document dates
// (a meeting with another organization's body, as the AU Peace and Security
// Council, is keyed by the UN organ that holds it).
var organs = map[string]bool{"UNSC": true, "UNGA": true, "ECOSOC": true, "PBC": true, "HRC": true, "ICJ": true}

const (
	sentenceWindow = 400 // how far in a sentence a meeting word may stand from its date
	organWindow    = 300
)

func (d *doc) findMeetings() {
	defaultOrgan := d.defaultOrgan()
	byID := map[string]*meetingInfo{}
	d.aheadWins()
	d.daywordWeekdays() // "اليوم الأحد" under a Monday date line (dayword_weekday.go)
	for k, dt := range d.dates {
		rule, at, ok := d.isMeeting(k, dt)
		if !ok || d.stampNotMeeting(k) || d.pageDateDayAfter(k, dt, defaultOrgan) { // meeting_page_date_dayafter.go
			continue
		}
		d.addMeeting(byID, dt, dt.start, dt.end, d.patPred[k], rule, at, defaultOrgan)
	}
	for _, dm := range d.dayMeetings {
		if d.patNotDay[dm.tok] {
			continue // notmeeting(T): the day an announcement was made, not the meeting's
		}
		tk := d.toks[dm.tok]
		dt := d.todayAt(tk.start)
		if tk.kind == tkDate {
			dt = d.dates[tk.di]
		}
		if !dt.full() {
			continue
		}
		if tk.kind == tkTrigger && strings.HasPrefix(tk.m.key, "weekday:") && d.weekdayNamesDate(tk.start, tk.end) {
			continue // "le mardi 6 août", "Во вторник, 24 февраля": the date beside it names the day
		}
		if dm.shift != 0 && tk.kind == tkTrigger && d.shiftedDayNamesDate(dm.tok) {
			continue // "أمس الثلاثاء 13 شتنبر 2022" (dayword_dated.go)
		}
		dt = relativeDay(dt, tk, dm.shift) // "on Tuesday": the last Tuesday on or before the document's date
		dt.start, dt.end, dt.endDay = tk.start, tk.end, 0
		d.addMeeting(byID, dt, tk.start, tk.end, "", dm.c.p.ID, dm.c.at, defaultOrgan)
	}
	d.patternRecallWins() // refs_pattern_mention.go
	d.recallBackground()
	d.futureNotRecalled() // refs_future.go
	for _, mi := range d.meetings {
		e := d.entities[mi.id]
		if e.Name == "" {
			e.Name = meetingName(d, mi, e)
		}
		pred := PredReferences
		if mi.describes {
			pred = PredDescribes
		}
		m := mi.mentions[0]
		d.relateAt(d.facts.Doc.ID, pred, mi.id, m[0], m[1], mi.rule, mi.ruleAt, "")
	}
	d.indexMeetings()
}

// todayAt is the date "today" means at offset i: the last dateline's
// date before i ("NEW YORK, 20 July -- The Security Council today ..."),
// else the document's date.
func (d *doc) todayAt(i int) date {
	k := sort.Search(len(d.datelines), func(k int) bool { return d.dates[d.datelines[k]].start >= i })
	if k > 0 {
		if dt := d.dates[d.datelines[k-1]]; dt.full() {
			return dt
		}
	}
	return d.docDate
}

// lastWeekday is the last day on or before dt that falls on weekday wd
// (1 Monday ... 7 Sunday).
func lastWeekday(dt date, wd int) date {
	return shiftDays(dt, -((weekdayOf(dt.y, dt.m, dt.d) - wd + 7) % 7))
}

// weekdayOf is the weekday of a day, 1 Monday ... 7 Sunday (the numbering of
// the weekday:N triggers).
func weekdayOf(y, m, d int) int {
	t := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
	return (int(t.Weekday())+6)%7 + 1
}

// addMeeting records a mention of the meeting of dt at [s, e); pred is what
// a pattern said of it (describes, references or "").
func (d *doc) addMeeting(byID map[string]*meetingInfo, dt date, s, e int, pred, rule, at, defaultOrgan string) {
	organ := d.organFor(dt, defaultOrgan)
	id := "meeting:" + organ + ":" + dt.iso()
	mi, seen := byID[id]
	if !seen {
		mi = &meetingInfo{id: id, organ: organ, dt: dt, start: s, rule: rule, ruleAt: at}
		byID[id] = mi
		d.meetings = append(d.meetings, mi)
	}
	if dt.endDay != 0 && mi.dt.endDay == 0 {
		mi.dt.endDay = dt.endDay
	}
	mi.mentions = append(mi.mentions, [2]int{s, e})
	switch pred {
	case "describes":
		mi.describes, mi.byDefault = true, false
	case "references":
		mi.patRef = true
	default:
		if !d.isReference(dt) && !mi.describes {
			mi.describes, mi.byDefault = true, true
		}
	}
	en := d.entity(id, TypeMeeting, "")
	en.Organ = "org:" + organ
	en.Date = mi.dt.iso()
	en.EndDate = mi.dt.isoEnd()
	if en.Topic == "" {
		en.Topic = d.topicNear(dt)
	}
	if en.Number == "" {
		en.Number = d.meetingNumberNear(dt)
	}
	d.mention(en, s, e, rule)
	// heldBy: the organ.
	org := d.entity("org:"+organ, TypeOrganization, d.x.m.names["org:"+organ])
	if org.Name == "" {
		org.Name = organ
	}
	d.relate(id, PredHeldBy, "org:"+organ, s, e, "meeting/organ", "")
}

func meetingName(d *doc, mi *meetingInfo, e *Entity) string {
	organName := d.x.m.names["org:"+mi.organ]
	if organName == "" {
		organName = mi.organ
	}
	name := organName + " meeting of " + mi.dt.iso()
	if e.Number != "" {
		name = organName + " " + e.Number + "th meeting, " + mi.dt.iso()
	}
	return name
}

// isMeeting decides whether a date is the date of a meeting, and by which
// rule: a pattern's meeting(D) (rules/data/pattern), or the header resolver;
// a pattern's notmeeting(D) and the checks below (each O(1)) veto it.
func (d *doc) isMeeting(k int, dt date) (rule, at string, ok bool) {
	if !dt.full() || k == d.distrIdx || d.patNot[k] {
		return "", "", false
	}
	// A resolution prints its meetings with the year: a date without one is another document's.
	if dt.inferred && (d.facts.Doc.Type == "resolution" || d.facts.Doc.Type == "draft-resolution") {
		return "", "", false
	}
	if d.otherDocDate(dt) {
		return "", "", false
	}
	if d.dateLineRedated(k) { // header_dayword.go
		return "", "", false
	}
	if c := d.patMeeting[k]; c != nil {
		return c.p.ID, c.at, true
	}
	if k == d.docDateIdx && d.lineStart(dt.start) && d.lineEndsAfter(dt.end, 12) {
		if r, ok := d.headerDateIsMeeting(dt); ok {
			return r, "", true
		}
	}
	return "", "", false
}

// lineEndsAfter says whether a line break comes within n bytes after i: the
// date stands alone on its line, as in a header.
func (d *doc) lineEndsAfter(i, n int) bool {
	if len(d.t.s)-i <= n {
		return true
	}
	for _, l := range d.t.lines {
		if l >= i && l-i <= n {
			return true
		}
	}
	return false
}

// numberBeside says whether a meeting-number trigger has digits beside it.
func (d *doc) numberBeside(h hit) bool {
	s := d.t.s
	i := h.start
	for i > 0 && s[i-1] == ' ' {
		i--
	}
	if i > 0 && isDigit(s[i-1]) {
		return true
	}
	j := skipSpace(s, h.end)
	return j < len(s) && isDigit(s[j])
}

// headerMeetingWords is how many words may stand between a header date and
// the first meeting named after it.
const headerMeetingWords = 40

// headerDateIsMeeting: the date printed at the head of a press release or a
// statement is the meeting's when a meeting number stands in the header, or
// when the first sentence naming a meeting has no date of its own and no
// dateline says otherwise.
func (d *doc) headerDateIsMeeting(dt date) (string, bool) {
	for _, h := range d.hits.triggers {
		if h.start > d.headerEnd {
			break
		}
		if h.m.key == "meeting-number" && d.numberBeside(h) {
			return "meeting/header-numbered", true
		}
	}
	// A document that dates other things (announced meetings, a dateline)
	// says which meetings it is about; only one that dates nothing else is
	// taken to be about a meeting on its own date.
	for k, o := range d.dates {
		if k != d.docDateIdx && o.d != 0 && !d.otherDocDate(o) {
			return "", false
		}
	}
	h, ok := d.meetingNamedAfter(dt)
	if !ok {
		return "", false
	}
	ss, se := d.sentence(h.start)
	if d.shiftedDayIn(ss, se) || d.notDayIn(ss, se) { // header_dayword.go, header_notday.go
		return "", false
	}
	for _, o := range d.dates {
		if o.start >= ss && o.start < se {
			return "", false
		}
	}
	return "meeting/header-date", true
}

// meetingNamedAfter is the first meeting trigger after a header date, when
// one is near: within 250 bytes or 40 words (250 bytes are some 40 Latin
// words but only 20 Cyrillic or Arabic ones).
func (d *doc) meetingNamedAfter(dt date) (hit, bool) {
	for _, h := range d.hits.triggers {
		if h.start < dt.end || h.m.key != "meeting" {
			continue
		}
		if h.start-dt.end > 250 && d.wordsIn(dt.end, h.start, headerMeetingWords) > headerMeetingWords {
			return hit{}, false
		}
		return h, true
	}
	return hit{}, false
}

// isDateline says whether a date is a news dateline: "NEW YORK, 20 July (UN
// Headquarters) --": near the start of its line, after a comma, with no
// sentence end before it on the line.
func (d *doc) isDateline(dt date) bool {
	if d.markedDateline(dt) || d.sectionHead(dt.start) || d.stampDateline(dt) || d.colonDateline(dt) { // date_page_stamp_dateline.go, dateline_agency.go
		return true
	}
	k := sort.SearchInts(d.t.lines, dt.start+1)
	ls := 0
	if k > 0 {
		ls = d.t.lines[k-1]
	}
	if dt.start < 3 || dt.start-ls > 80 {
		return false
	}
	if d.agencyAfterDate(ls, dt) || d.agencySlashAfterDate(ls, dt) || d.parenDateline(ls, dt) { // dateline_agency_slash.go, dateline_agency.go
		return true
	}
	before := strings.TrimSpace(d.t.s[ls:dt.start])
	if dt.start-ls > 40 {
		return agencyDateline(string(d.text[d.t.orig(ls):d.t.orig(dt.start)]))
	}
	if d.x.dates.markedOf(d.lang) != nil {
		return false // dateline_marked_comma_test.go: "据报道,6日,联合国安理会通过……声明" opens a sentence, not a dateline
	}
	return strings.HasSuffix(before, ",") && !strings.ContainsAny(before, ".;") && !d.dayWordOnly(ls, dt.start) && !d.weekdayBeforeDate(ls, dt.start) && !d.lowercasePhraseBefore(ls, dt.start)
}

// isReference says whether the document recalls the meeting rather than
// reporting it, where no pattern said (a pattern's references(D) or
// describes(D) decides first): a resolution describes only its adoption
// meeting, and a meeting long before the document's own date is recalled.
func (d *doc) isReference(dt date) bool {
	if d.assessedMonth(dt) { // assessment_month.go
		return false
	}
	switch d.facts.Doc.Type {
	case "resolution", "draft-resolution":
		return true
	}
	return d.docDate.full() && dt.full() && daysBetween(dt, d.docDate) > 90
}

func daysBetween(a, b date) int {
	return (b.y*372 + b.m*31 + b.d) - (a.y*372 + a.m*31 + a.d)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// organ candidates: organ names, "the Council", UN–regional meeting phrases.
type organMark struct {
	start, end int
	organ      string
}

func (d *doc) organMarks() []organMark {
	if d.organs != nil {
		return d.organs
	}
	out := []organMark{}
	for _, h := range d.hits.entities {
		if h.m.class == clsOrg && d.isOrgan(h.m.key) {
			out = append(out, organMark{h.start, h.end, h.m.key})
		}
	}
	council := "UNSC"
	if d.auPSC {
		council = "AUPSC" // "in which Council decided" in a PSC communiqué
	}
	hrc := newCouncilsNamed(out) // organ_council_hrc.go: nil when no Human Rights Council is named
	d.namesHRC = hrc != nil && hrc.hrc > 0
	for _, h := range d.hits.triggers {
		switch h.m.key {
		case "council":
			if overlapsECOSOC(out, h) { // organ_council_ecosoc.go
				continue
			}
			c := council
			if hrc != nil && !d.auPSC {
				c = hrc.bareCouncil(h)
			}
			out = append(out, organMark{h.start, h.end, c})
		case "un-meeting":
			out = append(out, organMark{h.start, h.end, "UN"})
		case "ga-committee":
			// A Main Committee of the General Assembly ("the First Committee (Disarmament and
			// International Security) heard today"): its meetings are the Assembly's, though the
			// Committee is no organization of its own (testdata/corpus/README.md).
			out = append(out, organMark{h.start, h.end, "UNGA"})
		}
	}
	out = d.pscOrganMarks(out)
	slices.SortFunc(out, func(a, b organMark) int { return a.start - b.start })
	d.organs = out
	return out
}

// defaultOrgan is the organ the document names most (the Security Council when none); a
// name the organ resolver passes over, a recipient's or the body a State is elected to
// (organ_recipient.go), does not count.
func (d *doc) defaultOrgan() string {
	if d.auPSC {
		return "AUPSC"
	}
	counts, first := map[string]int{}, map[string]int{}
	for _, h := range d.hits.entities {
		m := organMark{h.start, h.end, h.m.key}
		if h.m.class == clsOrg && organs[h.m.key] && !d.speakerTitleOrgan(m) && !d.recipientOrgan(m) { // organ_speaker_title.go, organ_recipient.go
			if counts[h.m.key] == 0 {
				first[h.m.key] = h.start
			}
			counts[h.m.key]++
		}
	}
	committee := false
	for _, h := range d.hits.triggers {
		if h.m.key == "ga-committee" { // a Main Committee's release: the Assembly's meetings
			if counts["UNGA"] == 0 || h.start < first["UNGA"] {
				first["UNGA"] = h.start
			}
			counts["UNGA"]++
			committee = true
		}
	}
	best, n := "UNSC", 0
	for _, o := range []string{"UNSC", "UNGA", "ECOSOC", "PBC", "HRC", "ICJ"} {
		if counts[o] > n {
			best, n = o, counts[o]
		}
	}
	// A story of the Human Rights Council's session names the Security Council as often only in
	// passing, after it: the session is the Human Rights Council's ("El Consejo de Derechos Humanos
	// ... inició hoy en Ginebra su 22 sesión ... Pillay declaró que el Consejo de Seguridad ha
	// fallado ... Ban Ki-moon asistirá a la sesión y dará un discurso el 1 de marzo"); so is a
	// General Assembly Main Committee's release the Assembly's ("the First Committee ... heard
	// today during its general debate. The Security Council must act").
	if best == "UNSC" && n > 0 && counts["HRC"] == n && first["HRC"] < first["UNSC"] {
		best = "HRC"
	} else if best == "UNSC" && n > 0 && committee && counts["UNGA"] == n && first["UNGA"] < first["UNSC"] {
		best = "UNGA"
	}
	if n == 0 && d.namesOnlyUNMeetings() {
		return "UN"
	}
	if n > 0 && d.unMeetingFirst(n, first[best]) { // organ_un_default.go
		return "UN"
	}
	return best
}

// organFor is the organ named nearest the date in its sentence, outside quoted titles.
func (d *doc) organFor(dt date, fallback string) string {
	if o := d.assemblyDayOrgan(dt); o != "" { // organ_assembly.go
		return o
	}
	if o := d.headerLineOrgan(dt); o != "" { // organ_header_line.go
		return o
	}
	ss, se := d.wrappedSentence(dt.start)
	best, bestDist := "", organWindow+1
	marks := d.organMarks()
	k := sort.Search(len(marks), func(k int) bool { return marks[k].start >= ss })
	for _, m := range marks[k:] {
		if m.start >= se {
			break
		}
		if m.end > se || d.inQuotes(m.start) || d.pscAfterDate(m, dt) || d.recipientOrgan(m) || d.speakerTitleOrgan(m) { // organ_recipient.go, organ_speaker_title.go
			continue
		}
		dist := dt.start - m.end
		if m.start >= dt.end {
			dist = m.start - dt.end
		}
		if dist < 0 {
			dist = 0
		}
		// A phrase naming a UN–regional-organizations meeting says more than an
		// organ's name in the same sentence ("Building on the Security Council
		// debate, on 22 September, the heads ... will meet with United Nations system partners").
		if m.organ == "UN" {
			dist /= 4
		}
		if dist < bestDist {
			best, bestDist = m.organ, dist
		}
	}
	if best == "" {
		if d.assemblyWeekIn(ss, se) { // organ_assembly_week.go
			return "UNGA"
		}
		return fallback
	}
	return best
}

// topicNear is the quoted title of a meeting, as written: the nearest quote
// before the date ("its debate on "..." held on DATE"), else just after it,
// in its sentence and with no other date between.
func (d *doc) topicNear(dt date) string {
	ss, se := d.sentence(dt.start)
	best, found := [2]int{}, false
	k := sort.Search(len(d.quotes), func(k int) bool { return d.quotes[k][0] >= ss })
	for _, q := range d.quotes[k:] {
		if q[0] >= se {
			break
		}
		if q[1] > se {
			continue
		}
		if q[1] <= dt.start && dt.start-q[1] <= 250 && !d.dateBetween(q[1], dt.start) {
			best, found = q, true // later quotes before the date are nearer
		}
		if !found && q[0] >= dt.end && q[0]-dt.end <= 120 && !d.dateBetween(dt.end, q[0]) {
			best, found = q, true
			break
		}
	}
	if !found {
		return ""
	}
	return strings.Trim(d.textOf(best[0], best[1]), "\"“”«» ")
}

func (d *doc) meetingNumberNear(dt date) string {
	ts := d.hits.triggers
	k := sort.Search(len(ts), func(k int) bool { return ts[k].start >= dt.start-400 })
	for _, h := range ts[k:] {
		if h.start > dt.start+400 {
			break
		}
		if h.m.key != "meeting-number" {
			continue
		}
		s := d.t.s
		i := h.start
		for i > 0 && s[i-1] == ' ' {
			i--
		}
		// Cloned: d.t.s is a buffer reused by the next document.
		if n, st, ok := numberBefore(s, i, 5); ok && n > 0 {
			return strings.Clone(s[st:i])
		}
		j := skipSpace(s, h.end)
		if n, e, ok := numberAfter(s, j, 5); ok && n > 0 {
			return strings.Clone(s[j:e])
		}
	}
	return ""
}

// meetingsOfMonth are the meetings of a month of the document's year, described or
// recalled: a presidency said for the month presides over the background meeting of
// that month too ("安理会本月轮值主席、俄罗斯常驻联合国代表……报告了安理会本月6日通过……的决议").
func (d *doc) meetingsOfMonth(month int) []*meetingInfo {
	year := d.docDate.y
	if year == 0 {
		year = d.titleYear
	}
	var out []*meetingInfo
	for _, mi := range d.meetings {
		if mi.dt.m == month && (year == 0 || mi.dt.y == year) {
			out = append(out, mi)
		}
	}
	return out
}

func (d *doc) describedCount() int {
	n := 0
	for _, mi := range d.meetings {
		if mi.describes {
			n++
		}
	}
	return n
}

// maxListItems bounds a list: past it, the text is no longer a list.
const maxListItems = 50

// listItems are the spans of the items of a list that starts at i: bulleted
// (":: a :: b", "* a * b", "• a") up to end, or enumerated ("(a) ... (b) ...",
// "1. ... 2. ...", Arabic "(أ) ... (ب) ...") for as long as the labels follow
// each other.
func listItems(s string, i, end int) [][2]int {
	for _, m := range []string{"::", "*", "•", "-", "·"} {
		if !strings.HasPrefix(s[i:], m) {
			continue
		}
		var out [][2]int
		pos := i
		for _, it := range strings.Split(s[i:end], m) {
			itStart := pos
			pos += len(it) + len(m)
			body := strings.TrimSpace(it)
			if len(body) < 3 {
				continue
			}
			bs := itStart + strings.Index(it, body)
			out = append(out, [2]int{bs, bs + len(body)})
			if len(out) == maxListItems {
				break
			}
		}
		return out
	}
	// Enumerated: each label the successor of the one before.
	label, next, ok := enumerator(s, i)
	if !ok {
		return nil
	}
	var out [][2]int
	start := next
	// Bounded by items looked at, not kept (a short item is dropped), and
	// always moving forward.
	for range maxListItems {
		want := successor(label)
		k := findLabel(s, start, end, want)
		if k < 0 {
			// The last item ends with its sentence.
			e := end
			if j := strings.IndexAny(s[start:e], ".;"); j > 2 {
				e = start + j + 1
			}
			out = appendItem(out, s, start, e)
			break
		}
		out = appendItem(out, s, start, k)
		_, after, ok := enumerator(s, k)
		if !ok || after <= start {
			break
		}
		start, label = after, want
	}
	return out
}

func appendItem(out [][2]int, s string, a, b int) [][2]int {
	body := strings.TrimSpace(s[a:b])
	if len(body) < 3 {
		return out
	}
	bs := a + strings.Index(s[a:b], body)
	return append(out, [2]int{bs, bs + len(body)})
}

// The label sequences of enumerated lists; Arabic follows the abjad order,
// as folded (أ is ا, هـ is ه).
var labelOrders = []string{"abcdefghijklmnopqrstuvwxyz", "ابجدهوزحطيكلمن"}

var romans = []string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"}

// enumerator reads a label at i: "(a)", "a)", "(1)", "1.", "1)", "(ii)", "(ا)";
// it returns the label and where the item's text begins.
func enumerator(s string, i int) (label string, next int, ok bool) {
	j := i
	paren := j < len(s) && s[j] == '('
	if paren {
		j++
	}
	k := j
	for k < len(s) && k-j < 8 {
		r, size := utf8.DecodeRuneInString(s[k:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			break
		}
		k += size
	}
	if k == j || k >= len(s) || utf8.RuneCountInString(s[j:k]) > 4 {
		return "", 0, false
	}
	closer := s[k]
	if !(closer == ')' || (!paren && closer == '.')) {
		return "", 0, false
	}
	label = s[j:k]
	if successor(label) == "" {
		return "", 0, false
	}
	return label, skipSpace(s, k+1), true
}

// successor is the label after label, "" when label is none.
func successor(label string) string {
	if n := atoi(label); n > 0 {
		return itoa(n + 1)
	}
	for k, r := range romans {
		if r == label && k+1 < len(romans) {
			return romans[k+1]
		}
	}
	for _, order := range labelOrders {
		runes := []rune(order)
		for k, r := range runes {
			if string(r) == label && k+1 < len(runes) {
				return string(runes[k+1])
			}
		}
	}
	return ""
}

// findLabel finds the enumerator of label in s[from:to] that starts an item.
func findLabel(s string, from, to int, label string) int {
	for _, form := range []string{"(" + label + ")", label + ")", label + "."} {
		for off := from; off < to; {
			k := strings.Index(s[off:to], form)
			if k < 0 {
				break
			}
			at := off + k
			if at == 0 || s[at-1] == ' ' || s[at-1] == ';' || s[at-1] == ':' || s[at-1] == ',' {
				return at
			}
			off = at + 1
		}
	}
	return -1
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

// truncate cuts s after n runes.
func truncate(s string, n int) string {
	i := 0
	for k := range s {
		if i == n {
			return strings.TrimSpace(s[:k]) + "…"
		}
		i++
	}
	return s
}

// personCountries: the rule-known country of a person (third column).
func (d *doc) personCountries() {
	for _, id := range d.order {
		e := d.entities[id]
		if e.Type == TypePerson && e.Country == "" {
			e.Country = d.x.m.personCountry[strings.TrimPrefix(id, "person:")]
		}
	}
}

// proposalList: the items of the list that follows a match are proposals
// made at the meeting expr names.
func (d *doc) proposalList(m *match, expr, rule, at string) {
	s := d.t.s
	i := d.toks[m.to].end
	if k := strings.IndexByte(s[i:min(len(s), i+60)], ':'); k >= 0 {
		i += k + 1
	}
	i = skipSpace(s, i)
	end := len(s)
	// The list ends at the next phrase that opens another list.
	for _, o := range d.hits.triggers {
		if o.start > i && (o.m.key == "proposals" || o.m.key == "attendance-after") {
			end = o.start
			break
		}
	}
	mts := d.resolveMeetings(m, expr)
	for n, it := range listItems(s, i, end) {
		id := d.facts.Doc.ID + "#proposal-" + itoa(n+1)
		e := d.entity(id, TypeProposal, truncate(d.textOf(it[0], it[1]), 300))
		d.mention(e, it[0], it[1], "proposal/list-item")
		for _, mt := range mts {
			d.relateAt(id, PredProposedAt, mt.id, it[0], it[1], rule, at, "")
		}
	}
}
