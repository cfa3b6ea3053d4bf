package extract

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/unkg/unkg/rules"
)

// The relation pattern engine (rules/data/pattern/README.md): patterns are
// compiled once, indexed by the keys of the tokens their first element can
// match, and run by backtracking over the token stream of a document.

// compiled is one pattern ready to run.
type compiled struct {
	p     rules.Pattern
	root  *rules.Node
	index int
	group string // the id up to '/'
	at    string // FILE:LINE
	// reqKeys is what every match takes (pattern_require.go) but what
	// its anchor holds: a pattern is tried only in a document whose mask
	// meets it, and only in a clause whose mask meets clauseKeys (reqKeys
	// when its match stays in one clause, else what it takes before its
	// first clause break), before any backtracking; as bits in each
	// language's keyView.
	reqKeys, clauseKeys []reqAlt
	// nextKeys is what it takes after its first clause break, in the
	// clause that break opens (pattern_nextclause.go); nil for none
	nextKeys []reqAlt
	prog     *program // the MATCH expression as a flat program (pattern_prog.go)
}

// crossesClauses says whether a match of n may take a clause break.
func crossesClauses(n *rules.Node) bool {
	crosses := false
	n.Walk(func(x *rules.Node) {
		if x.Kind == rules.ElemBreak || x.Kind == rules.ElemStart {
			crosses = true
		}
	})
	return crosses
}

// patternSet is every compiled pattern, indexed by anchor key.
type patternSet struct {
	all       []*compiled
	byKey     map[string][]int    // token key -> patterns that may start there
	byTrigger map[string][]int    // the same for trigger keys, by trigger kind
	views     map[string]*keyView // by language: the keys' bits in a clause's mask (pattern_langbits.go)
	anyway    []int               // patterns whose first element can be any token
	anchors   sync.Map            // langSig -> *anchorInfo
	sets      map[string]*candSet // the candidate lists asked, by their bytes
	setsMu    sync.Mutex
	// families is triggerIDs.family, by which the runner tells a trigger's
	// family from its number
	families []uint16
}

func compilePatterns(set *rules.Set) *patternSet {
	ps := &patternSet{byKey: map[string][]int{}, byTrigger: map[string][]int{}}
	for _, p := range set.ActivePatterns() {
		group, _, _ := strings.Cut(p.ID, "/")
		c := &compiled{p: p, root: p.Match, index: len(ps.all), group: group, at: p.Pos.String()}
		prog, err := compileProgram(p.Match)
		if err != nil {
			panic(fmt.Sprintf("pattern %s at %s: %v (the parser let through what the compiler cannot run)", p.ID, c.at, err))
		}
		c.prog = prog
		// The first element's key, when it has one only, is met by the
		// anchor itself wherever the requirements are asked (the document's,
		// the clause's and the suffix's masks all hold the anchor's bits).
		keys, any := firstKeys(p.Match)
		anchored := ""
		if !any && len(keys) == 1 {
			for k := range keys {
				anchored = k
			}
		}
		c.reqKeys = reqKeys(requirement(p.Match), anchored)
		c.clauseKeys = c.reqKeys
		if crossesClauses(p.Match) {
			c.clauseKeys = reqKeys(requirement(clausePrefix(p.Match)), anchored)
			if next := nextClausePart(p.Match); next != nil {
				c.nextKeys = reqKeys(requirement(next), "")
			}
		}
		ps.all = append(ps.all, c)
		if any {
			ps.anyway = append(ps.anyway, c.index)
			continue
		}
		for k := range keys {
			if kind, ok := strings.CutPrefix(k, "trigger:"); ok {
				ps.byTrigger[kind] = append(ps.byTrigger[kind], c.index)
				continue
			}
			ps.byKey[k] = append(ps.byKey[k], c.index)
		}
	}
	ps.packPrograms()
	ps.buildViews()
	return ps
}

