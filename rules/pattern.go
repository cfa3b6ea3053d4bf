package rules

import (
	"bufio"
	"bytes"
	"fmt"
	"maps"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pattern is one relation pattern of a pattern/LANG.tsv file (data/pattern/README.md).
type Pattern struct {
	ID       string
	Lang     string // "" for all languages
	Match    *Node
	Source   string // the MATCH column as written
	Emit     []Action
	Override bool // "pattern!": replaces a built-in pattern of the same id
	Pos      Pos
}

// Example is a positive or negative example of a pattern.
type Example struct {
	Pattern  string // the pattern's id
	Positive bool
	Text     string
	Facts    []string          // positive: "SUBJECT PREDICATE OBJECT"
	Preds    []string          // negative: predicates that must not be made (default: the pattern's)
	Context  map[string]string // date=, type=, lang=
	Lang     string            // the file's language, "" for all
	Pos      Pos
}

// NodeOp is the kind of a node of a MATCH expression.
type NodeOp uint8

const (
	OpElem     NodeOp = iota // one token test
	OpSeq                    // the kids one after the other
	OpAlt                    // one of the kids
	OpRepeat                 // Kids[0] from Min to Max times (Max -1: no bound)
	OpGap                    // at most Gap words before the next element (-1: any, inside the clause); Kids: the elements it must not step over (one, or the alternatives of "~!(<a> | <b>)")
	OpNot                    // the token the next element takes is not Kids[0]
	OpNotNext                // no token of Kids[0] follows the last one taken with no word between (a negative lookahead)
	OpNotAfter               // the token the next element takes does not come right after a token of Kids[0] (a negative lookbehind)
)

// TriggerFamilies are trigger kinds written family:value in trigger files
// (weekday:1 for Monday ... weekday:7 for Sunday, next-weekday:N for a weekday
// said to come); <family> in a pattern
// matches every value.
var TriggerFamilies = map[string]bool{"weekday": true, "next-weekday": true}

// MaxGap is the largest N of a ~N gap.
const MaxGap = 60

// Elem kinds.
const (
	ElemEntity   = "entity"   // Class org, country, person or actor; ID optional
	ElemOrgan    = "organ"    // a dated UN organ or <council>
	ElemDate     = "date"     // Strict: the year is printed
	ElemDateline = "dateline" // the date of a news dateline
	ElemMonth    = "month"    // a month without a day
	ElemSymbol   = "symbol"   // a document symbol
	ElemTrigger  = "trigger"  // Class: the trigger kind
	ElemLiteral  = "literal"  // Class: the phrase as written
	ElemBreak    = "break"    // $
	ElemStart    = "start"    // ^
)

// Node is a node of a compiled MATCH expression.
type Node struct {
	Op      NodeOp
	Kind    string // OpElem: one of the Elem kinds
	Class   string
	ID      string
	Strict  bool
	Kids    []*Node
	Min     int
	Max     int
	Gap     int
	Capture string // "" when not captured
	Text    string // the element as written, for explain
}

// Action is one action of an EMIT column: Name(Args...).
type Action struct {
	Name string
	Args []string
}

// actions are the EMIT actions and the kind of each argument: c a capture,
// d a capture or capture-1 (the day before), m a meeting expression, x a
// capture or '*', t a document type.
var actions = map[string]string{
	"meeting": "d", "notmeeting": "c", "notunmeeting": "c", "describes": "m", "references": "m",
	"attended": "cm", "notattended": "x", "notpresided": "c", "presidedBy": "mc", "chairedBy": "mc",
	"represents": "ccc", "sentBy": "c", "addressedTo": "c", "doctype": "t", "proposals": "m",
	"officerPresidedBy": "mcc", // round 32 (fixB): presidedBy(M, C) of a meeting of the organ capture O names only (extract/presidency_officer_organ.go)
	"actingPresidedBy":  "mc",  // round 36 (vpChair): presidedBy(M, C) that withdraws every presidency of M stated before it (extract/presidency_acting.go)
	"recalled":          "c",   // h-refs6: references(D) that outranks every pattern's describes(D) of D (a recall list's items)
}

// DocTypes are SCHEMA's doc.type values.
var DocTypes = map[string]bool{
	"letter": true, "summary": true, "concept-note": true, "draft-resolution": true, "resolution": true,
	"presidential-statement": true, "meeting-record": true, "press-release": true, "news": true,
	"report": true, "statement": true, "programme-of-work": true,
}

// Predicates returns the predicates a pattern's actions make, for its negative examples.
func (p *Pattern) Predicates() []string {
	var out []string
	add := func(s string) {
		for _, o := range out {
			if o == s {
				return
			}
		}
		out = append(out, s)
	}
	for _, a := range p.Emit {
		switch a.Name {
		case "meeting", "notmeeting", "notunmeeting":
			add("describes")
			add("references")
		case "recalled":
			add("references")
		case "describes", "references", "attended", "presidedBy", "chairedBy", "represents", "sentBy", "addressedTo":
			add(a.Name)
		case "notpresided", "officerPresidedBy", "actingPresidedBy":
			add("presidedBy")
		case "proposals":
			add("proposedAt")
		case "doctype":
			add("type")
		}
	}
	return out
}

// patternFile parses one pattern file into s. It returns the problems found,
// each "FILE:LINE: cause".
func (s *Set) patternFile(data []byte, file, name string) []string {
	lang := name
	if i := strings.IndexAny(lang, "-."); i >= 0 {
		lang = lang[:i]
	}
	if lang == "all" {
		lang = ""
	} else if !IsLanguage(lang) {
		return []string{fmt.Sprintf("%s: a pattern file's name starts with a language (%s) or all, not %q", file, LanguageList(), name)}
	}
	if !utf8.Valid(data) {
		return []string{file + ": not UTF-8 text"}
	}
	var problems []string
	bad := func(pos Pos, format string, a ...any) {
		problems = append(problems, pos.String()+": "+fmt.Sprintf(format, a...))
	}
	current := "" // the pattern the example lines belong to
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
		pos := Pos{File: file, Line: line}
		cols := strings.Split(text, "\t")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		switch cols[0] {
		case "pattern", "pattern!":
			current = ""
			if len(cols) != 4 {
				bad(pos, "a pattern line has 4 columns (pattern, ID, MATCH, EMIT), got %d", len(cols))
				continue
			}
			p, err := ParsePattern(cols[1], cols[2], cols[3])
			if err != nil {
				bad(pos, "%v", err)
				continue
			}
			p.Lang, p.Pos, p.Override = lang, pos, cols[0] == "pattern!"
			s.Patterns = append(s.Patterns, *p)
			current = p.ID
		case "examples":
			current = ""
			if len(cols) != 2 || !patternID.MatchString(cols[1]) {
				bad(pos, "want: examples<TAB>ID, with ID as group/name")
				continue
			}
			current = cols[1]
		case "+", "-":
			if current == "" {
				bad(pos, "example line without a pattern (put it after a pattern line or an examples line)")
				continue
			}
			ex, err := parseExample(cols)
			if err != nil {
				bad(pos, "%v", err)
				continue
			}
			ex.Pattern, ex.Lang, ex.Pos = current, lang, pos
			s.Examples = append(s.Examples, ex)
		default:
			bad(pos, "unknown line kind %q (want pattern, pattern!, examples, + or -)", cols[0])
		}
	}
	if err := sc.Err(); err != nil {
		problems = append(problems, fmt.Sprintf("%s: %v", file, err))
	}
	return problems
}

