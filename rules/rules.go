// Package rules holds unkg's extraction rules as data (gazetteers of
// organizations, countries and persons, month names, trigger phrases, and a
// profile of each language, for the six UN languages) and the code that
// loads and validates them.
//
// A rule file is UTF-8 text at KIND/LANG.tsv: one entry a line, columns
// separated by a tab, '#' starts a comment line. KIND is the folder
// (org, country, member, person, month, hijri, trigger, langname, lang,
// chars) and LANG the language of the names, one with a profile in lang/
// (ar, zh, en, fr, ru, es), or "all".
package rules

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

//go:embed data
var builtin embed.FS

// Pos says where an entry was written.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// Entry is one line of a rule file.
type Entry struct {
	Kind  string   // the folder: org, country, member, person, month, trigger, langname
	Lang  string   // language of Text; "" when the file is all.tsv
	Key   string   // first column: id, ISO code, slug, month number, trigger kind
	Text  string   // second column: the name or phrase as written
	Extra []string // further columns
	// Override: the line ends with the column "override", so the entry takes
	// its name from whatever other id the built-in rules give it.
	Override bool
	Pos      Pos
}

// Set is a loaded, validated collection of rule entries.
type Set struct {
	Entries  []Entry
	Patterns []Pattern // pattern/*.tsv (pattern.go)
	Examples []Example
}

// Error lists every problem found in a set of rule files.
type Error struct {
	Problems []string // "file:line: what is wrong"
}

func (e *Error) Error() string {
	if len(e.Problems) == 1 {
		return e.Problems[0]
	}
	return fmt.Sprintf("%d problems in rule files:\n  %s", len(e.Problems), strings.Join(e.Problems, "\n  "))
}

