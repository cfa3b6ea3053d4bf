package rules

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A language profile (lang/LANG.tsv) says what the extractor must know of a
// language beyond its gazetteers: its script, the clitics and endings its
// words carry, its numerals, the words of its dates. The languages of unkg
// are the profiles under data/lang: adding a language is adding its profile
// (and its gazetteers), plus, at most, a morphology hook in the normalizer.

// Profile is one language's profile.
type Profile struct {
	Lang   string
	Order  int    // place in the UN's order of languages (ar 1, zh 2, en 3, fr 4, ru 5, es 6)
	Script string // Arabic, Han, Cyrillic or Latin: how the language is told by its letters
	// Clitics may be written joined before any name (Arabic و ف ب ك ل).
	Clitics []string
	// Articles: a name opening with Text is also written Fused after a
	// clitic (Arabic ال after ل is written لل), with only FusedClitics before it.
	Articles     []Article
	FusedClitics []string
	// Endings are cut from every word of the script, longest first, so that
	// inflected forms meet (Russian Африканского союза, Африканский союз);
	// StemMin letters always stay.
	Endings []string
	StemMin int
	// StemKeep are stems no cut may shorten: a word beginning with one keeps
	// at least that much (Нигерия, Нигерии stay нигери-, apart from Нигер).
	StemKeep []string
	// Numerals are the digits written as words or characters (〇 一 … 九), Ten
	// the character for ten (十: 二十九 is 29).
	Numerals map[rune]int
	Ten      rune
	// Date words: the marks after the year, month and day (年 月 日 号) and the
	// word joining the days of a range (至).
	YearMarks, MonthMarks, DayMarks, RangeMarks []string
	// Ordinal day words (Arabic العاشر 10, الحادي والعشرين 21), folded as the text is.
	OrdinalDays    map[string]int
	OrdinalFillers []string // words between an ordinal day and its month (من شهر)
	// Weekdays: of the words with the article, only these may precede an
	// ordinal day (الأحد العاشر من أكتوبر; الأسبوع الأول من أكتوبر is a week).
	Weekdays []string
	// NumericDates: the language writes dates as day/month/year with these separators.
	NumericDates []string
	// Header words that open the distribution line of a UN header (Distr.).
	Distr []string
	// NewsAgencies: names a dateline writes in parentheses after its date
	// ("الأمم المتحدة 4 يونيو 2025 (شينخوا)"), which make that date the story's.
	NewsAgencies []string
	// Words around a bare title that make it another officer's: the
	// preposition tying it to an organization named after it ("secrétaire
	// général de l'OTAN"), and the openings of a deputy's or assistant's
	// title after or before it ("adjoint", "заместитель").
	TitleOf, DeputyAfter, DeputyBefore []string
	// TitleOfUN are the phrases after a bare title that name the UN itself,
	// "the Organization" ("el secretario general de la organización, Kofi
	// Annan"): such a title is the UN Secretary-General's.
	TitleOfUN []string
	// TitleOwnOrg are the words that close a bare title with "of the
	// Organization" meaning the organization last named ("للمنظمة"): after
	// another organization than the UN the title is that one's officer.
	TitleOwnOrg []string
	// Words that make a Secretary-General's title another's, before it
	// ("Special Representative of the", "former", "бывший"), written glued
	// before it ("前联合国秘书长"), opening it ("للأمين العام": of the
	// Secretary-General) or right after it ("الأمين العام السابق").
	TitleOtherBefore, TitleOtherGlued, TitleOtherPrefix, TitleOtherAfter []string
	// MonthDayOnly are short month names that name a month only after a day
	// number ("23 сен"): alone they are names or parts of words (Сен, Мар).
	MonthDayOnly []string
	// DatelineCapitalized: a dateline's place is a capitalized name ("МОСКВА,
	// 20 сентября"), so a phrase in lower case before a date opens a sentence.
	DatelineCapitalized bool
	// DaywordWeekday: a day word told with its weekday ("اليوم الأحد") is
	// that weekday's day nearest the day the word means; DayAfterTomorrow
	// are the "tomorrow" phrases that mean two days ahead ("بعد غد").
	DaywordWeekday   bool
	DayAfterTomorrow []string
	// CountryInitials are one-character names of States in a run ("中俄弃权";
	// "" joins a run and names nothing); a run names States only when one of
	// InitialFollowers follows it. InitialPairs are two-character runs that
	// name one State beside a word of their context (中非 CAF).
	CountryInitials  map[rune]string
	InitialFollowers []string
	InitialPairs     []InitialPair
	// Words of a language that writes dates with marks (2003年4月11日), for
	// days written without their month ("7日"): a number before the day mark
	// is a span of days when one of DaySpanAfter follows the mark ("30日内")
	// or one of DaySpanBefore precedes the number ("为期3日", "每5日");
	// TodayMarks open "今(2)日" (today, the 2nd); MonthOffsets name a day's
	// month from the document's ("上月28日": -1); DatelineMarks end a news
	// dateline after its date ("5月7日电"); SameDayWords repeat the day just
	// named ("当天"), unless that day is one said to come, after one of
	// DayToComeBefore or before one of DayToComeAfter ("将于2日", "2日将");
	// SpeechTitles name a speech in a headline ("讲话"); a day after one of
	// DayListJoiners right after a date is that date's month's ("4月12日和13日").
	DaySpanAfter, DaySpanBefore, TodayMarks, DatelineMarks      []string
	SameDayWords, DayToComeBefore, DayToComeAfter, SpeechTitles []string
	// SameDayPhrases are the same-day words of a language that writes them as
	// several words ("ese dia"), one phrase a line (round 37, sweepES).
	SameDayPhrases []string
	DayListJoiners []string
	MonthOffsets   []MonthOffset
	// A date followed (after one of DateParticles, "的") by one of
	// NumberBefore and a number ("第733(1992)号") dates that numbered
	// document, unless one of MeetingNumberAfter follows the number
	// ("第8979次会议": the meeting's own number).
	DateParticles, NumberBefore, MeetingNumberAfter []string
	// PSCBefore are the words before "Security Council" that make it the
	// African Union's Peace and Security Council named bare ("peace and").
	PSCBefore []string
	// ClockWords may end a posting stamp after its time, written without
	// spaces ("a.m." for "a. m.", "h").
	ClockWords []string
	// DeputyOf joins a deputy's title to the organization whose it is
	// ("Deputy Secretary-General of NATO"); Possessives join the organization
	// named before it ("the League's Deputy Secretary-General").
	DeputyOf, Possessives []string
	// A number after one of DayAloneBefore ("el dia", "el pasado dia") is a
	// day written without its month; after one of DayAloneArticle ("el",
	// "le") only when one of DayAloneBreak follows it (",", "y"), past one
	// of DayAloneSuffix ("th", "er"). DayAloneFuture are the source's words
	// (or, written "-rá", word endings) that say the clause is to come
	// (extract/date_dayonly_latin.go).
	DayAloneBefore, DayAloneArticle, DayAloneBreak, DayAloneSuffix, DayAloneFuture []string
}