// packPrograms moves every pattern's program and its instructions into
// two arrays, in pattern order: a document tries its candidates in that
// order, and each program allocated on its own cost the run a cache miss
// or two a pattern tried. The programs are the same.
func (ps *patternSet) packPrograms() {
	n := 0
	for _, c := range ps.all {
		n += len(c.prog.insts)
	}
	progs := make([]program, len(ps.all))
	insts := make([]inst, 0, n)
	for i, c := range ps.all {
		at := len(insts)
		insts = append(insts, c.prog.insts...)
		progs[i] = program{insts: insts[at:len(insts):len(insts)], slots: c.prog.slots}
		c.prog = &progs[i]
	}
}

// keyBit is one key's bit in a mask of several words.
type keyBit struct {
	word int32
	bit  uint64
}

// keyBits is a set of keys' bits, one entry per word, in word order.
type keyBits []keyBit

func (kb keyBits) add(b keyBit) keyBits {
	for i := range kb {
		if kb[i].word == b.word {
			kb[i].bit |= b.bit
			return kb
		}
	}
	kb = append(kb, b)
	slices.SortFunc(kb, func(x, y keyBit) int { return int(x.word - y.word) })
	return kb
}

// meets says whether mask has one of kb's bits.
func (kb keyBits) meets(mask []uint64) bool {
	for _, b := range kb {
		if mask[b.word]&b.bit != 0 {
			return true
		}
	}
	return false
}

// firstKeys are the token keys the first consumed element of n can match;
// any is true when n may start with any token (or match nothing).
func firstKeys(n *rules.Node) (map[string]bool, bool) {
	keys := map[string]bool{}
	nullable := first(n, keys)
	return keys, nullable || keys["*"]
}

// first adds the keys of n's first element to keys and says whether n can
// match without consuming a token.
func first(n *rules.Node, keys map[string]bool) bool {
	switch n.Op {
	case rules.OpElem:
		keys[elemKey(n)] = true
		return false
	case rules.OpSeq:
		for _, k := range n.Kids {
			if !first(k, keys) {
				return false
			}
		}
		return true
	case rules.OpAlt:
		nullable := false
		for _, k := range n.Kids {
			if first(k, keys) {
				nullable = true
			}
		}
		return nullable
	case rules.OpRepeat:
		first(n.Kids[0], keys)
		return n.Min == 0
	case rules.OpGap:
		keys["*"] = true
		return true
	}
	return true // OpNot consumes nothing
}

func elemKey(n *rules.Node) string {
	switch n.Kind {
	case rules.ElemEntity:
		return "entity:" + n.Class
	case rules.ElemTrigger:
		return "trigger:" + n.Class
	case rules.ElemLiteral:
		return "trigger:lit:" + n.Class
	case rules.ElemBreak, rules.ElemStart:
		return "break"
	}
	return n.Kind
}

// capture is one token a named capture took.
type capture struct {
	name string
	tok  int
}

// match is one match of a pattern.
type match struct {
	c        *compiled
	from, to int // first and last token consumed
	caps     []capture
	phrases  []int // the trigger and literal tokens consumed
}

// failure is how far a pattern got from one anchor, for explain.
type failure struct {
	c        *compiled
	anchor   int
	furthest int    // the last token consumed
	at       string // the element that failed there
	elements int    // elements matched on the way
}

// runner runs the patterns over one token stream.
type runner struct {
	d        *doc
	toks     []token
	families []uint16 // patternSet.families
	caps     []capture
	path     []int         // trigger tokens consumed so far
	masks    []uint64      // per clause, the view's words: the bits of the keys in it
	docMask  []uint64      // the same for the whole document
	segs     []int32       // segment's cache, 0 when not counted yet
	tails    []int32       // tail's cache
	infos    []*anchorInfo // per token
	sc       *patScratch   // kept across documents (run makes one when nil)
	found    match         // the current attempt's match
	slots    []int32       // the current attempt's slots (pattern_prog.go)
	stack    []frame       // its backtracking stack
	// the captures and trigger tokens of the document's matches
	capArena    []capture
	phraseArena []int
	steps       int
	suffix      suffixFilter // pattern_suffix.go
	best        failure      // furthest point of the current attempt
	record      bool         // keep failures (explain)
	fails       []failure
}