// TriggerKinds are the kinds of trigger phrase the extractor understands.
// Each is documented in data/trigger/README.md.
var TriggerKinds = map[string]bool{
	"doctype:letter": true, "doctype:summary": true, "doctype:concept-note": true,
	"doctype:draft-resolution": true, "doctype:resolution": true,
	"doctype:presidential-statement": true, "doctype:meeting-record": true,
	"doctype:press-release": true, "doctype:news": true, "doctype:report": true,
	"doctype:none": true, // a word that holds a doctype phrase and names no document ("的信息" holds "的信"): it hides the phrase, then goes
	"meeting":      true, "meeting-number": true, "adoption": true, "reference": true,
	"presidency-after": true, "presidency-before": true, "month-scope": true,
	"chair-after": true, "chair-before": true,
	"attendance-after": true, "attendance-before": true, "attendance-negative": true,
	"attendance-after-and": true, // h-aupsc: Arabic و + speech verb; hides the verb, subject after only
	"proposals":            true, "deadline": true, "docdate": true, "today": true, "yesterday": true, "visit": true, "future": true,
	"postponed": true, // ar-r26: a verb or noun of putting a meeting off (أجل, تأجيل)
	"tomorrow":  true, // h-ar: meeting(T+1), and a weekday after it is the next such day (meeting(W+1))
	"same-day":  true, // h-ar: "في اليوم نفسه", the day just named: hides the word for today inside it
	// h-ar: a weekday said to come ("الخميس المقبل", next Thursday): the next such day after the document's date
	"next-weekday:1": true, "next-weekday:2": true, "next-weekday:3": true, "next-weekday:4": true, "next-weekday:5": true, "next-weekday:6": true, "next-weekday:7": true,
	"weekday:1": true, "weekday:2": true, "weekday:3": true, "weekday:4": true, "weekday:5": true, "weekday:6": true, "weekday:7": true,
	"un-meeting": true, "council": true, "range": true, "original": true, "assembly-meeting": true, // h-en12: extract/organ_assembly.go
	"ga-committee":  true, // r33 fixM: a Main Committee of the General Assembly ("First Committee"): its meetings are the Assembly's (extract/meetings.go organMarks)
	"assembly-week": true, // h-ru21: the high-level week names the General Assembly as the organ of a day in a sentence naming no organ (extract/organ_assembly_week.go)
	"stopword":      true, "role": true, "symbol-series": true, "mask": true,
	"wrap-word":    true, // h-cit9: a line ending on it wraps its sentence (extract/wrap_function_word.go)
	"addressed-to": true, "sent-by": true, "sent-by-before": true, "topic": true,
	"date-filler": true, "ordinal": true, "abbreviation": true,
	"date-between":    true, // h-refs6: "between 18 June and 8 August 1984" stays a span
	"assessment":      true, // h-let8: a presidency assessment reports its month's meetings (extract/assessment_month.go)
	"date-plural":     true, // h-ru7: "заседания 16 и 17 июля" are two days (extract/date_days_plural.go)
	"date-and":        true, // h-refs6: "9 mai et 7 août 2019" is two dates, not a range (extract/date_range_months.go)
	"psc":             true, // h-refs6: the AU PSC named without the AU, in its own communiqués (extract/aupsc_bare.go)
	"sg-bare":         true, // h-sg13: the Secretary-General by the bare title in lower case (extract/sg_bare.go)
	"past-date":       true, // h-meet9: "le 17 novembre dernier", the latest such day on or before the document's date (extract/date_past_marked.go)
	"last-year":       true, // h-meet9: "3 декабря прошлого года", the year before the document's (extract/date_past_marked.go)
	"recipient":       true, // h-ref12: "report to the" General Assembly: not the organ meeting (extract/organ_recipient.go)
	"elected-to":      true, // sg28: "elected to the" Economic and Social Council: the body elected to holds no meeting (extract/organ_elected.go)
	"speaker-title":   true, // hrc19: "President of the General Assembly" speaking at a Human Rights Council session: not the organ meeting (extract/organ_speaker_title.go)
	"subsidiary-body": true, // a committee or working group: the country that chairs one does not preside the meeting (pattern/all-presidency.tsv notpresided/chairs-subsidiary-body)
	"said-past":       true, // h-att15a: a speech verb in the past tense: no attendance at a later meeting (extract/attendance_said_past.go)
	"sg-deputy":       true, // h-lang17en: the Deputy Secretary-General's title: org:UNSG attends where a pattern captures it (extract/attendance_deputy_sg.go)

	// h-sg15: a written statement issued, no part of a meeting (extract/negation_statement.go)
	"attendance-statement": true,
	// r31: a speech's salutation line ("Mr. President,", "Excellencies,"): the page was given at a meeting (pattern/all-meetings.tsv meeting/statement-*-salutation)
	"salutation": true,
	// r32: "the members of the Security Council heard a briefing": the members' word beside the organ and the
	// verb of hearing a briefing (pattern/all-meetings.tsv meeting-members/*)
	"council-members": true, "briefing-heard": true,
	"address": true, // r31: the honorific of a salutation to one person ("Mr.", "Señor", "Господин"): "Mr. Secretary-General," (pattern/all-attendance.tsv)
}

var kinds = map[string]func(e *Entry) error{
	"org":      checkOrg,
	"country":  checkISO3,
	"member":   checkMember,
	"former":   checkMember, // h-cit9: former Member States (the USSR, SUN), named by country/LANG.tsv as the 193 are
	"person":   checkPerson,
	"month":    checkMonth,
	"hijri":    checkMonth,
	"trigger":  checkTrigger,
	"langname": checkLangname,
	"lang":     checkLang,
	"chars":    checkChars,
	"alias":    checkAlias,
}

// maxColumns is how many columns a line of each kind may have, its
// "override" column not counted.
var maxColumns = map[string]int{
	"org": 2, "country": 2, "hijri": 2, "member": 3, "former": 3, "person": 4, "month": 2, "trigger": 2, "langname": 2, "lang": 3, "chars": 2, "alias": 2,
}

// MaxLine is the longest line a rule file may have.
const MaxLine = 1 << 20

var (
	orgID  = regexp.MustCompile(`^[A-Z][A-Z0-9]*$`)
	iso3   = regexp.MustCompile(`^[A-Z]{3}$`)
	iso2   = regexp.MustCompile(`^[A-Z]{2}$`)
	slugRe = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	langRe = regexp.MustCompile(`^[a-z]{2,3}$`)
)

func checkOrg(e *Entry) error {
	if !orgID.MatchString(e.Key) {
		return fmt.Errorf("organization id %q: want upper-case letters and digits, as AU or UNSC", e.Key)
	}
	return nil
}

