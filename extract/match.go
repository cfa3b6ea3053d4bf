package extract

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unkg/unkg/extract/aho"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/unkg/unkg/rules"
)

// class is what a gazetteer name stands for.
type class uint8

const (
	clsOrg class = iota
	clsCountry
	clsPerson
	clsMonth
	clsTrigger
	clsLangname
)

// meaning is one rule entry behind a pattern.
type meaning struct {
	class      class
	key        string // id, ISO3, slug, month number, trigger kind, language code
	lang       string // language of the first rule entry ("" for all)
	langs      uint8  // languages of the rule entries (langBit); 0 for all
	rule       string // rule id for provenance, as gazetteer/org
	id         string // entity id for org, country, person: org:AU
	name       string // the entity's display name (matcher.names[id])
	pos        rules.Pos
	exact      bool // all-capitals name: matches only in capitals
	acronymLen int  // bytes of the name as written, for the cross-language acronym rule
	capital    bool // name written with a capital letter (Latin, Cyrillic): the text must capitalize it too
	prefix     bool // trigger ending in '*': no word boundary on the right
	// Known from the key, for every token of the meaning: the family of a
	// trigger written family:value (triggerFamily), and whether an
	// organization is a UN organ whose meetings a document dates (organs).
	family string
	organ  bool
	// Known from the class and key, for group and accept: the pool of
	// longestLeftmostPerKind a trigger's hits go to (triggerPool), a
	// meeting number's trigger (no word boundary needed before it), the
	// mask trigger (it competes with names), and a topic or doctype:none
	// trigger (dropped once it has hidden the phrases inside it), and a
	// literal of punctuation only (no word: pattern_punct_literal.go).
	pool          uint8
	meetingNumber bool
	mask          bool
	hides         bool
	punct         bool
	// kid is a trigger's key as a number (triggerIDs), what the pattern
	// runner compares, copied into its tokens
	kid uint16
}

// The pools of longestLeftmostPerKind.
const (
	poolPhrase uint8 = iota
	poolDoctype
	poolRole
	poolLiteral
)

// triggerPool is the pool of longestLeftmostPerKind a hit of key goes to.
func triggerPool(key string) uint8 {
	switch {
	case strings.HasPrefix(key, "doctype:"):
		return poolDoctype
	case key == "role":
		return poolRole
	case strings.HasPrefix(key, "lit:"):
		return poolLiteral // a pattern's phrase hides no trigger phrase
	}
	return poolPhrase
}

// pattern is one folded name and everything it may mean.
type pattern struct {
	text     string
	meanings []meaning
	clitic   bool // Arabic name written with لل for ل + ال: only و and ف may precede
	// Known from the text, for the boundary checks of every match.
	wordStart   bool // begins with a letter or digit: the text before must not be one
	arabicStart bool // ... an Arabic one, which a proclitic may precede
	wordEnd     bool // ends with a letter or digit
}

// hit is a pattern found in the normalized text.
type hit struct {
	start, end int // normalized offsets
	m          *meaning
}

func (h hit) key() string { return h.m.key }

// matcher finds every rule name of every language in one pass.
type matcher struct {
	f        *folder
	tries    map[string]*langTrie // per document language: the names that can count in it
	patterns []pattern
	names    map[string]string // display name per org/country/person id
	members  map[string]bool   // ISO3 of Member States
	// personCountry is the country a person rule names (third column).
	personCountry map[string]string
	// officerCountry is the country of a person whose line says "officer"
	// (the President of the General Assembly; "officer:HRC", "officer:ECOSOC"
	// another organ's President): it is the presidency of a meeting of
	// officerOrgan's that person presides over (patternemit.go), nothing else.
	officerCountry map[string]string
	officerOrgan   map[string]string
	stopwords      *wordTable // wordKey of a folded stopword -> bit set of languages (langBit)
	// From the language profiles: the clitics written joined before an
	// Arabic-script name, the articles a clitic fuses with (ال after ل is
	// written لل), and the clitics that may precede such a fused spelling.
	clitics, fusedClitics map[string]bool
	articles              []rules.Article
	// langs are the languages of the rules, from their profiles: the
	// built-in six and any a --rules folder adds. A language's bit in a set
	// of languages is its index (at most eight).
	langs []string
	// unsg is the first meaning of org:UNSG, for the hits readers add
	// themselves (sg_surname.go); nil when the rules name no Secretary-General.
	unsg *meaning
	// triggers numbers the triggers' keys and families (meaning.kid)
	triggers triggerIDs
}