// maxSteps bounds the backtracking of one pattern at one anchor, so a
// document costs O(tokens x patterns) whatever a pattern says.
const maxSteps = 4000

// state is where a match stands: the last token consumed and the gap
// allowed before the next one (gapNone: the very next token).
//
// Its numbers are 32 bits, so that a state fits in registers through the
// matcher's calls (there are far fewer than 2^31 tokens or words).
type state struct {
	last   int32
	gap    int32
	not    *elemTest // an element the gap must not step over
	except *elemTest // an element the next element's token must not be (!element)
	after  *elemTest // an element the next element's token must not come right after (!<element)
	// nearest: the next element takes the nearest token that matches it and
	// no later one (each repetition of a * or + group), so that a list costs
	// linear time, not a search over its subsets.
	nearest bool
	first   bool  // nothing consumed yet: the next element must be the anchor
	n       int32 // elements matched
}

const (
	gapNone = -2
	gapAny  = -1
)

// run finds every match of every pattern, in token order.
func (r *runner) run(ps *patternSet) []match {
	if r.sc == nil {
		r.sc = new(patScratch)
	}
	r.families = ps.families
	sc := r.sc
	// The matches and their captures live in arenas kept in the scratch
	// across documents (a document's matches are read before its release).
	out, arena := sc.matches[:0], sc.arena[:0]
	r.capArena, r.phraseArena = sc.capArena[:0], sc.phraseArena[:0]
	r.slots, r.stack = sc.slots[:0], sc.stack[:0]
	// What a token anchors and adds to its clause's mask depends only on
	// what it is (its rule meaning, kind and flags) and the document's
	// language: worked out once per kind of token, kept by the worker
	// (pattern_anchors.go).
	lang := r.d.lang
	ln := sc.table.begin(ps, lang)
	view := ps.view(lang)
	w, n := view.words, len(r.toks)
	// (The loops read the runner's slices through locals: stores through
	// r would make the compiler load them again at every turn.)
	r.segs, r.tails = slices.Grow(r.segs[:0], n)[:n], slices.Grow(r.tails[:0], n)[:n]
	clear(r.segs) // 0: not counted yet (tail, segment)
	clear(r.tails)
	r.masks = r.masks[:0]
	if n > 0 {
		size := (r.toks[n-1].clause + 1) * w
		r.masks = slices.Grow(r.masks, size)[:size]
		clear(r.masks)
	}
	r.docMask = slices.Grow(sc.docMask[:0], w)[:w]
	clear(r.docMask)
	sc.docMask = r.docMask // kept for the next document
	// The anchors: the tokens some pattern may start at.
	r.infos = slices.Grow(r.infos[:0], n)[:n]
	toks, infos, masks, docMask := r.toks, r.infos, r.masks, r.docMask
	anchors := sc.anchorToks[:0]
	table := &sc.table
	slots := table.slots
	for i := range toks {
		t := &toks[i]
		// table.lookup, its first slot inline
		k := anchorKey(t, ln)
		h := anchorHash(t.m, k) & (len(slots) - 1)
		in := slots[h].in
		if slots[h].k != k || slots[h].m != t.m {
			in = table.probe(ps, t, lang, k, h)
			slots = table.slots // it may have grown
		}
		infos[i] = in
		if len(in.cands) > 0 {
			anchors = append(anchors, int32(i))
		}
		mask := masks[t.clause*w : t.clause*w+w]
		for _, b := range in.bits {
			mask[b.word] |= b.bit
			docMask[b.word] |= b.bit
		}
	}
	sc.anchorToks = anchors
	r.reachMasks(w)
	next := r.nextMasks(w)
	r.suffix.clause = -1
	r.suffix.masks = sc.suffixMasks
	// docOK: per pattern, 0 not asked yet, 1 the document meets its
	// requirement, 2 it does not.
	docOK, clauseOK := r.docOK(len(ps.all))
	// live: per kind of anchor (its id), its candidates whose requirement
	// the document meets, worked out once per document: the entry of an
	// earlier document has an older generation. (Explain records every
	// attempt, so takes them all.)
	gen := sc.nextGen()
	r.d.work += len(toks)
	all, record, code := ps.all, r.record, view.code
	carena := sc.clauseArena[:0]
	for _, a32 := range anchors {
		a := int(a32)
		in := infos[a]
		r.d.work += len(in.cands)
		cands := in.cands
		if !record {
			id := in.setID
			if id >= len(sc.live) {
				sc.live = slices.Grow(sc.live, id+1-len(sc.live))[:id+1]
				sc.clauseLive = slices.Grow(sc.clauseLive, id+1-len(sc.clauseLive))[:id+1]
			}
			e := &sc.live[id]
			if e.gen != gen {
				start := len(arena)
				for _, pi := range in.cands {
					ok := docOK[pi]
					if ok == 0 {
						ok = 2
						if metCode(code, view.reqAt[pi], docMask) { // pattern_langbits.go
							ok = 1
						}
						docOK[pi] = ok
					}
					if ok == 1 {
						arena = append(arena, pi)
					}
				}
				e.gen, e.lo, e.hi = gen, int32(start), int32(len(arena))
			}
			if e.lo == e.hi {
				continue
			}
			// Of those, the ones whose needs the anchor's clause holds:
			// worked out once per set of candidates and clause (the names
			// of a list share one), each pattern's answer once per clause
			// (clauseOK: the clause + 1, negated when it does not).
			cl := toks[a].clause
			tag := int32(cl + 1)
			ce := &sc.clauseLive[id]
			if ce.gen != gen || ce.clause != tag {
				clause := masks[cl*w : cl*w+w]
				start := len(carena)
				for _, pi := range arena[e.lo:e.hi] {
					ok := clauseOK[pi]
					if ok != tag && ok != -tag {
						ok = tag
						if !metCode(code, view.clauseAt[pi], clause) || !metCode(code, view.nextAt[pi], next[cl*w:cl*w+w]) {
							ok = -tag
						}
						clauseOK[pi] = ok
					}
					if ok > 0 {
						carena = append(carena, pi)
					}
				}
				ce.gen, ce.clause, ce.lo, ce.hi = gen, tag, int32(start), int32(len(carena))
			}
			if ce.lo == ce.hi {
				continue
			}
			cands = carena[ce.lo:ce.hi]
		}
		for _, pi := range cands {
			c := all[pi]
			// And the tokens from the anchor on (pattern_suffix.go).
			if at := view.clauseAt[pi]; !record && at != 0 && !metCode(code, at, r.suffixAt(a, w)) {
				continue
			}
			r.caps, r.path, r.steps = r.caps[:0], r.path[:0], 0
			r.best = failure{c: c, anchor: a, furthest: a - 1}
			if r.exec(c, a) {
				out = append(out, r.found)
			} else if record && r.best.elements > 0 {
				r.fails = append(r.fails, r.best)
			}
		}
	}
	sc.clauseArena = carena
	sc.suffixMasks = r.suffix.masks
	sc.matches, sc.arena, sc.capArena, sc.phraseArena = out, arena, r.capArena, r.phraseArena
	sc.slots, sc.stack = r.slots[:0], r.stack[:0]
	return out
}