func checkISO3(e *Entry) error {
	if !iso3.MatchString(e.Key) {
		return fmt.Errorf("country %q: want an ISO 3166-1 alpha-3 code, as MEX", e.Key)
	}
	return nil
}

func checkMember(e *Entry) error {
	if err := checkISO3(e); err != nil {
		return err
	}
	if !iso2.MatchString(e.Text) {
		return fmt.Errorf("member %s: second column %q is not an ISO 3166-1 alpha-2 code", e.Key, e.Text)
	}
	return nil
}

// PersonOfficer is the fourth column of a person line whose country is a
// UN officer's: see checkPerson. Alone it is the President of the General
// Assembly's; "officer:ORGAN" names another organ the person presides over
// (PersonOfficerOrgans).
const PersonOfficer = "officer"

// PersonOfficerOrgans are the organs a fourth column "officer:ORGAN" may name,
// by their SCHEMA ids; the General Assembly's President is "officer" alone
// (one spelling: "officer:UNGA" is refused).
var PersonOfficerOrgans = map[string]bool{"HRC": true, "ECOSOC": true}

// PersonOfficerOrgan is the organ a person line's fourth column says the
// person presides over: "officer" the General Assembly, "officer:HRC" the
// Human Rights Council, "officer:ECOSOC" the Economic and Social Council; ""
// when the column is no officer's.
func PersonOfficerOrgan(col string) string {
	if col == PersonOfficer {
		return "UNGA"
	}
	if organ, ok := strings.CutPrefix(col, PersonOfficer+":"); ok && PersonOfficerOrgans[organ] {
		return organ
	}
	return ""
}

func checkPerson(e *Entry) error {
	if !slugRe.MatchString(e.Key) {
		return fmt.Errorf("person slug %q: want lower-case latin words joined by '-', as ban-ki-moon", e.Key)
	}
	if len(e.Extra) > 0 && e.Extra[0] != "" && !iso3.MatchString(e.Extra[0]) {
		return fmt.Errorf("person %s: third column %q is not an ISO alpha-3 country code", e.Key, e.Extra[0])
	}
	// A fourth column "officer": the person holds a UN office (the President
	// of the General Assembly; "officer:HRC", "officer:ECOSOC" the President
	// of the Human Rights Council, of the Economic and Social Council) and the
	// country is theirs only as the presidency of a meeting of that organ they
	// preside over, never as a State they speak for.
	if len(e.Extra) > 1 && (PersonOfficerOrgan(e.Extra[1]) == "" || e.Extra[0] == "") {
		return fmt.Errorf("person %s: fourth column %q: want %q, %q or %q after a country code", e.Key, e.Extra[1], PersonOfficer, PersonOfficer+":HRC", PersonOfficer+":ECOSOC")
	}
	return nil
}

func checkMonth(e *Entry) error {
	n, err := strconv.Atoi(e.Key)
	if err != nil || n < 1 || n > 12 {
		return fmt.Errorf("month %q: want a number from 1 to 12", e.Key)
	}
	return nil
}

func checkTrigger(e *Entry) error {
	if !TriggerKinds[e.Key] {
		return fmt.Errorf("unknown trigger kind %q (known: %s)", e.Key, strings.Join(sortedKeys(TriggerKinds), ", "))
	}
	return nil
}

func checkLangname(e *Entry) error {
	if !IsLanguage(e.Key) && !langRe.MatchString(e.Key) {
		return fmt.Errorf("language code %q: want an ISO 639-1 code, as en", e.Key)
	}
	return nil
}

// checkAlias reads an alias line (country:ETH	衣索比亞: another spelling of
// a gazetteer entry) as a line of its kind, so it is checked and matched as one.
func checkAlias(e *Entry) error {
	kind, key, ok := strings.Cut(e.Key, ":")
	if !ok || !entityKinds[kind] || kind == "month" {
		return fmt.Errorf("alias %q: want KIND:KEY with KIND org, country or person, as country:ETH", e.Key)
	}
	e.Kind, e.Key = kind, key
	switch kind {
	case "org":
		return checkOrg(e)
	case "country":
		return checkISO3(e)
	}
	return checkPerson(e)
}

