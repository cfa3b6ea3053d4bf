// Package extract reads a UN document in any of the six official languages
// and finds, with rules, the organizations, Member States, persons, meetings,
// presidencies, proposals and document symbols it names, as Facts.
//
// The stages run one way: decode the input bytes, normalize with an offset
// map, match every rule name in one pass, read dates and symbols, assemble
// relations. Offsets in Facts are byte offsets into the original input.
package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/unkg/unkg/extract/aho"
	"github.com/unkg/unkg/extract/input"
	"github.com/unkg/unkg/rules"
)

// Extractor holds compiled rules. It is safe for concurrent use.
type Extractor struct {
	patterns *patternSet
	f        *folder
	m        *matcher
	dates    *dateGrammar
	symbols  *symbolScanner
	explain  bool
	opts     Options
	abbrevs  map[string]bool // words a dot follows without ending a sentence: "mr", "no"
	wraps    *wordTable      // words a line ends on only inside a sentence: "of", "du" (wrap_function_word.go)
	lang     langInfo
	scratch  sync.Pool // *scratch: buffers reused from one document to the next
}

// scratch holds the large per-document buffers. Nothing in Facts points into
// them (every string in Facts is a copy), so they are reused once Document returns.
type scratch struct {
	t        normText
	hits     []hit
	raw      []aho.Match // the automaton's matches, before the boundary checks
	hs       hitSet
	pools    [4][]hit // trigger pools of longestLeftmostPerKind
	entities map[string]*Entity
	slabs    [][]Entity // the entities of a document, allocated in chunks: pointers to them stay valid
	used     int        // entities handed out from slabs
	order    []string
	rels     []Relation
	relSeen  map[relKey]int
	prefixed map[string]string // "mentions/" + rule, made once per rule
	toks     []token
	tokParts [6][]token // the token lists merged into toks
	caps     []capture
	masks    []uint64
	segs     []int32
	tails    []int32
	pat      patScratch
	// the patterns' answers by date (doc.patMeeting ...), cleared for each
	// document, not made again
	patMeeting map[int]*compiled
	patNot     map[int]bool
	patPred    map[int]string
	patPredBy  map[int]int
	clauses    []int // doc.clauses' buffer
	bounds     []int // doc.bounds'
}

// Options change what Document reports.
type Options struct {
	// Explain fills Evidence.Text with the text of each relation's evidence.
	Explain bool
	// Records give what the text may not print: symbol, date, language, title.
	Records *input.Records
	// Warn is told where a record and the text disagree (the text wins).
	// It is called from the extraction goroutines.
	Warn func(path, msg string)
	// MaxSize bounds an input read by Run (DefaultMaxSize when 0).
	MaxSize int64
}

// New compiles a rule set.
func New(set *rules.Set, opts Options) (*Extractor, error) {
	f := newFolderFor(set)
	// The patterns' literal phrases are found with the trigger phrases.
	withLits := *set
	withLits.Entries = append(slices.Clip(set.Entries), set.Literals()...)
	m, err := newMatcher(f, &withLits)
	if err != nil {
		return nil, err
	}
	x := &Extractor{patterns: compilePatterns(set), f: f, m: m, explain: opts.Explain, opts: opts, dates: &dateGrammar{}, abbrevs: map[string]bool{}}
	x.patterns.numberTriggers(&m.triggers)
	var series []string
	seen := map[string]bool{}
	for _, e := range set.Kind("trigger") {
		switch e.Key {
		case "range":
			w := f.foldString(e.Text)
			if w != "" && !seen[w] {
				seen[w] = true
				x.dates.rangeWords = append(x.dates.rangeWords, w)
			}
		case "symbol-series":
			series = append(series, e.Text)
		case "date-and":
			x.dates.andWords = append(x.dates.andWords, f.foldString(e.Text))
		case "date-plural":
			x.dates.plurals = append(x.dates.plurals, f.foldString(e.Text))
		case "date-between":
			x.dates.between = append(x.dates.between, f.foldString(e.Text))
		case "date-filler":
			x.dates.fillers = append(x.dates.fillers, f.foldString(e.Text))
		case "ordinal":
			x.dates.ordinals = append(x.dates.ordinals, f.foldString(e.Text))
		case "abbreviation":
			x.abbrevs[f.foldString(e.Text)] = true
		}
	}
	x.lang = newLangInfo(f, set.Profiles())
	x.dates.addProfiles(f, set.Profiles(), set.Kind("hijri"))
	x.dates.stampMonths = stampMonths(f, set.Kind("month"))
	// Longer joiners first: "through" before "to".
	sort.Slice(x.dates.rangeWords, func(i, j int) bool { return len(x.dates.rangeWords[i]) > len(x.dates.rangeWords[j]) })
	x.symbols = newSymbolScanner(series)
	x.wraps = newWrapWords(set, f, m)
	return x, nil
}

