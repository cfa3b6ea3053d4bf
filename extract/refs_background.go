package extract

import "strings"

// A news story or press release reports its latest meeting; an earlier
// meeting it names is background ("Esto se produce después de que Rusia y
// China vetaran el viernes", "La última reunión ... se remonta al 10 de
// abril", "安理会10月31日...举行会议" in a story of 7 November): the
// annotation rule counts it as recalled, a reference. Only meetings no
// pattern called described or referenced are decided here.

// backgroundTypes are the document types that report one meeting and
// recall others as background; summaries, records and resolutions list or
// date their meetings otherwise.
var backgroundTypes = map[string]bool{"other": true, "news": true, "press-release": true}

const (
	reportedWindow = 7 // the reported meeting is on the document's date or at most this many days before
	reportedAhead  = 7 // or, announced ("to hold ... tomorrow"), at most this many days after
	backgroundGap  = 2 // a background meeting is this many days or more before the reported one
	maxBackground  = 2 // more earlier meetings than this: the text reports them all
	chronologyMin  = 3 // sentences that open on their day: a chronology, not one report
)

// recallBackground turns the default "describes" of the meetings well
// before the reported one into "references".
func (d *doc) recallBackground() {
	d.recallByGenre() // refs_genre.go: a statement's earlier meetings, a resolution's header
	if !backgroundTypes[d.facts.Doc.Type] || !d.docDate.full() || len(d.sectionStarts) > 0 {
		return // a list page reports each release's meeting (dateline_sections.go)
	}
	if d.dateLedSentences() >= chronologyMin {
		return // a chronology reports each of its days
	}
	var latest, ahead *meetingInfo
	for _, mi := range d.meetings {
		if !mi.describes || !mi.dt.full() {
			continue
		}
		gap := daysBetween(mi.dt, d.docDate)
		switch {
		case gap >= 0 && gap <= reportedWindow:
			if latest == nil || daysBetween(latest.dt, mi.dt) > 0 {
				latest = mi
			}
		case gap < 0 && gap >= -reportedAhead:
			if ahead == nil || daysBetween(mi.dt, ahead.dt) > 0 {
				ahead = mi
			}
		}
	}
	// A story with no meeting of its own days (none reported on the day or
	// the day before) that announces one reports that one: "to hold a second
	// emergency meeting tomorrow", after "its first emergency session on 13
	// June". One that reports yesterday's meeting and announces another
	// keeps yesterday's as its own.
	if ahead != nil && (latest == nil || daysBetween(latest.dt, d.docDate) >= backgroundGap) {
		latest = ahead
	}
	if latest == nil {
		return
	}
	var earlier []*meetingInfo
	for _, mi := range d.meetings {
		// a meeting still to come is announced, never recalled
		if mi.describes && mi.byDefault && mi.dt.full() && daysBetween(mi.dt, latest.dt) >= backgroundGap && daysBetween(mi.dt, d.docDate) > 0 && !d.inVisitSpan(mi.dt) {
			earlier = append(earlier, mi)
		}
	}
	// A text that reports many meetings (a weekly summary, a chronology) is a
	// list of reports, not one report with its background.
	if len(earlier) > maxBackground {
		return
	}
	for _, mi := range earlier {
		mi.describes = false
	}
}

// dateLedSentences counts the sentences that open on a day ("On 7 March,
// Slovakian Foreign Minister Miroslav Lajčák briefed the Council", "Le 4
// février, ...", "3月7日，..."), after a list item's label if any: at most
// one short word before the date. A status update or a monthly assessment
// tells its meetings one such sentence each; a story names its background
// inside its own sentences. It counts up to chronologyMin.
func (d *doc) dateLedSentences() int {
	n, last := 0, -1
	for _, dt := range d.dates {
		if dt.d == 0 {
			continue
		}
		ss, _ := d.sentence(dt.start)
		if ss == last {
			continue
		}
		// A word before it ("On", "Le", "El", "في") or a comma after it
		// ("3月7日，"): a date alone on its line is a header, not a sentence.
		lead := strings.TrimSpace(d.t.s[ss:dt.start])
		if i := strings.LastIndexByte(lead, ':'); i >= 0 && !d.lineBreakIn(ss, dt.start) {
			lead = strings.TrimSpace(lead[i+1:]) // a list item's label: "• Haiti: On 15 February the Council ..."
		}
		rest := d.t.s[skipSpace(d.t.s, dt.end):]
		if len(lead) <= 6 && !strings.ContainsAny(lead, " ,") && (lead != "" || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "，")) {
			n, last = n+1, ss
			if n >= chronologyMin {
				break
			}
		}
	}
	return n
}