// MonthOffset is a word that names a month relative to the document's date.
type MonthOffset struct {
	Word  string
	Shift int
}

// InitialPair is a run of initials that names one State (ID) when one of
// Before precedes it, one of After follows it, or it stands in a list.
type InitialPair struct {
	Text, ID      string
	Before, After []string
}

// Article is an opening of names that a clitic fuses with.
type Article struct{ Text, Fused string }

//go:generate go run ./internal/t2s -o data/chars/zh.tsv
//go:generate go run ./internal/t2s -aliases -o data/alias/zh.tsv

// Scripts are the scripts the normalizer counts letters of: a profile names one.
var Scripts = []string{"Arabic", "Han", "Cyrillic", "Latin"}

// profileKeys are the first columns a profile line may have, and how many columns each takes.
var profileKeys = map[string]int{
	"order": 2, "script": 2, "clitic": 2, "article": 3, "fused-clitic": 2,
	"ending": 2, "stem-min": 2, "stem-keep": 2, "numeral": 3, "ten": 2,
	"year-mark": 2, "month-mark": 2, "day-mark": 2, "range-mark": 2,
	"ordinal-day": 3, "ordinal-filler": 2, "weekday": 2, "numeric-date": 2, "distr": 2,
	"news-agency": 2, "title-of": 2, "title-of-un": 2, "title-own-org": 2, "deputy-after": 2, "deputy-before": 2,
	"title-other-before": 2, "title-other-glued": 2, "title-other-prefix": 2, "title-other-after": 2,
	"dateline-capitalized": 2, "dayword-weekday": 2, "day-after-tomorrow": 2,
	"country-initial": 3, "initial-follower": 2, "initial-pair": 3,
	"initial-pair-before": 3, "initial-pair-after": 3,
	"day-span-after": 2, "day-span-before": 2, "today-mark": 2, "month-offset": 3, "dateline-mark": 2,
	"same-day-word": 2, "same-day-phrase": 2, "day-to-come-before": 2, "day-to-come-after": 2, "speech-title": 2, "day-list-joiner": 2,
	"date-particle": 2, "number-before": 2, "meeting-number-after": 2, "psc-before": 2,
	"clock-word": 2, "deputy-of": 2, "possessive": 2, "month-day-only": 2,
	"day-alone-before": 2, "day-alone-article": 2, "day-alone-break": 2, "day-alone-suffix": 2, "day-alone-future": 2,
}