// Document extracts the facts of one input document. path is reported as given.
func (x *Extractor) Document(path string, data []byte) (*Facts, error) {
	d, err := x.extract(path, data)
	if err != nil {
		return nil, err
	}
	defer d.release()
	d.buildFacts()
	return d.facts, nil
}

// AppendDocumentJSON extracts one input document and appends its facts to b
// as JSON: the bytes (*Facts).AppendJSON writes for what Document returns,
// written straight from the working state, without making those facts.
func (x *Extractor) AppendDocumentJSON(b []byte, path string, data []byte) ([]byte, error) {
	d, err := x.extract(path, data)
	if err != nil {
		return b, err
	}
	defer d.release()
	return d.appendJSON(b), nil
}

// extract runs every stage but the output on one document. The caller
// releases the doc when it has read the output.
func (x *Extractor) extract(path string, data []byte) (*doc, error) {
	return x.extractWith(path, data, nil)
}

// extractWith is extract with an example's context (nil for a real document).
func (x *Extractor) extractWith(path string, data []byte, ctx *exampleContext) (*doc, error) {
	src, err := decode(data)
	if err != nil {
		return nil, err
	}
	sc, _ := x.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	// The normalizer checks UTF-8 as it reads, saving a pass of its own.
	t := x.f.normalizeInto(src.text, &sc.t)
	if t.invalid && src.kind == input.Text {
		// Not UTF-8: legacy Arabic (Windows-1256), decoded and folded again.
		src = decodeCharmap(data, charmap.Windows1256)
		t = x.f.normalizeInto(src.text, t)
	}
	if t.controls*100 > len(src.text) {
		sc.t = *t
		x.scratch.Put(sc)
		return nil, fmt.Errorf("%w: %d control characters in %d bytes", ErrBinary, t.controls, len(data))
	}
	sum := sha256.Sum256(data)
	d := &doc{
		x:    x,
		src:  src,
		text: src.text,
		t:    t,
		sha:  hex.EncodeToString(sum[:]),
		sc:   sc,
		ctx:  ctx,
	}
	d.facts = &Facts{Doc: Doc{Path: path, SHA256: d.sha, Size: len(data), Subjects: []string{}}}
	d.run()
	d.setPages()
	return d, nil
}

// release hands the scratch back for the next document.
func (d *doc) release() {
	sc := d.sc
	sc.order, sc.rels = d.order[:0], clear0(d.rels)
	sc.t = *d.t
	d.x.scratch.Put(sc)
}

