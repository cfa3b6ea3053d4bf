package extract

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/unkg/unkg/rules"
)

// langInfo is what the extractor reads from the language profiles beyond the
// folder's and the date grammar's part: which languages each script may be,
// and the words that open a UN header's distribution line.
type langInfo struct {
	byScript map[string][]string // script -> languages, in the UN's order
	distr    []string            // folded: "distr"
	agencies []string            // folded news agency names (dateline_agency_paren.go)
	byLang   map[string]*langWords
}

// langWords is one language's word lists for the readers that need them,
// written in the profile as the folded text reads them (lower case).
type langWords struct {
	script                             string   // the profile's: Arabic, Han, Cyrillic, Latin
	titleOf, deputyAfter, deputyBefore []string // sg_bare.go
	titleOfUN                          []string // sg_bare.go: "de la organizacion", folded (newLangInfo)
	titleOwnOrg                        []string // sg_organization.go: "للمنظمه", folded (newLangInfo)
	clitics                            []string // sg_organization.go: the profile's clitics, folded
	// sg_surname.go: what makes a title another officer's.
	otherBefore, otherGlued, otherPrefix, otherAfter []string
	// datelineCase is the script whose lower-case words before a date say
	// it is no dateline, or nil (dateline_lowercase.go).
	datelineCase     *unicode.RangeTable
	daywordWeekday   bool     // dayword_weekday.go
	sameDayLatin     []string // date_dayonly.go sameDayDates: "ese dia" in a language whose dates have no marks
	dayAfterTomorrow []string // dayword_weekday.go
	initials         map[rune]string
	initialSet       runeSet // initials' runes, for countryRuns' walk over the text
	initialFollowers []string
	initialPairs     []rules.InitialPair // country_initials.go
	// metadata.go (otherDocDate): "1992年1月23日第733(1992)号", not "第8979次".
	dateParticles, numberBefore, meetingNumberAfter []string
	// numerals is the profile's numerals and ten as a cutset: an old resolution
	// numbers its meeting in them after a date, "一九七三年一月十六日第一六八五次會議".
	numerals              string
	pscBefore             []string // aupsc.go
	clockWords            []string // stamp_line.go
	deputyOf, possessives []string // attendance_deputy_sg.go
	// date_dayonly_latin.go: "el pasado día 6", "Gaza el 19, Siria el 13".
	dayAloneBefore, dayAloneArticle, dayAloneBreak, dayAloneSuffix, dayAloneFuture []string
}

// noWords is the word lists of a language without a profile.
var noWords = &langWords{}

// words is the word lists of the document's language.
func (d *doc) words() *langWords {
	if w := d.x.lang.byLang[d.lang]; w != nil {
		return w
	}
	return noWords
}

func newLangWords(p *rules.Profile) *langWords {
	w := &langWords{
		script:  p.Script,
		titleOf: p.TitleOf, deputyAfter: p.DeputyAfter, deputyBefore: p.DeputyBefore,
		otherBefore: p.TitleOtherBefore, otherGlued: p.TitleOtherGlued, otherPrefix: p.TitleOtherPrefix, otherAfter: p.TitleOtherAfter,
		daywordWeekday: p.DaywordWeekday, dayAfterTomorrow: p.DayAfterTomorrow, sameDayLatin: p.SameDayPhrases,
		initials: p.CountryInitials, initialFollowers: p.InitialFollowers, initialPairs: p.InitialPairs,
		dateParticles: p.DateParticles, numberBefore: p.NumberBefore, meetingNumberAfter: p.MeetingNumberAfter,
		pscBefore: p.PSCBefore, clockWords: p.ClockWords, deputyOf: p.DeputyOf, possessives: p.Possessives,
		dayAloneBefore: p.DayAloneBefore, dayAloneArticle: p.DayAloneArticle, dayAloneBreak: p.DayAloneBreak,
		dayAloneSuffix: p.DayAloneSuffix, dayAloneFuture: p.DayAloneFuture,
	}
	for r := range p.Numerals {
		w.numerals += string(r)
	}
	if p.Ten != 0 {
		w.numerals += string(p.Ten)
	}
	if p.DatelineCapitalized {
		w.datelineCase = unicode.Scripts[p.Script]
	}
	w.initialSet = newRuneSet(w.initials)
	return w
}

// runeSet is the keys of a map by rune as bits, the Basic Multilingual
// Plane's in one bitmap (8 KB), the others in the map: a test is a load
// and a mask, where a map lookup hashed the rune.
type runeSet struct {
	bmp    []uint64
	ascii  bool // an ASCII rune is in the set
	astral map[rune]string
}

func newRuneSet(m map[rune]string) runeSet {
	if len(m) == 0 {
		return runeSet{}
	}
	rs := runeSet{bmp: make([]uint64, 0x10000/64)}
	for r := range m {
		switch {
		case r >= 0 && r < 0x10000:
			rs.bmp[r>>6] |= 1 << (r & 63)
			rs.ascii = rs.ascii || r < utf8.RuneSelf
		default:
			if rs.astral == nil {
				rs.astral = map[rune]string{}
			}
			rs.astral[r] = m[r]
		}
	}
	return rs
}

// has says whether r is in the set.
func (rs *runeSet) has(r rune) bool {
	if r >= 0 && r < 0x10000 {
		return rs.bmp != nil && rs.bmp[r>>6]&(1<<(r&63)) != 0
	}
	_, ok := rs.astral[r]
	return ok
}

func newLangInfo(f *folder, profiles []*rules.Profile) langInfo {
	li := langInfo{byScript: map[string][]string{}, agencies: newsAgencies(f, profiles), byLang: map[string]*langWords{}}
	for _, p := range profiles {
		w := newLangWords(p)
		for _, t := range p.TitleOfUN {
			if t := f.foldString(t); t != "" && !slices.Contains(w.titleOfUN, t) {
				w.titleOfUN = append(w.titleOfUN, t)
			}
		}
		w.titleOwnOrg, w.clitics = f.foldAll(p.TitleOwnOrg), f.foldAll(p.Clitics)
		li.byLang[p.Lang] = w
		if p.Script != "" {
			li.byScript[p.Script] = append(li.byScript[p.Script], p.Lang)
		}
		for _, w := range p.Distr {
			if w := f.foldString(w); w != "" && !slices.Contains(li.distr, w) {
				li.distr = append(li.distr, w)
			}
		}
	}
	return li
}

// distrAt is where the header's distribution line ("Distr.: General") opens, or -1.
func (d *doc) distrAt() int {
	head := d.t.s[:d.headerEnd]
	at := -1
	for _, w := range d.x.lang.distr {
		if i := distrWordAt(head, w); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

// distrWordAt is the first place the distribution word w stands in head as a
// word of its own ("Distr.", "DISTR GENERAL"), not as the start of a longer
// word: "una distribución de poder armoniosa en el Yemen" in a summary's
// opening names no Distr. block, and its countries are no languages.
func distrWordAt(head, w string) int {
	for off := 0; off < len(head); {
		i := indexRare(head[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		if r, _ := utf8.DecodeRuneInString(head[i+len(w):]); !unicode.IsLetter(r) {
			return i
		}
		off = i + len(w)
	}
	return -1
}