func parseExample(cols []string) (Example, error) {
	ex := Example{Positive: cols[0] == "+"}
	if len(cols) < 2 || cols[1] == "" {
		return ex, fmt.Errorf("an example needs its text in the second column")
	}
	if len(cols) > 4 {
		return ex, fmt.Errorf("an example has at most 4 columns, got %d", len(cols))
	}
	ex.Text = strings.ReplaceAll(cols[1], `\n`, "\n")
	rest := cols[2:]
	// The last column is the context when it is written key=value.
	if n := len(rest); n > 0 && isContext(rest[n-1]) {
		ctx, err := parseContext(rest[n-1])
		if err != nil {
			return ex, err
		}
		ex.Context, rest = ctx, rest[:n-1]
	}
	if len(rest) > 1 {
		return ex, fmt.Errorf("the fourth column of an example is its context (key=value ...)")
	}
	if len(rest) == 1 && rest[0] != "" {
		if ex.Positive {
			for _, f := range strings.Split(rest[0], " ; ") {
				f = strings.TrimSpace(f)
				if len(strings.Fields(f)) != 3 {
					return ex, fmt.Errorf("fact %q: want SUBJECT PREDICATE OBJECT", f)
				}
				ex.Facts = append(ex.Facts, strings.Join(strings.Fields(f), " "))
			}
		} else {
			for _, p := range strings.Split(rest[0], ",") {
				ex.Preds = append(ex.Preds, strings.TrimSpace(p))
			}
		}
	}
	if ex.Positive && len(ex.Facts) == 0 {
		return ex, fmt.Errorf("a positive example lists the facts it must give in its third column")
	}
	return ex, nil
}