// doc is the working state of one extraction.
type doc struct {
	x     *Extractor
	ctx   *exampleContext
	src   *source
	text  []byte // decoded UTF-8
	t     *normText
	sc    *scratch
	sha   string
	facts *Facts

	lang      string
	hits      hitSet
	dates     []date
	symbols   []symbol
	bounds    []int    // sentence boundaries (normalized offsets), sorted
	quotes    [][2]int // quoted spans (normalized)
	headerEnd int      // end of the header zone (normalized)

	docDate    date
	docDateIdx int // index in dates of the document's own date, -1 if none
	distrIdx   int
	titleYear  int

	entities map[string]*Entity
	order    []string
	rels     []Relation
	relSeen  map[relKey]int
	meetings []*meetingInfo
	organs   []organMark // organ names and phrases, built once
	namesHRC bool        // the document names the Human Rights Council (organMarks)
	auPSC    bool        // an AU PSC document: the PSC is its meetings' organ (aupsc.go)

	// The pattern engine's state (pattern.go, patternemit.go).
	toks        []token
	matches     []match
	fails       []failure
	patMeeting  map[int]*compiled       // date index -> the pattern that made it a meeting
	patNot      map[int]bool            // date index -> no meeting
	patNotDay   map[int]bool            // token of a day phrase ("today", a weekday) -> no meeting
	patPred     map[int]string          // date index -> describes or references
	patPredBy   map[int]int             // date index -> the pattern that said it
	dayMeetings []dayMeeting            // meetings dated by "today" or a day before
	clauses     []int                   // the start of each token clause
	datelines   []int                   // indexes in dates of the datelines, in text order
	work        int                     // steps of the pattern engine (tokens, attempts, matcher steps, bytes counted): its cost, counted
	mref        []mref                  // meeting mentions by position
	described   []mref                  // described meetings' mentions by position
	byDay       map[[3]int]*meetingInfo // the first meeting of each day

	subjectSpans map[string][2]int // input offsets of the subject terms

	sectionStarts []int // offsets of the dates heading the releases of a list page (dateline_sections.go)
}

// span converts a normalized span to input byte offsets.
func (d *doc) span(s, e int) (int, int) {
	if e <= s {
		o := d.src.orig(d.t.orig(s))
		return o, o
	}
	a := d.t.orig(s)
	b := srcEnd(d.t, d.text, e)
	return d.src.orig(a), d.src.orig(b)
}

// textOf returns the decoded text of a normalized span.
func (d *doc) textOf(s, e int) string {
	if e <= s {
		return ""
	}
	a := d.t.orig(s)
	b := srcEnd(d.t, d.text, e)
	return strings.TrimSpace(string(d.text[a:b]))
}

func (d *doc) run() {
	d.lang = d.detectLang()
	if d.ctx != nil && d.ctx.lang != "" {
		d.lang = d.ctx.lang // an example's language is its file's
	}
	d.facts.Doc.Lang = d.lang
	all := d.x.m.find(d.t, d.text, d.lang, d.sc.hits[:0], &d.sc.raw)
	defer func() { d.sc.hits = all[:0] }()
	kept := all[:0]
	skip := d.subjectLineEnd()
	for _, h := range all {
		if h.start < skip {
			continue // the %%% subject terms are index terms, not text
		}
		if h.m.class == clsTrigger && h.m.key == "meeting-number" && !d.numberBeside(h) {
			continue // "e séance" in "une séance" is no meeting number, and must not hide "séance"
		}
		kept = append(kept, h)
	}
	d.hits = group(kept, &d.sc.hs, &d.sc.pools)
	d.sentences()
	d.findQuotes()
	d.auPSCContext()
	d.organizationSecretaryGeneral() // sg_organization.go: "الأمين العام للمنظمة" after another organization
	d.appositionSecretaryGeneral()   // sg_apposition.go: "Ihsanoglu, Secretary General, Organization of Islamic Cooperation"
	d.bareSecretaryGeneral()         // sg_bare.go: "le secrétaire général a souligné"
	d.sgSurnames()                   // sg_surname.go: "dijo Guterres" after "el secretario general de la ONU, António Guterres"
	d.dates = d.x.dates.find(d.t.s, d.lang, d.t.lines, d.hits.months)
	d.symbols = d.x.symbols.findSpaced(d.t.s, d.x.symbols.find(d.t.s)) // symbol_spaced.go
	d.joinSplitRecordNumbers()                                         // symbol_split_number.go: "A/42/PV.8 5"
	if d.sc.entities == nil {
		d.sc.entities, d.sc.relSeen, d.sc.prefixed = map[string]*Entity{}, map[relKey]int{}, map[string]string{}
	}
	clear(d.sc.entities)
	clear(d.sc.relSeen)
	d.sc.used = 0
	d.entities, d.relSeen, d.order, d.rels = d.sc.entities, d.sc.relSeen, d.sc.order[:0], d.sc.rels[:0]

	d.findSections()
	d.metadata()
	d.applyContext()
	d.formatMeta()
	d.yearlessDateline() // date_dateline_yearless.go: "Naciones Unidas, 2 ene (RHC)"
	d.dayOnlyDates()
	d.relativeMonthDates()
	d.currentMonthDates()
	d.weekdayDayDates()
	d.currentYears()
	d.inferYears()
	d.pastMarkedYears() // date_past_marked.go: "le 17 novembre dernier"
	d.sameDayDates()
	d.gazetteerEntities()
	d.countryRuns() // country_initials.go: "中俄弃权", "美英法等"
	d.citations()
	d.markedMonths() // month_marked.go: "8月" without a day
	d.runPatterns()
	d.spanNotMeetings()
	d.findMeetings()
	d.emitPatterns()
	d.personCountries()
	d.finish()
}

