// Package rules holds unkg's extraction rules as data (gazetteers of
// organizations, countries and persons, month names, trigger phrases, for the
// six UN languages) and the code that loads and validates them.
//
// A rule file is UTF-8 text at KIND/LANG.tsv: one entry a line, columns
// separated by a tab, '#' starts a comment line. KIND is the folder
// (org, country, member, person, month, trigger, langname) and LANG the
// language of the names (ar, zh, en, fr, es, ru) or "all".
package rules

import (
	"bufio"
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
	"unicode/utf8"
)

//go:embed data
var builtin embed.FS

// Languages are the six official UN languages, in the UN's order.
var Languages = []string{"ar", "zh", "en", "fr", "ru", "es"}

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
	Pos   Pos
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
	"meeting": true, "meeting-number": true, "adoption": true, "reference": true,
	"presidency-after": true, "presidency-before": true, "month-scope": true,
	"chair-after": true, "chair-before": true,
	"attendance-after": true, "attendance-before": true, "attendance-negative": true,
	"proposals": true, "deadline": true, "docdate": true, "today": true, "yesterday": true, "visit": true, "future": true,
	"weekday:1": true, "weekday:2": true, "weekday:3": true, "weekday:4": true, "weekday:5": true, "weekday:6": true, "weekday:7": true,
	"un-meeting": true, "council": true, "range": true, "original": true,
	"stopword": true, "role": true, "symbol-series": true, "mask": true,
	"addressed-to": true, "sent-by": true, "sent-by-before": true, "topic": true,
	"date-filler": true, "ordinal": true, "abbreviation": true,
}

var kinds = map[string]func(e *Entry) error{
	"org":      checkOrg,
	"country":  checkISO3,
	"member":   checkMember,
	"person":   checkPerson,
	"month":    checkMonth,
	"trigger":  checkTrigger,
	"langname": checkLangname,
}

var (
	orgID    = regexp.MustCompile(`^[A-Z][A-Z0-9]*$`)
	iso3     = regexp.MustCompile(`^[A-Z]{3}$`)
	iso2     = regexp.MustCompile(`^[A-Z]{2}$`)
	slugRe   = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	langCode = map[string]bool{"ar": true, "zh": true, "en": true, "fr": true, "ru": true, "es": true}
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

func checkPerson(e *Entry) error {
	if !slugRe.MatchString(e.Key) {
		return fmt.Errorf("person slug %q: want lower-case latin words joined by '-', as ban-ki-moon", e.Key)
	}
	if len(e.Extra) > 0 && e.Extra[0] != "" && !iso3.MatchString(e.Extra[0]) {
		return fmt.Errorf("person %s: third column %q is not an ISO alpha-3 country code", e.Key, e.Extra[0])
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
	if !langCode[e.Key] && !regexp.MustCompile(`^[a-z]{2,3}$`).MatchString(e.Key) {
		return fmt.Errorf("language code %q: want an ISO 639-1 code, as en", e.Key)
	}
	return nil
}

func sortedKeys(m map[string]bool) []string { return slices.Sorted(maps.Keys(m)) }

// Builtin returns the rules embedded in the binary.
func Builtin() (*Set, error) {
	sub, err := fs.Sub(builtin, "data")
	if err != nil {
		return nil, err
	}
	return LoadFS(sub, "rules/data")
}

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
		} else if !langCode[lang] {
			problems = append(problems, fmt.Sprintf("%s: file name must be a language (ar, zh, en, fr, ru, es) or all, not %q", shown, lang))
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
	if !utf8.Valid(data) {
		return nil, []string{file + ": not UTF-8 text"}
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		pos := Pos{File: file, Line: line}
		if len(cols) < 2 {
			problems = append(problems, fmt.Sprintf("%s: want at least two tab-separated columns (key, text), got %q", pos, text))
			continue
		}
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		e := Entry{Kind: kind, Lang: lang, Key: cols[0], Text: cols[1], Extra: cols[2:], Pos: pos}
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
	if err := sc.Err(); err != nil {
		problems = append(problems, fmt.Sprintf("%s: %v", file, err))
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