// tokenSig is what decides which patterns a token anchors.
type tokenSig struct {
	m               *meaning
	kind            tokKind
	dateline, organ bool
}

// anchorInfo is, for one kind of token, the patterns that may start at it
// (in the document's language) and its bits in a clause's mask.
type anchorInfo struct {
	set   *candSet // its candidates, shared with every kind of token that has the same
	setID int      // set.id, read by the run without a load of the set
	cands []int    // set.cands
	bits  keyBits
}

// candSet is a list of candidate patterns with its number in the pattern
// set, for a worker's per-document and per-clause answers: every name of
// a country anchors the same patterns, so their answers are asked once.
type candSet struct {
	id    int
	cands []int
}

// candSetOf is the set of cands, made the first time a list is asked.
func (ps *patternSet) candSetOf(cands []int) *candSet {
	b := make([]byte, 0, 4*len(cands))
	for _, pi := range cands {
		b = binary.LittleEndian.AppendUint32(b, uint32(pi))
	}
	key := string(b)
	ps.setsMu.Lock()
	defer ps.setsMu.Unlock()
	if cs, ok := ps.sets[key]; ok {
		return cs
	}
	if ps.sets == nil {
		ps.sets = map[string]*candSet{}
	}
	cs := &candSet{id: len(ps.sets), cands: cands}
	ps.sets[key] = cs
	return cs
}