func checkChars(e *Entry) error {
	if utf8.RuneCountInString(e.Key) != 1 || utf8.RuneCountInString(e.Text) != 1 {
		return fmt.Errorf("chars %q %q: want one character folded to one character", e.Key, e.Text)
	}
	return nil
}

func sortedKeys(m map[string]bool) []string { return slices.Sorted(maps.Keys(m)) }

// Builtin returns the rules embedded in the binary.
// The set is read once per process (the extractor, the name fold and the
// profiles all start from it); each caller gets its own copy of the entries.
func Builtin() (*Set, error) {
	set, err := loadBuiltin()
	if err != nil {
		return nil, err
	}
	return &Set{Entries: slices.Clone(set.Entries), Patterns: slices.Clone(set.Patterns), Examples: slices.Clone(set.Examples)}, nil
}

var loadBuiltin = sync.OnceValues(func() (*Set, error) {
	sub, err := fs.Sub(builtin, "data")
	if err != nil {
		return nil, err
	}
	return LoadFS(sub, "rules/data")
})

// LoadDir loads the rule files under dir (dir/KIND/LANG.tsv).
func LoadDir(dir string) (*Set, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("rules %s: %w", dir, err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("rules %s: not a folder (want a folder of KIND/LANG.tsv files)", dir)
	}
	set, err := LoadFS(os.DirFS(dir), dir)
	if err != nil {
		return nil, err
	}
	if len(set.Entries) == 0 && len(set.Patterns) == 0 && len(set.Examples) == 0 {
		return nil, fmt.Errorf("rules %s: %w", dir, ErrNoRules)
	}
	return set, nil
}

// LoadFS loads every KIND/LANG.tsv file of fsys. name is how fsys is named in
// error messages.
func LoadFS(fsys fs.FS, name string) (*Set, error) {
	set := &Set{}
	var problems []string
	// A folder may add a language: its profile, lang/LANG.tsv, makes LANG a
	// file name for the other kinds too.
	added := map[string]bool{}
	if profiles, err := fs.Glob(fsys, "lang/*.tsv"); err == nil {
		for _, p := range profiles {
			if l := strings.TrimSuffix(path.Base(p), ".tsv"); langRe.MatchString(l) {
				added[l] = true
			}
		}
	}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(p, ".tsv") {
			return nil
		}
		shown := path.Join(name, p)
		dir, file := path.Split(p)
		kind := path.Base(path.Clean(dir))
		if isPatternDir(dir) {
			data, err := fs.ReadFile(fsys, p)
			if err != nil {
				return fmt.Errorf("read %s: %w", shown, err)
			}
			problems = append(problems, set.patternFile(data, shown, strings.TrimSuffix(file, ".tsv"))...)
			return nil
		}
		check, ok := kinds[kind]
		if !ok {
			problems = append(problems, fmt.Sprintf("%s: unknown rule kind %q (the folder must be one of %s)", shown, kind, strings.Join(kindNames(), ", ")))
			return nil
		}
		lang := strings.TrimSuffix(file, ".tsv")
		if lang == "all" {
			lang = ""
		} else if !IsLanguage(lang) && !added[lang] {
			problems = append(problems, fmt.Sprintf("%s: file name must be a language (%s) or all, not %q", shown, LanguageList(), lang))
			return nil
		}
		if kind == "lang" && lang == "" {
			problems = append(problems, fmt.Sprintf("%s: a language profile is lang/LANG.tsv, not all.tsv", shown))
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return fmt.Errorf("read %s: %w", shown, err)
		}
		entries, probs := parse(data, shown, kind, lang, check)
		set.Entries = append(set.Entries, entries...)
		problems = append(problems, probs...)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("rules %s: %w", name, err)
	}
	problems = append(problems, checkSet(set.Entries)...)
	if len(problems) > 0 {
		return nil, &Error{Problems: problems}
	}
	return set, nil
}