func isContext(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && strings.Contains(f[0], "=") && !strings.Contains(s, " ; ")
}

var contextKeys = map[string]bool{"date": true, "type": true, "lang": true}

func parseContext(s string) (map[string]string, error) {
	out := map[string]string{}
	for _, kv := range strings.Fields(s) {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || !contextKeys[k] {
			return nil, fmt.Errorf("context %q: want date=YYYY-MM-DD, type=TYPE or lang=LL", kv)
		}
		if k == "type" && !DocTypes[v] {
			return nil, fmt.Errorf("context type %q is no document type", v)
		}
		out[k] = v
	}
	return out, nil
}

// ParsePatternFile parses the text of one pattern file into s; name is the
// file's name without .tsv (its language up to the first '-' or '.').
func (s *Set) ParsePatternFile(data []byte, file, name string) []string {
	return s.patternFile(data, file, name)
}

// CheckPatterns reports what holds across files: duplicate ids (without
// override) and example blocks of a pattern nobody defines.
func (s *Set) CheckPatterns() []string {
	var problems []string
	seen := map[string]Pos{}
	for _, p := range s.Patterns {
		if first, ok := seen[p.ID]; ok && !p.Override {
			problems = append(problems, fmt.Sprintf("%s: pattern %s is defined at %s already (write pattern! to override it)", p.Pos, p.ID, first))
			continue
		}
		seen[p.ID] = p.Pos
	}
	for _, ex := range s.Examples {
		if _, ok := seen[ex.Pattern]; !ok {
			problems = append(problems, fmt.Sprintf("%s: example of pattern %s, which no pattern file defines", ex.Pos, ex.Pattern))
		}
	}
	return problems
}

// ActivePatterns are the patterns in force: a later pattern! replaces the
// earlier one of its id.
func (s *Set) ActivePatterns() []Pattern {
	index := map[string]int{}
	var out []Pattern
	for _, p := range s.Patterns {
		if i, ok := index[p.ID]; ok {
			if p.Override {
				out[i] = p
			}
			continue
		}
		index[p.ID] = len(out)
		out = append(out, p)
	}
	return out
}

// ParsePattern parses a pattern's id, MATCH and EMIT columns and checks them
// together: every capture EMIT uses is bound in MATCH.
func ParsePattern(id, match, emit string) (*Pattern, error) {
	if !patternID.MatchString(id) {
		return nil, fmt.Errorf("pattern id %q: want group/name in lower case, as attendance/took-part", id)
	}
	n, err := ParseMatch(match)
	if err != nil {
		return nil, fmt.Errorf("pattern %s: MATCH: %w", id, err)
	}
	acts, err := parseEmit(emit)
	if err != nil {
		return nil, fmt.Errorf("pattern %s: EMIT: %w", id, err)
	}
	bound := map[string]bool{}
	n.walk(func(x *Node) {
		if x.Capture != "" {
			bound[x.Capture] = true
		}
	})
	for _, a := range acts {
		for i, arg := range a.Args {
			for _, c := range captureRefs(actions[a.Name][i], arg) {
				if !bound[c] {
					return nil, fmt.Errorf("pattern %s: EMIT %s uses capture %s, which MATCH does not bind", id, a.Name, c)
				}
			}
		}
	}
	return &Pattern{ID: id, Match: n, Source: match, Emit: acts}, nil
}

// captureRefs are the capture names an argument of type t uses.
func captureRefs(t byte, arg string) []string {
	switch t {
	case 'c':
		return []string{arg}
	case 'd':
		name, _ := SplitDayShift(arg)
		return []string{name}
	case 'x':
		if arg == "*" {
			return nil
		}
		return []string{arg}
	case 'm':
		if alts := strings.Split(arg, "|"); len(alts) > 1 {
			var out []string
			for _, a := range alts {
				out = append(out, captureRefs(t, strings.TrimSpace(a))...)
			}
			return out
		}
		switch {
		case arg == "@clause" || arg == "@doc" || arg == "@sole" || arg == "@month(this)":
			return nil
		case strings.HasPrefix(arg, "@month(") && strings.HasSuffix(arg, ")"):
			return []string{arg[len("@month(") : len(arg)-1]}
		}
		name, _ := SplitDayShift(arg)
		return []string{name}
	}
	return nil
}