// subjectLineEnd is the normalized offset where a leading %%% subject line ends, else 0.
func (d *doc) subjectLineEnd() int {
	i := skipSpace(d.t.s, 0)
	if !strings.HasPrefix(d.t.s[i:], "%%%") {
		return 0
	}
	for _, l := range d.t.lines {
		if l > i {
			return l
		}
	}
	return len(d.t.s)
}

// detectLang tells the language by script, then, for Latin text, by stopwords.
func (d *doc) detectLang() string {
	arabic, han, cyr, latin := d.t.arabic, d.t.han, d.t.cyrillic, d.t.latin
	script := "Latin"
	switch {
	case arabic >= han && arabic >= cyr && arabic >= latin && arabic > 0:
		script = "Arabic"
	case han*2 >= latin && han >= cyr && han > 0:
		script = "Han"
	case cyr >= latin && cyr > 0:
		script = "Cyrillic"
	}
	langs := d.x.lang.byScript[script]
	if len(langs) == 1 {
		return langs[0]
	}
	if len(langs) == 0 {
		langs = d.x.m.langs
	}
	// A script of several languages: count the stopwords of each in the opening.
	var counts [8]int
	s := d.t.s[:min(len(d.t.s), 2<<10)]
	for i := 0; i < len(s); {
		for i < len(s) && !isLatinWordByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && isLatinWordByte(s[j]) {
			j++
		}
		if j > i && j-i <= 5 {
			k, _ := wordKey(s[i:j])
			if bits := d.x.m.stopwords.get(k); bits != 0 {
				for k := range counts {
					if bits&(1<<k) != 0 {
						counts[k]++
					}
				}
				if clearLead(counts) {
					break // the rest of the opening will not change the answer
				}
			}
		}
		i = j
	}
	best, bestN := langs[0], 0
	for k, l := range d.x.m.langs {
		if slices.Contains(langs, l) && counts[k] > bestN {
			best, bestN = l, counts[k]
		}
	}
	return best
}

// clearLead says whether one language leads the stopword counts by so much
// that reading on cannot change the guess.
func clearLead(counts [8]int) bool {
	first, second := 0, 0
	for _, n := range counts {
		if n > first {
			first, second = n, first
		} else if n > second {
			second = n
		}
	}
	return first-second >= 12
}

func isLatinWordByte(c byte) bool { return ('a' <= c && c <= 'z') || c == '\'' || c >= 0x80 }