// patScratch is the pattern engine's part of a worker's scratch, kept
// from one document to the next.
type patScratch struct {
	table       anchorTable // pattern_anchors.go
	infos       []*anchorInfo
	anchorToks  []int32
	docMask     []uint64
	docOK       []uint8
	clauseOK    []int32
	suffixMasks []uint64 // the suffix filter's buffer
	nextMasks   []uint64 // the next clause's filter's
	// live: by candSet id, the document's candidates (arena[lo:hi])
	// when gen is the document's; clauseLive: of those, the ones whose
	// needs the clause (tagged its number + 1) holds (clauseArena[lo:hi])
	live        []liveCands
	clauseLive  []clauseCands
	clauseArena []int
	gen         uint32

	matches     []match
	arena       []int
	capArena    []capture
	phraseArena []int
	// exec's slots and backtracking stack (pattern_prog.go), grown once
	// per worker, not once per document
	slots []int32
	stack []frame
}

type liveCands struct {
	gen    uint32
	lo, hi int32
}

type clauseCands struct {
	gen            uint32
	clause, lo, hi int32
}

// nextGen is a new document's generation of the live answers.
func (sc *patScratch) nextGen() uint32 {
	sc.gen++
	if sc.gen == 0 { // wrapped: no entry may look current
		clear(sc.live)
		clear(sc.clauseLive)
		sc.gen = 1
	}
	return sc.gen
}

// docOK gives cleared slices of n for the document's and the clauses'
// answers, kept in the scratch across documents.
func (r *runner) docOK(n int) ([]uint8, []int32) {
	ok, cl := slices.Grow(r.sc.docOK[:0], n)[:n], slices.Grow(r.sc.clauseOK[:0], n)[:n]
	clear(ok)
	clear(cl)
	r.sc.docOK, r.sc.clauseOK = ok, cl
	return ok, cl
}

// anchorFor is anchor's answer, kept across documents: it depends on the
// kind of token and the language only.
func (ps *patternSet) anchorFor(sig tokenSig, t *token, lang string) *anchorInfo {
	key := langSig{sig, lang}
	if in, ok := ps.anchors.Load(key); ok {
		return in.(*anchorInfo)
	}
	in, _ := ps.anchors.LoadOrStore(key, ps.anchor(t, lang))
	return in.(*anchorInfo)
}

type langSig struct {
	tokenSig
	lang string
}

func (ps *patternSet) anchor(t *token, lang string) *anchorInfo {
	in := &anchorInfo{}
	view := ps.view(lang)
	var keys []string
	add := func(list []int) {
		for _, pi := range list {
			if c := ps.all[pi]; (c.p.Lang == "" || c.p.Lang == lang) && !containsInt(in.cands, pi) {
				in.cands = append(in.cands, pi) // a language's patterns run on its documents only
			}
		}
	}
	for i, k := range t.keys(keys) {
		if i == 0 && t.kind == tkTrigger {
			add(ps.byTrigger[k])
			if b, ok := view.trigBits[k]; ok {
				in.bits = in.bits.add(b)
			}
			if family := triggerFamily(k); family != "" {
				add(ps.byTrigger[family])
				if b, ok := view.trigBits[family]; ok {
					in.bits = in.bits.add(b)
				}
			}
			continue
		}
		add(ps.byKey[k])
		if b, ok := view.bits[k]; ok {
			in.bits = in.bits.add(b)
		}
	}
	if t.kind == tkEntity {
		if b, ok := view.bits[entityIDKey(className(t.m.class), t.m.key)]; ok {
			in.bits = in.bits.add(b) // for the patterns that need this one entity
		}
	}
	add(ps.anyway)
	slices.Sort(in.cands) // in file order, as the patterns of a group are alternatives
	in.set = ps.candSetOf(in.cands)
	in.setID, in.cands = in.set.id, in.set.cands
	return in
}