func (n *Node) walk(f func(*Node)) {
	f(n)
	for _, k := range n.Kids {
		k.walk(f)
	}
}

// Walk calls f for n and every node below it.
func (n *Node) Walk(f func(*Node)) { n.walk(f) }

func parseEmit(s string) ([]Action, error) {
	var out []Action
	for _, part := range strings.Split(s, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		open := strings.IndexByte(part, '(')
		if open < 0 || !strings.HasSuffix(part, ")") {
			return nil, fmt.Errorf("action %q: want name(args)", part)
		}
		name := part[:open]
		types, ok := actions[name]
		if !ok {
			return nil, fmt.Errorf("unknown action %q (known: %s)", name, strings.Join(slices.Sorted(maps.Keys(actions)), ", "))
		}
		inner := part[open+1 : len(part)-1]
		var args []string
		depth, start := 0, 0
		for i, r := range inner {
			switch r {
			case '(':
				depth++
			case ')':
				depth--
			case ',':
				if depth == 0 {
					args = append(args, strings.TrimSpace(inner[start:i]))
					start = i + 1
				}
			}
		}
		args = append(args, strings.TrimSpace(inner[start:]))
		if len(args) != len(types) {
			return nil, fmt.Errorf("action %s takes %d arguments, got %d", name, len(types), len(args))
		}
		for i, a := range args {
			if err := checkArg(types[i], a); err != nil {
				return nil, fmt.Errorf("action %s: %w", name, err)
			}
		}
		out = append(out, Action{Name: name, Args: args})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no action")
	}
	return out, nil
}

func checkArg(t byte, a string) error {
	switch t {
	case 't':
		if !DocTypes[a] {
			return fmt.Errorf("%q is no document type", a)
		}
		return nil
	case 'm':
		if alts := strings.Split(a, "|"); len(alts) > 1 {
			for _, alt := range alts {
				if err := checkArg(t, strings.TrimSpace(alt)); err != nil {
					return err
				}
			}
			return nil
		}
		if strings.HasPrefix(a, "@") {
			switch {
			case a == "@clause", a == "@doc", a == "@sole", a == "@month(this)":
				return nil
			case strings.HasPrefix(a, "@month(") && strings.HasSuffix(a, ")") && isName(a[7:len(a)-1]):
				return nil
			}
			return fmt.Errorf("meeting %q: want a date capture, D-1, @clause, @doc, @sole or @month(M), or alternatives joined by |", a)
		}
		a, _ = SplitDayShift(a)
	case 'd':
		a, _ = SplitDayShift(a)
	case 'x':
		if a == "*" {
			return nil
		}
	}
	if !isName(a) {
		return fmt.Errorf("argument %q is no capture name", a)
	}
	return nil
}

func isName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(unicode.IsLetter(r) || r == '_' || (i > 0 && unicode.IsDigit(r))) {
			return false
		}
	}
	return true
}

// ParseMatch parses a MATCH expression.
func ParseMatch(s string) (*Node, error) {
	p := &matchParser{s: s}
	n, err := p.alt()
	if err != nil {
		return nil, err
	}
	p.space()
	if p.i < len(p.s) {
		return nil, fmt.Errorf("at column %d: unexpected %q", p.i+1, p.s[p.i:])
	}
	if n.Op == OpSeq && len(n.Kids) == 0 {
		return nil, fmt.Errorf("empty expression")
	}
	return n, nil
}

type matchParser struct {
	s string
	i int
}

func (p *matchParser) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t') {
		p.i++
	}
}

func (p *matchParser) errf(format string, a ...any) error {
	return fmt.Errorf("at column %d: %s", p.i+1, fmt.Sprintf(format, a...))
}

// alt := seq ('|' seq)*
func (p *matchParser) alt() (*Node, error) {
	first, err := p.seq()
	if err != nil {
		return nil, err
	}
	kids := []*Node{first}
	for {
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != '|' {
			break
		}
		p.i++
		n, err := p.seq()
		if err != nil {
			return nil, err
		}
		kids = append(kids, n)
	}
	if len(kids) == 1 {
		return first, nil
	}
	for _, k := range kids {
		if len(k.Kids) == 0 && k.Op == OpSeq {
			return nil, p.errf("empty alternative")
		}
	}
	return &Node{Op: OpAlt, Kids: kids}, nil
}