func newMatcher(f *folder, set *rules.Set) (*matcher, error) {
	m := &matcher{f: f, names: map[string]string{}, members: map[string]bool{}, personCountry: map[string]string{}, officerCountry: map[string]string{}, officerOrgan: map[string]string{},
		clitics: map[string]bool{}, fusedClitics: map[string]bool{}}
	latin := map[string]bool{} // languages of the Latin script, whose person names can be display names
	for _, p := range set.Profiles() {
		m.langs = append(m.langs, p.Lang)
		latin[p.Lang] = p.Script == "Latin"
		for _, c := range p.Clitics {
			m.clitics[f.foldString(c)] = true
		}
		for _, c := range p.FusedClitics {
			m.fusedClitics[f.foldString(c)] = true
		}
		for _, a := range p.Articles {
			m.articles = append(m.articles, rules.Article{Text: f.foldString(a.Text), Fused: f.foldString(a.Fused)})
		}
	}
	stopwords := map[uint64]uint8{}
	index := map[string]int{}
	add := func(text string, mn meaning) {
		if strings.HasSuffix(text, "*") && mn.class == clsTrigger {
			text = strings.TrimSuffix(text, "*")
			mn.prefix = true
		}
		mn.exact = isAllCaps(text)
		mn.acronymLen = len(text)
		mn.langs = m.langBit(mn.lang)
		mn.id = idFor(mn.class, mn.key)
		if first, _ := utf8.DecodeRuneInString(text); mn.class <= clsPerson && !mn.exact && unicode.IsUpper(first) {
			mn.capital = true
		}
		folded := f.foldString(text)
		if folded == "" {
			return
		}
		variants := []string{folded}
		// Arabic: ل + ال is written لل (للاتحاد): index that spelling too.
		for _, a := range m.articles {
			if rest, ok := strings.CutPrefix(folded, a.Text); ok {
				variants = append(variants, a.Fused+rest)
			}
		}
		for vi, v := range variants {
			i, ok := index[v]
			if !ok {
				i = len(m.patterns)
				index[v] = i
				first, _ := utf8.DecodeRuneInString(v)
				last, _ := utf8.DecodeLastRuneInString(v)
				m.patterns = append(m.patterns, pattern{text: v, clitic: vi > 0,
					wordStart: isWordRune(first), arabicStart: isArabic(first), wordEnd: isWordRune(last)})
			}
			p := &m.patterns[i]
			dup := false
			for k := range p.meanings {
				old := &p.meanings[k]
				if old.class == mn.class && old.key == mn.key && old.exact == mn.exact && old.prefix == mn.prefix {
					dup = true
					// a lower-case spelling of a capitalized name lets it match in any case
					old.capital = old.capital && mn.capital
					if old.langs != 0 {
						old.langs |= mn.langs
					}
					if mn.langs == 0 {
						old.langs = 0
					}
				}
			}
			if !dup {
				p.meanings = append(p.meanings, mn)
			}
		}
	}
	named := map[string]bool{}
	classOf := map[string]class{"org": clsOrg, "country": clsCountry, "person": clsPerson, "month": clsMonth, "trigger": clsTrigger, "langname": clsLangname}
	for _, e := range set.Entries {
		if e.Kind == "member" {
			m.members[e.Key] = true
			if !named["country:"+e.Key] && len(e.Extra) > 0 {
				m.names["country:"+e.Key] = e.Extra[0] // CLDR's, until a rule names it
			}
			continue
		}
		c, ok := classOf[e.Kind]
		if !ok {
			continue
		}
		// These are read as words by their own code, not searched for:
		// most are short and stand inside many other words.
		if e.Kind == "trigger" && (e.Key == "symbol-series" || e.Key == "range" || e.Key == "stopword" || e.Key == "wrap-word" ||
			e.Key == "date-filler" || e.Key == "ordinal" || e.Key == "abbreviation" || e.Key == "date-and" || e.Key == "date-between" || e.Key == "date-plural") {
			if e.Key == "stopword" {
				if k, ok := wordKey(f.foldString(e.Text)); ok {
					stopwords[k] |= m.langBit(e.Lang)
				}
			}
			continue
		}
		officer := ""
		if e.Kind == "person" && len(e.Extra) > 1 {
			officer = rules.PersonOfficerOrgan(e.Extra[1])
		}
		if officer != "" {
			m.officerCountry[e.Key] = "country:" + e.Extra[0]
			m.officerOrgan[e.Key] = officer
		} else if e.Kind == "person" && len(e.Extra) > 0 && e.Extra[0] != "" {
			m.personCountry[e.Key] = "country:" + e.Extra[0]
		}
		add(e.Text, meaning{class: c, key: e.Key, lang: e.Lang, rule: "gazetteer/" + e.Kind, pos: e.Pos})
		// Display names: the first English line of an id (for a country, the
		// UN's short name, over CLDR's).
		if e.Lang == "en" || (e.Kind == "person" && (e.Lang == "" || latin[e.Lang])) {
			id := idFor(c, e.Key)
			if _, ok := named[id]; !ok && id != "" {
				m.names[id] = e.Text
				named[id] = true
			}
		}
	}
	if len(m.langs) > 8 {
		return nil, fmt.Errorf("rules: %d languages (%s), at most 8", len(m.langs), strings.Join(m.langs, ", "))
	}
	if len(m.members) == 0 {
		return nil, fmt.Errorf("rules: no Member States (member/all.tsv)")
	}
	// Country names in the six languages come from CLDR.
	for _, e := range set.Kind("member") {
		region, err := language.ParseRegion(e.Text)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", e.Pos, err)
		}
		for _, lang := range m.langs {
			name := display.Regions(language.Make(lang)).Name(region)
			if name == "" {
				continue
			}
			add(name, meaning{class: clsCountry, key: e.Key, lang: lang, rule: "gazetteer/country-cldr"})
			// "Myanmar (Burma)": the name before the qualifier is used alone too.
			// ("Congo - Kinshasa" is not cut: "Congo" alone is two states.)
			if i := strings.Index(name, " ("); i > 0 {
				add(name[:i], meaning{class: clsCountry, key: e.Key, lang: lang, rule: "gazetteer/country-cldr"})
			}
		}
	}
	// One automaton per document language, over the names that can count in a
	// document of that language: a sixth of the states, so the scan stays in
	// cache. Every match is reported, overlapping ones included: overlaps are
	// resolved after boundary checks, per class.
	m.stopwords = newWordTable(stopwords)
	for i := range m.patterns {
		for k := range m.patterns[i].meanings {
			mn := &m.patterns[i].meanings[k]
			mn.name = m.names[mn.id]
			if mn.class == clsTrigger {
				mn.family = triggerFamily(mn.key)
			}
			mn.organ = mn.class == clsOrg && organs[mn.key]
			mn.pool = triggerPool(mn.key)
			// An assembly-meeting phrase ("th plenary meeting") follows the
			// meeting's number as a meeting number does ("50th plenary
			// meeting"): no word boundary before it either (organ_assembly.go).
			mn.meetingNumber = mn.class == clsTrigger && (mn.key == "meeting-number" || mn.key == "assembly-meeting")
			mn.mask = mn.key == "mask"
			mn.hides = mn.key == "topic" || mn.key == "doctype:none"
			mn.punct = punctLiteral(mn.key)
			if mn.class == clsTrigger {
				mn.kid = m.triggers.number(mn.key, mn.family)
			}
		}
	}
	if len(m.triggers.family) >= noTriggerID {
		return nil, fmt.Errorf("rules: %d trigger kinds and literal phrases, at most %d", len(m.triggers.family)-1, noTriggerID-1)
	}
	m.tries = map[string]*langTrie{}
	for _, lang := range m.langs {
		lt := &langTrie{}
		var texts []string
		bit := m.langBit(lang)
		for i := range m.patterns {
			p := &m.patterns[i]
			if !p.counts(bit) {
				continue
			}
			texts = append(texts, p.text)
			lt.candAt = append(lt.candAt, int32(len(lt.cands)))
			for k := range p.meanings {
				if mn := &p.meanings[k]; mn.countsIn(bit) {
					lt.cands = append(lt.cands, candidate{p, mn, candidateFlags(p, mn)})
				}
			}
		}
		lt.candAt = append(lt.candAt, int32(len(lt.cands)))
		lt.first = make([]firstCand, len(texts))
		for i := range lt.first {
			lo, hi := lt.candAt[i], lt.candAt[i+1]
			if lo == hi { // none (counts lets no such pattern in): no turn of find's loop
				lt.first[i] = firstCand{rest: lo + 1, end: lo}
				continue
			}
			lt.first[i] = firstCand{candidate: lt.cands[lo], rest: lo + 1, end: hi}
		}
		lt.trie = aho.Build(texts)
		m.tries[lang] = lt
	}
	m.unsg = m.meaningOf(clsOrg, "UNSG")
	return m, nil
}