func checkLang(e *Entry) error {
	n, ok := profileKeys[e.Key]
	if !ok {
		return fmt.Errorf("unknown profile key %q (known: %s)", e.Key, strings.Join(sortedKeys(boolKeys(profileKeys)), ", "))
	}
	if len(e.Extra) != n-2 {
		return fmt.Errorf("%s: want %d columns, got %d", e.Key, n, 2+len(e.Extra))
	}
	switch e.Key {
	case "order", "stem-min":
		if v, err := strconv.Atoi(e.Text); err != nil || v < 0 {
			return fmt.Errorf("%s %q: want a number", e.Key, e.Text)
		}
	case "script":
		if !slices.Contains(Scripts, e.Text) {
			return fmt.Errorf("script %q: want one of %s", e.Text, strings.Join(Scripts, ", "))
		}
	case "numeral", "ordinal-day":
		if v, err := strconv.Atoi(e.Extra[0]); err != nil || v < 0 || v > 31 {
			return fmt.Errorf("%s %q: third column %q is not a number from 0 to 31", e.Key, e.Text, e.Extra[0])
		}
		if e.Key == "numeral" && utf8.RuneCountInString(e.Text) != 1 {
			return fmt.Errorf("numeral %q: want one character", e.Text)
		}
	case "ten":
		if utf8.RuneCountInString(e.Text) != 1 {
			return fmt.Errorf("ten %q: want one character", e.Text)
		}
	case "dateline-capitalized", "dayword-weekday":
		if e.Text != "yes" {
			return fmt.Errorf("%s %q: want yes", e.Key, e.Text)
		}
	case "month-offset":
		if v, err := strconv.Atoi(e.Extra[0]); err != nil || v < -1 || v > 1 {
			return fmt.Errorf("month-offset %q: third column %q is not -1, 0 or 1", e.Text, e.Extra[0])
		}
	case "country-initial":
		if utf8.RuneCountInString(e.Text) != 1 {
			return fmt.Errorf("country-initial %q: want one character", e.Text)
		}
		if id := e.Extra[0]; id != "-" && !iso3.MatchString(id) {
			return fmt.Errorf("country-initial %q: %q is no ISO 3166 alpha-3 code (or - for none)", e.Text, id)
		}
	case "initial-pair":
		if !iso3.MatchString(e.Extra[0]) {
			return fmt.Errorf("initial-pair %q: %q is no ISO 3166 alpha-3 code", e.Text, e.Extra[0])
		}
	}
	return nil
}