func kindNames() []string {
	out := make([]string, 0, len(kinds))
	for k := range kinds {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func parse(data []byte, file, kind, lang string, check func(*Entry) error) ([]Entry, []string) {
	var entries []Entry
	var problems []string
	for line := 1; len(data) > 0; line++ {
		var raw []byte
		if k := bytes.IndexByte(data, '\n'); k >= 0 {
			raw, data = data[:k], data[k+1:]
		} else {
			raw, data = data, nil
		}
		pos := Pos{File: file, Line: line}
		if len(raw) > MaxLine {
			problems = append(problems, fmt.Sprintf("%s: line of %d bytes (at most %d)", pos, len(raw), MaxLine))
			continue
		}
		if !utf8.Valid(raw) {
			problems = append(problems, fmt.Sprintf("%s: not UTF-8 text", pos))
			continue
		}
		text := strings.TrimRight(string(raw), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) < 2 {
			problems = append(problems, fmt.Sprintf("%s: want at least two tab-separated columns (key, text), got %q", pos, text))
			continue
		}
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		override := len(cols) > 2 && cols[len(cols)-1] == "override"
		if override {
			cols = cols[:len(cols)-1]
		}
		if max := maxColumns[kind]; max > 0 && len(cols) > max {
			problems = append(problems, fmt.Sprintf("%s: %d columns, a %s line has at most %d (extra: %q)", pos, len(cols), kind, max, strings.Join(cols[max:], "\t")))
			continue
		}
		e := Entry{Kind: kind, Lang: lang, Key: cols[0], Text: cols[1], Extra: cols[2:], Override: override, Pos: pos}
		if e.Text == "" {
			problems = append(problems, fmt.Sprintf("%s: empty text for %q", pos, e.Key))
			continue
		}
		if err := check(&e); err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", pos, err))
			continue
		}
		entries = append(entries, e)
	}
	return entries, problems
}

// Merge returns a set holding the entries of s followed by those of o.
func (s *Set) Merge(o *Set) *Set {
	out := &Set{Entries: make([]Entry, 0, len(s.Entries)+len(o.Entries))}
	out.Entries = append(out.Entries, s.Entries...)
	out.Entries = append(out.Entries, o.Entries...)
	out.Patterns = append(append(out.Patterns, s.Patterns...), o.Patterns...)
	out.Examples = append(append(out.Examples, s.Examples...), o.Examples...)
	return out
}

// Kind returns the entries of one kind, in file order.
func (s *Set) Kind(kind string) []Entry {
	var out []Entry
	for _, e := range s.Entries {
		if e.Kind == kind {
			out = append(out, e)
		}
	}
	return out
}

// ErrNoRules is returned when a rules folder holds no rule file at all.
var ErrNoRules = errors.New("no rule files (want KIND/LANG.tsv files, as org/en.tsv)")

// entityKinds are the kinds whose names stand for one id each: a name two ids
// claim would make every mention of it both.
var entityKinds = map[string]bool{"org": true, "country": true, "person": true, "month": true}

// singleKeys are the profile keys a language states once.
var singleKeys = map[string]bool{"order": true, "script": true, "stem-min": true, "ten": true, "dateline-capitalized": true, "dayword-weekday": true}

// nameKey is how two entries are compared for claiming the same name: the
// kind and the name folded roughly as the extractor folds it (case, accents
// and Arabic letter variants aside, white space collapsed). Two entries with
// one key claim the same name when their languages meet (sameLang).
func nameKey(e *Entry) string {
	return e.Kind + "\x00" + roughFold(e.Text)
}

// sameLang says whether names of languages a and b count in one document:
// the same language, or one of them all.tsv's "".
func sameLang(a, b string) bool { return a == b || a == "" || b == "" }

// claim is the entry of claims[nameKey] that gives the name of e to another
// id in a language e's meets, or nil.
func claim(claims map[string][]*Entry, e *Entry) *Entry {
	for _, c := range claims[nameKey(e)] {
		if c.Key != e.Key && sameLang(c.Lang, e.Lang) {
			return c
		}
	}
	return nil
}

func roughFold(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		return strings.Join(strings.Fields(strings.ToLower(s)), " ")
	}
	var b strings.Builder
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), r == 'ـ':
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// checkSet finds the problems between lines of one set: the same line twice,
// a Member State listed twice, a name two ids claim, a profile key stated twice.
func checkSet(entries []Entry) []string {
	var problems []string
	lines := make(map[string]Pos, len(entries))
	members := map[string]Pos{}
	claims := make(map[string][]*Entry, len(entries))
	single := map[string]Pos{}
	officers := map[string]*Entry{} // person slug -> its first officer line
	for i := range entries {
		e := &entries[i]
		if e.Kind == "person" && len(e.Extra) > 1 {
			// One person, one office: the lines of an officer agree on the
			// country and the organ (the presidency they give a meeting).
			if first, ok := officers[e.Key]; !ok {
				officers[e.Key] = e
			} else if first.Extra[0] != e.Extra[0] || PersonOfficerOrgan(first.Extra[1]) != PersonOfficerOrgan(e.Extra[1]) {
				problems = append(problems, fmt.Sprintf("%s: person %s: %s %s, but %s says %s %s", e.Pos, e.Key, e.Extra[0], e.Extra[1], first.Pos, first.Extra[0], first.Extra[1]))
			}
		}
		line := e.Kind + "\x00" + e.Lang + "\x00" + e.Key + "\x00" + e.Text + "\x00" + strings.Join(e.Extra, "\t")
		if first, ok := lines[line]; ok {
			problems = append(problems, fmt.Sprintf("%s: duplicate of %s (%s %q)", e.Pos, first, e.Key, e.Text))
			continue
		}
		lines[line] = e.Pos
		switch {
		case e.Kind == "member" || e.Kind == "chars":
			if first, ok := members[e.Kind+e.Key]; ok {
				problems = append(problems, fmt.Sprintf("%s: duplicate id %s, first at %s", e.Pos, e.Key, first))
			}
			members[e.Kind+e.Key] = e.Pos
		case e.Kind == "lang" && singleKeys[e.Key]:
			k := e.Lang + "\x00" + e.Key
			if first, ok := single[k]; ok {
				problems = append(problems, fmt.Sprintf("%s: %s stated twice, first at %s", e.Pos, e.Key, first))
			}
			single[k] = e.Pos
		case entityKinds[e.Kind]:
			if first := claim(claims, e); first != nil {
				problems = append(problems, fmt.Sprintf("%s: %q is already the name of %s (%s)", e.Pos, e.Text, first.Key, first.Pos))
				continue
			}
			k := nameKey(e)
			claims[k] = append(claims[k], e)
		}
	}
	return problems
}