// langTrie is the automaton of one language and, for each of its patterns,
// the meanings that count in that language: cands[candAt[i]:candAt[i+1]]
// for pattern i, so that a match is checked for those alone.
type langTrie struct {
	trie   *aho.Matcher
	cands  []candidate
	candAt []int32
	// first is, by pattern, its first candidate and where the others are
	// in cands (rest:end, mostly none): find reads one entry a match, where
	// candAt then cands took two loads from far apart.
	first []firstCand
}

type firstCand struct {
	candidate
	rest, end int32
}

// candidate is one meaning a match of its pattern may have, with what
// accept asks of the pattern and the meaning as bits (candidateFlags), so
// that find tells a match between non-word bytes accepted without reading
// either (they are scattered over the gazetteer's memory).
type candidate struct {
	p     *pattern
	mn    *meaning
	flags uint8
}

const (
	candWordStart = 1 << iota // accept tests the text before (p.wordStart, not a meeting number)
	candWordEnd               // ... and after (p.wordEnd, not a prefix)
	candCase                  // ... and the source's case (mn.exact or mn.capital)
)

func candidateFlags(p *pattern, mn *meaning) uint8 {
	var f uint8
	if p.wordStart && !mn.meetingNumber {
		f |= candWordStart
	}
	if p.wordEnd && !mn.prefix {
		f |= candWordEnd
	}
	if mn.exact || mn.capital {
		f |= candCase
	}
	return f
}