func boolKeys(m map[string]int) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// Profiles returns the language profiles of the set, in the UN's order.
func (s *Set) Profiles() []*Profile {
	byLang := map[string]*Profile{}
	for _, e := range s.Kind("lang") {
		p := byLang[e.Lang]
		if p == nil {
			p = &Profile{Lang: e.Lang, Numerals: map[rune]int{}, OrdinalDays: map[string]int{}}
			byLang[e.Lang] = p
		}
		p.add(e)
	}
	out := make([]*Profile, 0, len(byLang))
	for _, p := range byLang {
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b *Profile) int {
		if a.Order != b.Order {
			return a.Order - b.Order
		}
		return strings.Compare(a.Lang, b.Lang)
	})
	return out
}

// Profile returns the profile of lang, or nil.
func (s *Set) Profile(lang string) *Profile {
	for _, p := range s.Profiles() {
		if p.Lang == lang {
			return p
		}
	}
	return nil
}

func (p *Profile) add(e Entry) {
	lists := map[string]*[]string{
		"clitic": &p.Clitics, "fused-clitic": &p.FusedClitics,
		"year-mark": &p.YearMarks, "month-mark": &p.MonthMarks, "day-mark": &p.DayMarks, "range-mark": &p.RangeMarks,
		"weekday": &p.Weekdays, "ordinal-filler": &p.OrdinalFillers, "numeric-date": &p.NumericDates, "distr": &p.Distr,
		"news-agency": &p.NewsAgencies, "title-of": &p.TitleOf, "title-of-un": &p.TitleOfUN, "title-own-org": &p.TitleOwnOrg, "deputy-after": &p.DeputyAfter,
		"deputy-before": &p.DeputyBefore, "day-after-tomorrow": &p.DayAfterTomorrow,
		"title-other-before": &p.TitleOtherBefore, "title-other-glued": &p.TitleOtherGlued,
		"title-other-prefix": &p.TitleOtherPrefix, "title-other-after": &p.TitleOtherAfter,
		"day-span-after": &p.DaySpanAfter, "day-span-before": &p.DaySpanBefore, "today-mark": &p.TodayMarks,
		"dateline-mark": &p.DatelineMarks, "same-day-word": &p.SameDayWords, "same-day-phrase": &p.SameDayPhrases, "day-to-come-before": &p.DayToComeBefore,
		"day-to-come-after": &p.DayToComeAfter, "speech-title": &p.SpeechTitles, "day-list-joiner": &p.DayListJoiners,
		"date-particle": &p.DateParticles, "number-before": &p.NumberBefore,
		"meeting-number-after": &p.MeetingNumberAfter, "psc-before": &p.PSCBefore,
		"clock-word": &p.ClockWords, "deputy-of": &p.DeputyOf, "possessive": &p.Possessives,
		"month-day-only":   &p.MonthDayOnly,
		"day-alone-before": &p.DayAloneBefore, "day-alone-article": &p.DayAloneArticle, "day-alone-break": &p.DayAloneBreak,
		"day-alone-suffix": &p.DayAloneSuffix, "day-alone-future": &p.DayAloneFuture,
	}
	if l, ok := lists[e.Key]; ok {
		if wordLists[e.Key] {
			*l = append(*l, strings.Fields(e.Text)...)
		} else {
			*l = append(*l, e.Text)
		}
		return
	}
	switch e.Key {
	case "order":
		p.Order, _ = strconv.Atoi(e.Text)
	case "script":
		p.Script = e.Text
	case "article":
		p.Articles = append(p.Articles, Article{Text: e.Text, Fused: e.Extra[0]})
	case "ending":
		p.Endings = append(p.Endings, strings.Fields(e.Text)...)
	case "stem-min":
		p.StemMin, _ = strconv.Atoi(e.Text)
	case "stem-keep":
		p.StemKeep = append(p.StemKeep, strings.ToLower(e.Text))
	case "numeral":
		r, _ := utf8.DecodeRuneInString(e.Text)
		p.Numerals[r], _ = strconv.Atoi(e.Extra[0])
	case "ten":
		p.Ten, _ = utf8.DecodeRuneInString(e.Text)
	case "ordinal-day":
		p.OrdinalDays[e.Text], _ = strconv.Atoi(e.Extra[0])
	case "dateline-capitalized":
		p.DatelineCapitalized = true
	case "dayword-weekday":
		p.DaywordWeekday = true
	case "country-initial":
		r, _ := utf8.DecodeRuneInString(e.Text)
		id := e.Extra[0]
		if id == "-" {
			id = ""
		}
		if p.CountryInitials == nil {
			p.CountryInitials = map[rune]string{}
		}
		p.CountryInitials[r] = id
	case "initial-follower":
		p.InitialFollowers = append(p.InitialFollowers, strings.Fields(e.Text)...)
	case "month-offset":
		shift, _ := strconv.Atoi(e.Extra[0])
		p.MonthOffsets = append(p.MonthOffsets, MonthOffset{Word: e.Text, Shift: shift})
	case "initial-pair":
		p.pair(e.Text).ID = e.Extra[0]
	case "initial-pair-before":
		ip := p.pair(e.Text)
		ip.Before = append(ip.Before, strings.Fields(e.Extra[0])...)
	case "initial-pair-after":
		ip := p.pair(e.Text)
		ip.After = append(ip.After, strings.Fields(e.Extra[0])...)
	}
}