// sentences marks sentence ends: . ! ? ; (and their CJK and Arabic forms, folded) and line breaks.
func (d *doc) sentences() {
	s := d.t.s
	d.bounds = append(d.sc.bounds[:0], d.t.lines...) // the worker's buffer, not one grown for each document
	defer func() { d.sc.bounds = d.bounds }()
	for _, i := range d.t.marks {
		switch s[i] {
		case '!', '?', ';':
			d.bounds = append(d.bounds, i+1)
		case '.':
			if i+1 < len(s) && s[i+1] != ' ' {
				r, _ := utf8.DecodeRuneInString(s[i+1:])
				p, _ := utf8.DecodeLastRuneInString(s[:i])
				// A sentence may end on a dot with no space in Chinese, and
				// between two Arabic words ("الطارئة.يذكر"): a web page's
				// lost space, not an abbreviation or a number.
				if !isHanish(r) && !(isArabicLetter(p) && isArabicLetter(r)) {
					continue
				}
			}
			// "Mr. Ban", "No. 6032", "U.N.": a short word before the dot is an abbreviation;
			// so is the second title of a shared seat ("President: Mr. Esono Angue/Mr. Ndong Mba")
			// and a title glued to a cover's colon ("主席:Mr. C. S. A. RITCHIE(加拿大)").
			w := i
			for w > 0 && s[w-1] != ' ' && s[w-1] != '.' && s[w-1] != '/' && s[w-1] != ':' {
				w--
			}
			if i-w <= 2 && i-w > 0 && s[w] < 0x80 || d.x.abbrevs[s[w:i]] || d.cyrillicInitial(w, i) {
				continue
			}
			d.bounds = append(d.bounds, i+1)
		}
	}
	slices.Sort(d.bounds)
}

// sentence returns the sentence around normalized offset i.
func (d *doc) sentence(i int) (int, int) {
	k := sort.SearchInts(d.bounds, i+1)
	start, end := 0, len(d.t.s)
	if k > 0 {
		start = d.bounds[k-1]
	}
	if k < len(d.bounds) {
		end = d.bounds[k]
	}
	return start, end
}

func (d *doc) sameSentence(a, b int) bool {
	s1, _ := d.sentence(a)
	s2, _ := d.sentence(b)
	return s1 == s2
}

// findQuotes pairs quotation marks (folded to ") within a line.
func (d *doc) findQuotes() {
	s := d.t.s
	open := -1
	li := 0
	for _, i := range d.t.marks {
		if s[i] != '"' {
			continue
		}
		for li < len(d.t.lines) && d.t.lines[li] <= i {
			open = -1
			li++
		}
		if open < 0 {
			open = i
		} else {
			if i-open < 600 {
				d.quotes = append(d.quotes, [2]int{open, i + 1})
			}
			open = -1
		}
	}
}

// inQuotes: the quotes are in text order and do not overlap, so a binary search.
func (d *doc) inQuotes(i int) bool {
	k := sort.Search(len(d.quotes), func(k int) bool { return d.quotes[k][0] >= i })
	return k > 0 && i < d.quotes[k-1][1]
}

// triggers returns the trigger hits of one kind.
func (d *doc) triggers(kind string) []hit {
	var out []hit
	for _, h := range d.hits.triggers {
		if h.m.key == kind {
			out = append(out, h)
		}
	}
	return out
}

// entity returns the entity with id, creating it. Entities live in the
// scratch: finish copies them, and their mentions, into the facts.
func (d *doc) entity(id, typ, name string) *Entity {
	if e, ok := d.entities[id]; ok {
		return e
	}
	const slab = 32
	sc := d.sc
	if sc.used == len(sc.slabs)*slab {
		sc.slabs = append(sc.slabs, make([]Entity, slab))
	}
	e := &sc.slabs[sc.used/slab][sc.used%slab]
	sc.used++
	ms := e.Mentions[:0] // the mention buffer is kept from document to document
	if ms == nil {
		ms = make([]Mention, 0, 4) // never nil: the JSON of an entity always has a list
	}
	*e = Entity{ID: id, Type: typ, Name: name, Mentions: ms}
	d.entities[id] = e
	d.order = append(d.order, id)
	return e
}