// counts says whether some meaning of the pattern counts in a document of lang.
func (p *pattern) counts(bit uint8) bool {
	for k := range p.meanings {
		if p.meanings[k].countsIn(bit) {
			return true
		}
	}
	return false
}

// countsIn says whether a name counts in a document of the language bit: names
// count in their own language, except acronyms of four letters or more
// (ECOWAS, CELAC in any text) and what UN headers print in English whatever
// the language (Distr.: General / 21 October 2021 / Original: Spanish).
func (mn *meaning) countsIn(bit uint8) bool {
	return mn.langs == 0 || mn.langs&bit != 0 || (mn.exact && mn.class == clsOrg && mn.acronymLen >= 4) ||
		mn.class == clsMonth || mn.class == clsLangname || (mn.class == clsTrigger && mn.key == "original")
}

// langBit is a language's bit in a set of languages; 0 for "" (every language).
func (m *matcher) langBit(lang string) uint8 {
	for i, l := range m.langs {
		if l == lang {
			return 1 << i
		}
	}
	return 0
}

func idFor(c class, key string) string {
	switch c {
	case clsOrg:
		return "org:" + key
	case clsCountry:
		return "country:" + key
	case clsPerson:
		return "person:" + key
	}
	return ""
}

// isAllCaps says whether a name is an acronym: only capitals of a cased script.
func isAllCaps(s string) bool {
	cased := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			cased = true
		}
	}
	return cased
}