// triggerFamily is the kind a <family> element matches for a trigger of
// kind family:value ("weekday" for weekday:2), else "".
func triggerFamily(key string) string {
	if family, _, ok := strings.Cut(key, ":"); ok && rules.TriggerFamilies[family] {
		return family
	}
	return ""
}

func containsInt(s []int, x int) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// nextIndex is the first token the next element may take.
func (r *runner) nextIndex(st state) int {
	if st.first {
		return int(st.last) + 1
	}
	if st.last < 0 {
		return 0
	}
	return int(r.toks[st.last].next)
}

// tail is the number of words from token i's end to the start of the
// token after it, counted up to limit+1 (enough to say a gap of at most
// limit words is exceeded), once per document for the largest limit
// asked. A cache entry is 1 + the count | the limit it was counted to <<
// 8 (0: not counted yet); a count above that limit is only "more than
// it". The counted answer is read inline; counting is out of line.
func (r *runner) tail(i, limit int) int {
	if v := r.tails[i] - 1; v >= 0 {
		if n, l := int(v&0xff), int(v>>8); n <= l || limit <= l {
			return n
		}
	}
	return r.countTail(i, limit)
}

func (r *runner) countTail(i, limit int) int {
	n := r.d.wordsIn(r.toks[i].end, r.toks[r.toks[i].next].start, limit)
	r.tails[i] = int32(n|limit<<8) + 1
	return n
}

// segment is the number of words from token j-1's start to token j's,
// counted as tail counts.
func (r *runner) segment(j, limit int) int {
	if v := r.segs[j] - 1; v >= 0 {
		if n, l := int(v&0xff), int(v>>8); n <= l || limit <= l {
			return n
		}
	}
	return r.countSegment(j, limit)
}

func (r *runner) countSegment(j, limit int) int {
	n := r.d.wordsIn(r.toks[j-1].start, r.toks[j].start, limit)
	r.segs[j] = int32(n|limit<<8) + 1
	return n
}

// fail records the element that could not be matched after the furthest point.
func (r *runner) fail(st state, n *rules.Node) {
	if !r.record {
		return // only explain reads the failures (r.fails)
	}
	if int(st.last) >= r.best.furthest && int(st.n) >= r.best.elements && r.best.at == "" {
		r.best.at = n.Text
	}
}

// test says whether token j matches element e.
func (r *runner) test(e *elemTest, j int) bool {
	t := &r.toks[j]
	switch e.kind {
	case elemBreak:
		return t.kind == tkBreak
	case elemStart:
		return t.kind == tkBreak && j < len(r.toks)-1
	case elemEntity:
		if t.kind != tkEntity || (!e.actor && t.m.class != e.cls) {
			return false
		}
		return e.id == "" || t.m.key == e.id
	case elemOrgan:
		return t.organ
	case elemDate:
		if t.kind != tkDate {
			return false
		}
		dt := r.d.dates[t.di]
		return dt.full() && (!e.strict || !dt.inferred)
	case elemDateline:
		return t.kind == tkDate && t.dateline
	case elemSymbol:
		return t.kind == tkSymbol && !t.own
	case elemMonth:
		return t.kind == tkMonth
	case elemTrigger: // its key or its family is the element's class
		return t.kind == tkTrigger && (t.kid == e.kid || r.families[t.kid] == e.kid)
	case elemLiteral:
		return t.kind == tkTrigger && t.kid == e.kid // "lit:" + the phrase
	case elemAnyOf:
		for _, a := range e.anyOf {
			if r.test(a, j) {
				return true
			}
		}
	}
	return false
}