// seq := item*
func (p *matchParser) seq() (*Node, error) {
	n := &Node{Op: OpSeq}
	for {
		p.space()
		if p.i >= len(p.s) || p.s[p.i] == '|' || p.s[p.i] == ')' {
			return n, nil
		}
		it, err := p.item()
		if err != nil {
			return nil, err
		}
		n.Kids = append(n.Kids, it)
	}
}

// gapExcluded is what a gap must not step over: one element ("~!<meeting>"),
// or each element of an alternation of single elements ("~!(<meeting> | <adoption>)").
func gapExcluded(a *Node) ([]*Node, bool) {
	if a.Op == OpElem {
		return []*Node{a}, true
	}
	if a.Op != OpAlt {
		return nil, false
	}
	var out []*Node
	for _, k := range a.Kids {
		if k.Op == OpSeq && len(k.Kids) == 1 {
			k = k.Kids[0]
		}
		if k.Op != OpElem || k.Capture != "" {
			return nil, false
		}
		out = append(out, k)
	}
	return out, true
}

// item := '~' N? | '!' atom | [NAME ':'] atom quant?
func (p *matchParser) item() (*Node, error) {
	start := p.i
	switch p.s[p.i] {
	case '~':
		p.i++
		j := p.i
		for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
			p.i++
		}
		gap := -1
		if p.i > j {
			gap, _ = strconv.Atoi(p.s[j:p.i])
			if gap > MaxGap {
				return nil, fmt.Errorf("at column %d: a gap of %d words: at most ~%d (write ~ for any gap in the clause)", start+1, gap, MaxGap)
			}
		}
		n := &Node{Op: OpGap, Gap: gap}
		// ~N!element: a gap that steps over no token of that element.
		if p.i < len(p.s) && p.s[p.i] == '!' {
			p.i++
			a, err := p.atom()
			if err != nil {
				return nil, err
			}
			kids, ok := gapExcluded(a)
			if !ok {
				return nil, p.errf("a gap excludes one element or an alternation of elements, (<a> | <b>), not a group")
			}
			n.Kids = kids
		}
		n.Text = p.s[start:p.i]
		return n, nil
	case '!':
		p.i++
		// !>element: what the last element took is not followed by that
		// element ("的决议" !>"草案": a resolution, not a draft).
		// !<element: the next element's token does not come right after
		// that element (!<"qualité de" "président du cps").
		// (!<kind> is a negated trigger: a lookbehind's "<" is followed by
		// the element's own opening, '"', '{' or '<', or a space.)
		lookbehind := p.i+1 < len(p.s) && p.s[p.i] == '<' && strings.IndexByte("\"{< ", p.s[p.i+1]) >= 0
		if lookbehind {
			p.i++
			for p.i < len(p.s) && p.s[p.i] == ' ' {
				p.i++
			}
		}
		lookahead := !lookbehind && p.i < len(p.s) && p.s[p.i] == '>'
		if lookahead {
			p.i++
			for p.i < len(p.s) && p.s[p.i] == ' ' {
				p.i++
			}
			if start == 0 {
				return nil, p.errf("!> follows an element; it cannot open a pattern")
			}
		}
		a, err := p.atom()
		if err != nil {
			return nil, err
		}
		if a.Op != OpElem {
			return nil, p.errf("! takes one element, not a group")
		}
		if lookbehind {
			return &Node{Op: OpNotAfter, Kids: []*Node{a}, Text: p.s[start:p.i]}, nil
		}
		if lookahead {
			return &Node{Op: OpNotNext, Kids: []*Node{a}, Text: p.s[start:p.i]}, nil
		}
		return &Node{Op: OpNot, Kids: []*Node{a}, Text: p.s[start:p.i]}, nil
	}
	capture := ""
	j := p.i
	for j < len(p.s) {
		r, size := utf8.DecodeRuneInString(p.s[j:])
		if !(unicode.IsLetter(r) || r == '_' || (j > p.i && unicode.IsDigit(r))) {
			break
		}
		j += size
	}
	if j > p.i && j < len(p.s) && p.s[j] == ':' {
		capture = p.s[p.i:j]
		p.i = j + 1
	} else if j > p.i {
		return nil, p.errf("bare word %q: write a literal phrase in double quotes", p.s[p.i:j])
	}
	a, err := p.atom()
	if err != nil {
		return nil, err
	}
	a.Capture = capture
	if p.i < len(p.s) {
		switch p.s[p.i] {
		case '?', '*', '+':
			q := p.s[p.i]
			p.i++
			r := &Node{Op: OpRepeat, Kids: []*Node{a}, Min: 0, Max: 1, Text: p.s[start:p.i]}
			switch q {
			case '*':
				r.Max = -1
			case '+':
				r.Min, r.Max = 1, -1
			}
			return r, nil // a capture on the element collects every repetition
		}
	}
	return a, nil
}