// wordKey packs a word of up to 8 bytes (no NUL) into an integer: the
// language guess looks up every short word of a document's opening.
func wordKey(w string) (uint64, bool) {
	if len(w) == 0 || len(w) > 8 {
		return 0, false
	}
	var k uint64
	for i := 0; i < len(w); i++ {
		k |= uint64(w[i]) << (8 * i)
	}
	return k, true
}

// wordTable is a small open-addressing hash table from packed words
// (wordKey) to bits: the language guess looks up every short word of a
// document's opening, and a map of strings cost a twentieth of an extraction.
type wordTable struct {
	keys  []uint64 // 0 for an empty slot (no word packs to 0)
	vals  []uint8
	shift uint // 64 - log2(len(keys))
}

func newWordTable(words map[uint64]uint8) *wordTable {
	size, bits := 16, uint(4)
	for size < 4*len(words) {
		size, bits = size*2, bits+1
	}
	t := &wordTable{keys: make([]uint64, size), vals: make([]uint8, size), shift: 64 - bits}
	for k, v := range words {
		i := t.slot(k)
		for t.keys[i] != 0 {
			i = (i + 1) & (size - 1)
		}
		t.keys[i], t.vals[i] = k, v
	}
	return t
}

func (t *wordTable) slot(k uint64) int { return int((k * 0x9E3779B97F4A7C15) >> t.shift) }

// get returns the bits of word k, 0 if it is not in the table.
func (t *wordTable) get(k uint64) uint8 {
	mask := len(t.keys) - 1
	for i := t.slot(k); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.vals[i]
		case 0:
			return 0
		}
	}
}

// isWordRune says whether r is part of a word: a letter or digit, not Han
// (Chinese names are not delimited by word boundaries). folder.is answers from a table.
func isWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !unicode.Is(unicode.Han, r)
}

func isArabic(r rune) bool { return r >= 0x0600 && r <= 0x06FF }

// find returns the accepted hits of every class, each class sorted by start;
// raw is a buffer for the automaton's matches, kept across documents.
func (m *matcher) find(t *normText, src []byte, lang string, hits []hit, raw *[]aho.Match) []hit {
	lt := m.tries[lang]
	found := lt.trie.AppendMatches(*raw, t.s)
	*raw = found[:0]
	s, kind := t.s, m.f.kind
	first, cands := lt.first, lt.cands
	for _, x := range found {
		// The first candidate from first, in the entry of the pattern;
		// the others (a name of several meanings) from cands.
		f := &first[x.Pattern]
		for k := f.rest - 1; k < f.end; k++ {
			c := &f.candidate
			if k >= f.rest {
				c = &cands[k]
			}
			// accept's answer when the bytes either side are ASCII and no
			// word's (a space, punctuation) and the case is not asked:
			// it tests nothing else.
			if c.flags&candCase == 0 &&
				(c.flags&candWordStart == 0 || x.Start == 0 || s[x.Start-1] < utf8.RuneSelf && kind[s[x.Start-1]]&runeWord == 0) &&
				(c.flags&candWordEnd == 0 || x.End >= len(s) || s[x.End] < utf8.RuneSelf && kind[s[x.End]]&runeWord == 0) {
				hits = append(hits, hit{start: x.Start, end: x.End, m: c.mn})
				continue
			}
			if m.accept(t, src, x.Start, x.End, c.p, c.mn) {
				hits = append(hits, hit{start: x.Start, end: x.End, m: c.mn})
			}
		}
	}
	return hits
}