// mention records a mention of e; its text is read in finish.
func (d *doc) mention(e *Entity, s, end int, rule string) {
	a, b := d.span(s, end)
	// Mentions come in text order, stage by stage: a repeat of a span is
	// among the last few, and looking further would make a document's cost
	// grow with the square of its mentions.
	for i := len(e.Mentions) - 1; i >= 0 && i >= len(e.Mentions)-4; i-- {
		if m := e.Mentions[i]; m.Start == a && m.End == b {
			return
		}
	}
	e.Mentions = append(e.Mentions, Mention{Start: a, End: b, Rule: rule})
}

// inputText is the decoded text between two input offsets (for evidence).
func (d *doc) inputText(a, b int) string {
	return string(d.inputBytes(a, b))
}

// inputBytes is the decoded text between two input offsets, not copied.
func (d *doc) inputBytes(a, b int) []byte {
	if d.src.origin == nil {
		return d.text[a:b]
	}
	// Find the decoded span of the input span.
	lo := sort.Search(len(d.src.origin), func(i int) bool { return int(d.src.origin[i]) >= a })
	hi := sort.Search(len(d.src.origin), func(i int) bool { return int(d.src.origin[i]) >= b })
	if hi > len(d.text) {
		hi = len(d.text)
	}
	if lo > hi {
		return nil
	}
	return d.text[lo:hi]
}

// relKey identifies a relation: one per subject, predicate and object in a document.
type relKey struct{ subj, pred, obj string }

func (d *doc) relate(subj, pred, obj string, s, e int, rule, role string) {
	key := relKey{subj, pred, obj}
	if _, ok := d.relSeen[key]; ok {
		return
	}
	a, b := d.span(s, e)
	r := Relation{Subject: subj, Predicate: pred, Object: obj, Role: role, Evidence: Evidence{Start: a, End: b, Rule: rule, Text: d.explainText(a, b)}}
	d.relSeen[key] = len(d.rels)
	d.rels = append(d.rels, r)
}

// gazetteerEntities turns organization, country and person hits into entities.
func (d *doc) gazetteerEntities() {
	langLines := d.languageLines()
	for _, h := range d.hits.entities {
		if h.m.class == clsCountry && inSpans(langLines, h.start) {
			continue // "French" in "Distr.: General / French / Original: Spanish" is a language
		}
		id := h.m.id
		typ := TypeOrganization
		switch h.m.class {
		case clsCountry:
			typ = TypeCountry
		case clsPerson:
			typ = TypePerson
		}
		name := h.m.name
		if name == "" {
			name = d.textOf(h.start, h.end)
		}
		e := d.entity(id, typ, name)
		d.mention(e, h.start, h.end, h.m.rule)
	}
}

// languageLines are the spans where a header names languages: the Distr.
// block up to its Original: line, and the words right after an Original: phrase.
func (d *doc) languageLines() [][2]int {
	var out [][2]int
	langs := d.hits.langs            // in text order
	originalEnd := func(h hit) int { // the end of the language name after "Original:"
		k := sort.Search(len(langs), func(k int) bool { return langs[k].start >= h.end })
		if k < len(langs) && langs[k].start-h.end < 12 {
			return langs[k].end
		}
		return h.end
	}
	for _, h := range d.triggers("original") {
		out = append(out, [2]int{h.start, originalEnd(h)})
	}
	if i := d.distrAt(); i >= 0 {
		end := min(len(d.t.s), i+80)
		for _, h := range d.triggers("original") {
			if h.start > i && h.start < i+120 {
				end = originalEnd(h)
				break
			}
		}
		out = append(out, [2]int{i, end})
	}
	slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
	return out
}