// wordLists are the list keys whose text is words separated by spaces.
var wordLists = map[string]bool{
	"title-other-before": true,
	"day-span-after":     true, "day-span-before": true, "dateline-mark": true, "same-day-word": true,
	"day-to-come-before": true, "day-to-come-after": true, "speech-title": true, "day-list-joiner": true,
	"date-particle": true, "number-before": true, "meeting-number-after": true, "clock-word": true,
	"deputy-of": true, "possessive": true, "month-day-only": true,
	"day-alone-break": true, "day-alone-suffix": true, "day-alone-future": true,
}

// pair is the profile's initial pair written text, added when new.
func (p *Profile) pair(text string) *InitialPair {
	for i := range p.InitialPairs {
		if p.InitialPairs[i].Text == text {
			return &p.InitialPairs[i]
		}
	}
	p.InitialPairs = append(p.InitialPairs, InitialPair{Text: text})
	return &p.InitialPairs[len(p.InitialPairs)-1]
}

// Languages are the languages unkg reads, in the UN's order: those with a
// profile among the built-in rules (ar, zh, en, fr, ru, es).
var Languages = builtinLanguages()

func builtinLanguages() []string {
	type lang struct {
		code  string
		order int
	}
	var ls []lang
	files, err := fs.Glob(builtin, "data/lang/*.tsv")
	if err != nil {
		panic(err) // a malformed pattern: a bug here, not in the data
	}
	for _, f := range files {
		code := strings.TrimSuffix(path.Base(f), ".tsv")
		data, err := builtin.ReadFile(f)
		if err != nil {
			panic(fmt.Sprintf("embedded %s: %v", f, err))
		}
		entries, _ := parse(data, f, "lang", code, checkLang)
		l := lang{code: code}
		for _, e := range entries {
			if e.Key == "order" {
				l.order, _ = strconv.Atoi(e.Text)
			}
		}
		ls = append(ls, l)
	}
	slices.SortFunc(ls, func(a, b lang) int { return a.order - b.order })
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.code
	}
	return out
}

// IsLanguage says whether unkg reads lang.
func IsLanguage(lang string) bool { return slices.Contains(Languages, lang) }

// LanguageList names the languages for messages: "ar, zh, en, fr, ru or es".
func LanguageList() string {
	n := len(Languages)
	if n < 2 {
		return strings.Join(Languages, "")
	}
	return strings.Join(Languages[:n-1], ", ") + " or " + Languages[n-1]
}