func (m *matcher) accept(t *normText, src []byte, st, e int, p *pattern, mn *meaning) bool {
	s := t.s
	if p.wordStart && st > 0 && !mn.meetingNumber {
		prev := rune(s[st-1])
		if prev >= utf8.RuneSelf {
			prev, _ = utf8.DecodeLastRuneInString(s[:st])
		}
		if m.f.is(prev, runeWord) && !gluedMonthStart(mn, p, s[st-1]) {
			if !p.arabicStart || !isArabic(prev) {
				return false
			}
			ws := st
			for ws > 0 {
				r, size := utf8.DecodeLastRuneInString(s[:ws])
				if !isArabic(r) || !m.f.is(r, runeLetter) {
					break
				}
				ws -= size
			}
			cl := s[ws:st]
			if p.clitic {
				if !m.fusedClitics[cl] {
					return false
				}
			} else if !m.clitics[cl] {
				return false
			}
		}
	}
	if p.wordEnd && e < len(s) && !mn.prefix {
		next := rune(s[e])
		if next >= utf8.RuneSelf {
			next, _ = utf8.DecodeRuneInString(s[e:])
		}
		if m.f.is(next, runeWord) && !gluedMonthEnd(mn, s, e) {
			return false
		}
	}
	if mn.exact {
		a, b := t.orig(st), srcEnd(t, src, e)
		for _, r := range string(src[a:b]) {
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	if mn.capital {
		if r, _ := utf8.DecodeRune(src[t.orig(st):]); unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// srcEnd is the source offset just after the rune that made normalized byte e-1.
func srcEnd(t *normText, src []byte, e int) int {
	if e <= 0 {
		return t.orig(0)
	}
	o := t.orig(e - 1)
	_, size := utf8.DecodeRune(src[o:])
	end := o + size
	// Swallow combining marks and, after a Cyrillic letter, the ending the stemmer dropped.
	cyr := false
	if r, _ := utf8.DecodeRune(src[o:]); r >= 0x0400 && r <= 0x04FF {
		cyr = true
	}
	for end < len(src) {
		r, size := utf8.DecodeRune(src[end:])
		if unicode.Is(unicode.Mn, r) || (cyr && r >= 0x0400 && r <= 0x04FF && unicode.IsLetter(r)) {
			end += size
			continue
		}
		break
	}
	return end
}

// hits grouped by class, overlaps resolved within a class (longest leftmost wins).
type hitSet struct {
	entities []hit // org, country, person
	months   []hit
	triggers []hit
	langs    []hit
}

// group sorts hits into the classes of hs (whose buffers it reuses) and
// resolves overlaps; pools are the buffers of longestLeftmostPerKind.
func group(hits []hit, hs *hitSet, pools *[4][]hit) hitSet {
	hs.entities, hs.months, hs.triggers, hs.langs = hs.entities[:0], hs.months[:0], hs.triggers[:0], hs.langs[:0]
	for _, h := range hits {
		switch h.m.class {
		case clsOrg, clsCountry, clsPerson:
			hs.entities = append(hs.entities, h)
		case clsTrigger:
			if h.m.mask {
				hs.entities = append(hs.entities, h) // competes with names, then goes
			} else {
				hs.triggers = append(hs.triggers, h)
			}
		case clsMonth:
			hs.months = append(hs.months, h)
		case clsLangname:
			hs.langs = append(hs.langs, h)
		}
	}
	hs.entities = longestLeftmost(hs.entities)
	kept := hs.entities[:0]
	for _, h := range hs.entities {
		if h.m.class != clsTrigger {
			kept = append(kept, h)
		}
	}
	hs.entities = kept
	hs.months = longestLeftmost(hs.months)
	hs.triggers = longestLeftmostPerKind(hs.triggers, pools)
	// A topic phrase has hidden the phrases inside it, and a doctype:none
	// word the doctype phrase inside it ("的信息", information, holds "的信",
	// a letter); they go too.
	phrases := hs.triggers[:0]
	for _, h := range hs.triggers {
		if !h.m.hides {
			phrases = append(phrases, h)
		}
	}
	hs.triggers = phrases
	hs.langs = longestLeftmost(hs.langs)
	return *hs
}

// sortHits sorts hits by start, the longest first at one start, keeping
// the order of equal ones. They come nearly sorted (the automaton reports
// them by end: only a name inside a longer one is out of place), so an
// insertion sort does it in about one pass; past a budget of moves it
// leaves the rest to the merge sort, which gives the same order.
func sortHits(h []hit) {
	budget := 4*len(h) + 16
	for i := 1; i < len(h); i++ {
		x := h[i]
		j := i
		for j > 0 && hitBefore(x, h[j-1]) {
			j--
		}
		if j == i {
			continue
		}
		copy(h[j+1:i+1], h[j:i])
		h[j] = x
		if budget -= i - j; budget < 0 {
			slices.SortStableFunc(h, func(a, b hit) int {
				if a.start != b.start {
					return a.start - b.start
				}
				return b.end - a.end
			})
			return
		}
	}
}

// hitBefore is sortHits' order: a before b.
func hitBefore(a, b hit) bool {
	return a.start < b.start || a.start == b.start && a.end > b.end
}

// longestLeftmost keeps, of overlapping hits, the one that starts first and,
// among those, the longest. Hits of one span with several meanings all stay.
func longestLeftmost(h []hit) []hit {
	sortHits(h)
	out := h[:0]
	end := -1
	lastStart, lastEnd := -1, -1
	for _, x := range h {
		if x.start == lastStart && x.end == lastEnd {
			out = append(out, x)
			continue
		}
		if x.start < end {
			continue
		}
		out = append(out, x)
		end, lastStart, lastEnd = x.end, x.start, x.end
	}
	return out
}

// longestLeftmostPerKind resolves overlaps among triggers of one pool: a
// document-type phrase or a role title never hides a phrase of
// another pool ("رسالة مؤرخة" is a letter and holds the date word مؤرخة).
// The patterns' literals keep every hit: one pattern's literal never hides
// another's.
func longestLeftmostPerKind(h []hit, pools *[4][]hit) []hit {
	const literal = int(poolLiteral)
	for k := range pools {
		pools[k] = pools[k][:0]
	}
	for _, x := range h {
		pools[x.m.pool] = append(pools[x.m.pool], x) // triggerPool, once per rule
	}
	out := h[:0] // every hit is in a pool now
	for k := range pools {
		if k == literal {
			// A pattern's phrase is its own: another pattern's longer
			// phrase over it hides it not ("president of the" fires
			// inside "president of the general assembly"). A pattern that
			// means "X not followed by Y" says so (X !Y).
			sortHits(pools[k])
			continue
		}
		pools[k] = longestLeftmost(pools[k])
	}
	// The pools are each in sortHits' order: merged, a tie going to the
	// earlier pool, they are in the order a stable sort of them one after
	// another gives, where that sort took a merge sort's passes.
	// The merge looks at the pools with hits left only, in pool order (a
	// tie still goes to the earlier); the last one left is copied whole
	// (most documents' triggers are all phrases: no merge at all).
	var at [len(pools)]int
	var live [len(pools)]int
	nlive := 0
	for k := range pools {
		if len(pools[k]) > 0 {
			live[nlive] = k
			nlive++
		}
	}
	for nlive > 1 {
		bk, best := 0, live[0]
		for i := 1; i < nlive; i++ {
			if k := live[i]; hitBefore(pools[k][at[k]], pools[best][at[best]]) {
				bk, best = i, k
			}
		}
		out = append(out, pools[best][at[best]])
		if at[best]++; at[best] == len(pools[best]) {
			nlive--
			copy(live[bk:], live[bk+1:nlive+1])
		}
	}
	if nlive == 1 {
		out = append(out, pools[live[0]][at[live[0]]:]...)
	}
	return out
}