// inSpans says whether i lies in one of spans, sorted by start; a span
// nests in no other but the Distr. block, which starts first.
func inSpans(spans [][2]int, i int) bool {
	k := sort.Search(len(spans), func(k int) bool { return spans[k][0] > i })
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if i < spans[j][1] {
			return true
		}
	}
	return false
}

// finish adds the relations made from everything else: subjects and mentions.
func (d *doc) finish() {
	docID := d.facts.Doc.ID
	for _, term := range d.facts.Doc.Subjects {
		if sp, ok := d.subjectSpans[term]; ok {
			d.relateInput(docID, PredSubject, "subject:"+term, sp[0], sp[1], "header/subject")
		}
	}
	for _, id := range d.order {
		e := d.entities[id]
		if len(e.Mentions) == 0 || id == docID {
			continue
		}
		m := e.Mentions[0]
		rule, ok := d.sc.prefixed[m.Rule]
		if !ok {
			rule = "mentions/" + m.Rule
			d.sc.prefixed[m.Rule] = rule
		}
		// One per entity, and made only here: no need to look for it among the others.
		d.rels = append(d.rels, Relation{Subject: docID, Predicate: PredMentions, Object: id,
			Evidence: Evidence{Start: m.Start, End: m.End, Rule: rule, Text: d.explainText(m.Start, m.End)}})
	}
}

// buildFacts fills the entities and relations of d.facts from the working
// state. A mention without text takes the input text of its span.
func (d *doc) buildFacts() {
	docID := d.facts.Doc.ID
	// The facts own their entities, mentions and mention texts: one
	// allocation each for the whole document, sized to fit.
	var live []*Entity
	nm, nb := 0, 0
	for _, id := range d.order {
		if id == docID {
			continue
		}
		e := d.entities[id]
		if unnamedOrg(e) {
			continue
		}
		live = append(live, e)
		for _, m := range e.Mentions {
			nm++
			if m.Text == "" {
				nb += len(d.inputBytes(m.Start, m.End))
			}
		}
	}
	var texts strings.Builder
	texts.Grow(nb)
	for _, e := range live {
		for _, m := range e.Mentions {
			if m.Text == "" {
				texts.Write(d.inputBytes(m.Start, m.End))
			}
		}
	}
	all, at := texts.String(), 0
	ents := make([]Entity, 0, len(live))
	mentions := make([]Mention, 0, nm)
	for _, e := range live {
		from := len(mentions)
		for _, m := range e.Mentions {
			if m.Text == "" {
				n := len(d.inputBytes(m.Start, m.End))
				m.Text, at = all[at:at+n], at+n
			}
			mentions = append(mentions, m)
		}
		c := *e
		c.Mentions = mentions[from:len(mentions):len(mentions)]
		ents = append(ents, c)
	}
	d.facts.Entities = ents
	// d.rels is the scratch buffer: the facts get a copy of their own, sized to fit.
	d.facts.Relations = append(make([]Relation, 0, len(d.rels)), d.rels...)
}

// explainText is the evidence text of an input span with --explain, else "".
func (d *doc) explainText(a, b int) string {
	if !d.x.explain {
		return ""
	}
	return d.inputText(a, b)
}

// clear0 zeroes the relations of a scratch buffer, so that it holds no
// strings of a finished document, and returns it empty.
func clear0(rels []Relation) []Relation {
	clear(rels)
	return rels[:0]
}

// relateInput records a relation whose evidence is already in input offsets.
func (d *doc) relateInput(subj, pred, obj string, a, b int, rule string) {
	key := relKey{subj, pred, obj}
	if _, ok := d.relSeen[key]; ok {
		return
	}
	r := Relation{Subject: subj, Predicate: pred, Object: obj, Evidence: Evidence{Start: a, End: b, Rule: rule, Text: d.explainText(a, b)}}
	d.relSeen[key] = len(d.rels)
	d.rels = append(d.rels, r)
}

// isArabicLetter says whether r is a letter of the Arabic script.
func isArabicLetter(r rune) bool {
	return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
}