// With returns the built-in set s extended by a user's set: a user's name
// that a built-in entry gives another id is an error unless the user's line
// ends with "override", which takes the name from the built-in id.
func (s *Set) With(user *Set) (*Set, error) {
	builtinClaims := map[string][]*Entry{}
	for i := range s.Entries {
		if e := &s.Entries[i]; entityKinds[e.Kind] {
			k := nameKey(e)
			builtinClaims[k] = append(builtinClaims[k], e)
		}
	}
	var problems []string
	taken := map[*Entry]bool{} // built-in entries whose name a user's line overrides
	for i := range user.Entries {
		e := &user.Entries[i]
		if !entityKinds[e.Kind] {
			continue
		}
		b := claim(builtinClaims, e)
		switch {
		case b == nil:
		case e.Override:
			for _, c := range builtinClaims[nameKey(e)] {
				if c.Key != e.Key && sameLang(c.Lang, e.Lang) {
					taken[c] = true
				}
			}
		default:
			problems = append(problems, fmt.Sprintf("%s: %q is the built-in name of %s (%s); end the line with a column \"override\" to take it", e.Pos, e.Text, b.Key, b.Pos))
		}
	}
	if len(problems) > 0 {
		return nil, &Error{Problems: problems}
	}
	out := &Set{Entries: make([]Entry, 0, len(s.Entries)+len(user.Entries))}
	for i := range s.Entries {
		if !taken[&s.Entries[i]] {
			out.Entries = append(out.Entries, s.Entries[i])
		}
	}
	out.Entries = append(out.Entries, user.Entries...)
	out.Patterns = append(slices.Clip(s.Patterns), user.Patterns...) // pattern! overrides (pattern.go)
	out.Examples = append(slices.Clip(s.Examples), user.Examples...)
	return out, nil
}