// atom := '(' alt ')' | '{' ... '}' | '<' kind '>' | '"' words '"' | '$' | '^'
func (p *matchParser) atom() (*Node, error) {
	p.space()
	if p.i >= len(p.s) {
		return nil, p.errf("expression ends where an element is wanted")
	}
	start := p.i
	switch c := p.s[p.i]; c {
	case '(':
		p.i++
		n, err := p.alt()
		if err != nil {
			return nil, err
		}
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != ')' {
			return nil, p.errf("missing )")
		}
		p.i++
		if n.Op != OpSeq && n.Op != OpAlt {
			n = &Node{Op: OpSeq, Kids: []*Node{n}}
		}
		n.Text = p.s[start:p.i]
		return n, nil
	case '{', '<', '"':
		closer := map[byte]byte{'{': '}', '<': '>', '"': '"'}[c]
		k := strings.IndexByte(p.s[p.i+1:], closer)
		if k < 0 {
			return nil, p.errf("missing %c", closer)
		}
		body := p.s[p.i+1 : p.i+1+k]
		p.i += k + 2
		n := &Node{Op: OpElem, Text: p.s[start:p.i]}
		switch c {
		case '<':
			if !TriggerKinds[body] && !TriggerFamilies[body] {
				return nil, fmt.Errorf("at column %d: unknown trigger kind <%s>", start+1, body)
			}
			n.Kind, n.Class = ElemTrigger, body
		case '"':
			if strings.TrimSpace(body) == "" {
				return nil, fmt.Errorf("at column %d: empty literal", start+1)
			}
			n.Kind, n.Class = ElemLiteral, body
		case '{':
			if err := braceElem(n, body); err != nil {
				return nil, fmt.Errorf("at column %d: %w", start+1, err)
			}
		}
		return n, nil
	case '$':
		p.i++
		return &Node{Op: OpElem, Kind: ElemBreak, Text: "$"}, nil
	case '^':
		p.i++
		return &Node{Op: OpElem, Kind: ElemStart, Text: "^"}, nil
	}
	return nil, p.errf("unexpected %q", p.s[p.i:])
}

func braceElem(n *Node, body string) error {
	cls, id, hasID := strings.Cut(body, ":")
	switch cls {
	case "org", "country", "person", "actor":
		n.Kind, n.Class = ElemEntity, cls
		if hasID {
			if id == "" || cls == "actor" {
				return fmt.Errorf("{%s}: want {class:ID}, as {org:AU}", body)
			}
			n.ID = id
		}
		return nil
	case "organ", "month", "symbol", "date", "date!", "dateline":
		if hasID {
			return fmt.Errorf("{%s} takes no id", body)
		}
		n.Kind = map[string]string{"organ": ElemOrgan, "month": ElemMonth, "symbol": ElemSymbol, "date": ElemDate, "date!": ElemDate, "dateline": ElemDateline}[cls]
		n.Strict = cls == "date!"
		return nil
	}
	return fmt.Errorf("unknown element {%s} (known: org, country, person, actor, organ, date, date!, dateline, month, symbol)", body)
}

// Literals are the literal phrases of the patterns, which the matcher
// finds with the trigger phrases; the key of each is "lit:" + the phrase.
func (s *Set) Literals() []Entry {
	var out []Entry
	seen := map[string]bool{}
	for _, p := range s.ActivePatterns() {
		p.Match.walk(func(n *Node) {
			if n.Kind == ElemLiteral && !seen[p.Lang+"\x00"+n.Class] {
				seen[p.Lang+"\x00"+n.Class] = true
				out = append(out, Entry{Kind: "trigger", Lang: p.Lang, Key: "lit:" + n.Class, Text: n.Class, Pos: p.Pos})
			}
		})
	}
	return out
}

var patternID = regexp.MustCompile(`^[a-z0-9-]+/[a-z0-9-]+$`)

// isPatternDir says whether a rule file path is a pattern file.
func isPatternDir(dir string) bool { return path.Base(path.Clean(dir)) == "pattern" }
