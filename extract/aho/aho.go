// Package aho finds every occurrence of many patterns in one pass
// (Aho-Corasick), reporting overlapping matches.
//
// Patterns and text are read as UTF-8 symbols: a two-byte sequence (Arabic,
// Cyrillic, accented Latin letters) is one symbol, any other byte is one. That
// halves the steps through Arabic and Russian text. Matches start and end on
// character boundaries; in valid UTF-8 those are all the matches there are.
//
// It is built for a large gazetteer scanned over many small documents: the
// shallow states, where a scan spends nearly all its time, have full DFA rows
// over symbol classes (the most used first); deeper states keep
// sparse edges and fail links. That keeps
// the automaton of some 60,000 states at a few megabytes, where a full DFA
// with 8-byte state ids (github.com/petar-dambovaliev/aho-corasick) took 130 MB
// and half a second to build, and 2 KB a state (github.com/BobuSumisu/aho-corasick)
// would take more.
package aho

import (
	"sort"
	"unsafe"
)

// denseStates is how many of the shallowest states get a full DFA row.
// 2048, not 4096: the rows of one language's automaton take half the memory
// (about 1.5 MB less), which matters more in a whole extraction, where the
// other stages push the rows out of cache between documents, than the few
// extra steps through sparse states (unkg bench, one core: 1.05x MB per
// CPU-second, median of 8 paired runs; BenchmarkMatch not slower).
const denseStates = 2048

// Matcher is a compiled set of patterns. It is safe for concurrent use.
type Matcher struct {
	byteClass [256]uint16 // one-byte symbol -> class; 0 for symbols no pattern has
	// stepClass is byteClass for the scan: pairLead for a byte that leads
	// a two-byte symbol (0xC2 to 0xDF), so that a step tells the common
	// one-byte symbol by one comparison of the class it loads.
	stepClass [256]uint16
	pairClass [2048]uint16 // two-byte symbol (by its code point, U+0080 to U+07FF) -> class
	nclass    int

	// The dense rows: trans[s*nclass+c] is the transition of state s <
	// ndense on class c (see overflow). Classes are numbered most used
	// first, so the common ones of a row share its first cache lines.
	trans  []uint16
	ndense int32
	// events: the targets, flagged, of the transitions that leave the
	// dense rows' plain steps, by their entry - ndense; eventLimit is
	// what an entry may reach (overflow, but in a test)
	events     []int32
	eventLimit int

	edgeStart []int32 // edges of state s: edgeClass/edgeTo[edgeStart[s]:edgeStart[s+1]]
	edgeClass []uint16
	edgeTo    []int32 // flagged, see hasOutput
	fail      []int32
	nodes     []node // per state, what a scan reads of a state without a dense row

	pattern []int32 // pattern ending at the state, -1 if none
	dict    []int32 // nearest state on the fail chain with a pattern, -1 if none
	length  []int32 // length of each pattern
	maxLen  int32   // longest pattern
	// outs is pattern, dict and the pattern's length by state in one
	// entry, what report reads of a state: one cache line a state where
	// three arrays took three.
	outs []output
}

type output struct {
	pattern, dict, length int32 // length: of pattern, when there is one
}

// Build compiles patterns; match reports use their indexes. Empty patterns are ignored.
func Build(patterns []string) *Matcher { return build(patterns, overflow) }

// build is Build with the dense rows' entries limited to eventLimit (at
// most overflow): a test lowers it to make the rows overflow.
func build(patterns []string, eventLimit int) *Matcher {
	m := &Matcher{length: make([]int32, len(patterns)), eventLimit: eventLimit}
	// Symbol classes: every symbol used by a pattern gets its own.
	// Classes are numbered by how often the patterns use them, most first:
	// the symbols a text of the patterns' script is made of then sit in the
	// first cache lines of every dense row, and a scan touches fewer lines.
	count := map[*uint16]int{}
	var slots []*uint16
	for _, p := range patterns {
		for i := 0; i < len(p); {
			c, size := m.symbol(p, i)
			if count[c] == 0 {
				slots = append(slots, c)
			}
			count[c]++
			i += size
		}
	}
	sort.SliceStable(slots, func(a, b int) bool { return count[slots[a]] > count[slots[b]] })
	for k, c := range slots {
		*c = uint16(k + 1) // class 0 is the symbols no pattern has
	}
	m.nclass = len(slots) + 1
	m.stepClass = m.byteClass
	for c := 0xC2; c < 0xE0; c++ {
		m.stepClass[c] = pairLead
	}

	// The trie, with states numbered in insertion order.
	type edge struct {
		c  uint16
		to int32
	}
	children := [][]edge{nil}
	pattern := []int32{-1}
	depth := []int32{0}
	for pi, p := range patterns {
		m.length[pi] = int32(len(p))
		m.maxLen = max(m.maxLen, int32(len(p)))
		if p == "" {
			continue
		}
		s := int32(0)
		for i := 0; i < len(p); {
			cp, size := m.symbol(p, i)
			c := *cp
			i += size
			next := int32(-1)
			for _, e := range children[s] {
				if e.c == c {
					next = e.to
					break
				}
			}
			if next < 0 {
				next = int32(len(children))
				children = append(children, nil)
				pattern = append(pattern, -1)
				depth = append(depth, depth[s]+1)
				children[s] = append(children[s], edge{c, next})
			}
			s = next
		}
		if pattern[s] < 0 {
			pattern[s] = int32(pi)
		}
	}

	// Renumber states breadth first, so the shallowest come first.
	n := len(children)
	order := make([]int32, 0, n)
	order = append(order, 0)
	for i := 0; i < len(order); i++ {
		for _, e := range children[order[i]] {
			order = append(order, e.to)
		}
	}
	newID := make([]int32, n)
	for i, s := range order {
		newID[s] = int32(i)
	}

	m.pattern = make([]int32, n)
	m.fail = make([]int32, n)
	m.dict = make([]int32, n)
	m.edgeStart = make([]int32, n+1)
	for i, s := range order {
		m.pattern[i] = pattern[s]
		es := children[s]
		sort.Slice(es, func(a, b int) bool { return es[a].c < es[b].c })
		m.edgeStart[i] = int32(len(m.edgeClass))
		for _, e := range es {
			m.edgeClass = append(m.edgeClass, e.c)
			m.edgeTo = append(m.edgeTo, newID[e.to])
		}
	}
	m.edgeStart[n] = int32(len(m.edgeClass))

	// Fail and dictionary links, breadth first.
	m.fail[0] = 0
	m.dict[0] = -1
	for s := int32(0); s < int32(n); s++ {
		for k := m.edgeStart[s]; k < m.edgeStart[s+1]; k++ {
			c, t := m.edgeClass[k], m.edgeTo[k]
			if s == 0 {
				m.fail[t] = 0
			} else {
				f := m.fail[s]
				for {
					if g := m.gotoEdge(f, c); g >= 0 {
						m.fail[t] = g
						break
					}
					if f == 0 {
						m.fail[t] = 0
						break
					}
					f = m.fail[f]
				}
			}
			if f := m.fail[t]; m.pattern[f] >= 0 {
				m.dict[t] = f
			} else {
				m.dict[t] = m.dict[f]
			}
		}
	}

	m.ndense = int32(min(n, denseStates))
	m.renumberDeep()

	flag := func(t int32) int32 {
		if m.pattern[t] >= 0 || m.dict[t] >= 0 {
			return t | hasOutput
		}
		return t
	}
	for k := range m.edgeTo {
		m.edgeTo[k] = flag(m.edgeTo[k])
	}
	m.outs = make([]output, n)
	for s := range m.outs {
		o := output{pattern: m.pattern[s], dict: m.dict[s]}
		if o.pattern >= 0 {
			o.length = m.length[o.pattern]
		}
		m.outs[s] = o
	}
	m.nodes = make([]node, n)
	for st := range m.nodes {
		nd := node{class: noEdge, fail: m.fail[st]}
		if a, b := m.edgeStart[st], m.edgeStart[st+1]; b > a {
			nd.class, nd.to, nd.more, nd.rest = m.edgeClass[a], m.edgeTo[a], uint16(b-a-1), a+1
		}
		m.nodes[st] = nd
	}

	// Dense rows for the shallowest states: complete transitions. A row is
	// its fail state's row (shallower, so done already) with its own edges
	// written over it.
	nc := m.nclass
	m.trans = make([]uint16, int(m.ndense)*nc)
	index := map[int32]uint16{} // target, flagged -> its event entry
	for s := int32(0); s < m.ndense; s++ {
		row := m.trans[int(s)*nc : int(s+1)*nc]
		if s != 0 {
			copy(row, m.trans[int(m.fail[s])*nc:])
		}
		for k := m.edgeStart[s]; k < m.edgeStart[s+1]; k++ {
			row[m.edgeClass[k]] = m.entry(m.edgeTo[k], index) // flagged already
		}
	}
	return m
}

// renumberDeep numbers the states without a dense row (from ndense on) in
// depth-first order of the trie, where breadth-first order (which the fail
// links were computed in, and the dense rows need) put each step of a long
// name far from the last: a scan through a name reads its states one after
// another, a few to a cache line. The automaton is the same; only the
// deep states' numbers change. Called before the edges are flagged.
func (m *Matcher) renumberDeep() {
	n := int32(len(m.fail))
	if n <= m.ndense {
		return
	}
	perm := make([]int32, n) // old number -> new
	for s := int32(0); s < m.ndense; s++ {
		perm[s] = s
	}
	next := m.ndense
	stack := []int32{0}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if s >= m.ndense {
			perm[s] = next
			next++
		}
		for k := m.edgeStart[s+1] - 1; k >= m.edgeStart[s]; k-- {
			stack = append(stack, m.edgeTo[k]) // the first edge's child first
		}
	}
	inv := make([]int32, n)
	for s, t := range perm {
		inv[t] = int32(s)
	}
	pattern, fail, dict := make([]int32, n), make([]int32, n), make([]int32, n)
	edgeStart := make([]int32, n+1)
	edgeClass := make([]uint16, 0, len(m.edgeClass))
	edgeTo := make([]int32, 0, len(m.edgeTo))
	for t := int32(0); t < n; t++ {
		s := inv[t]
		pattern[t] = m.pattern[s]
		fail[t] = perm[m.fail[s]]
		dict[t] = -1
		if d := m.dict[s]; d >= 0 {
			dict[t] = perm[d]
		}
		edgeStart[t] = int32(len(edgeClass))
		for k := m.edgeStart[s]; k < m.edgeStart[s+1]; k++ {
			edgeClass = append(edgeClass, m.edgeClass[k])
			edgeTo = append(edgeTo, perm[m.edgeTo[k]])
		}
	}
	edgeStart[n] = int32(len(edgeClass))
	m.pattern, m.fail, m.dict, m.edgeStart, m.edgeClass, m.edgeTo = pattern, fail, dict, edgeStart, edgeClass, edgeTo
}

// entry is the dense row entry of a transition to t (flagged): the target
// for a plain step to a dense state without output, else an event (its
// index in events, numbered on from ndense, a new one in index), or
// overflow when events has no more room.
func (m *Matcher) entry(t int32, index map[int32]uint16) uint16 {
	if id := t &^ hasOutput; t >= 0 && id < m.ndense {
		return uint16(id)
	}
	v, ok := index[t]
	if !ok {
		if int(m.ndense)+len(m.events) >= m.eventLimit {
			return overflow
		}
		v = uint16(int(m.ndense) + len(m.events))
		m.events = append(m.events, t)
		index[t] = v
	}
	return v
}

// cell is the transition of the dense state s on class c, flagged.
func (m *Matcher) cell(s int32, c uint16) int32 {
	v := m.trans[int(s)*m.nclass+int(c)]
	if int32(v) < m.ndense {
		return int32(v)
	}
	return m.event(v, int(s)*m.nclass, c)
}

// event is the target, flagged, of the dense row entry v, on class c in
// the row at offset row, that is no plain step.
func (m *Matcher) event(v uint16, row int, c uint16) int32 {
	if v != overflow {
		return m.events[int32(v)-m.ndense]
	}
	return m.resolve(int32(row/m.nclass), c)
}

// resolve is the transition of the dense state s on class c, flagged, from
// the trie: its edge on c, else its fail state's transition. Only the
// entries past eventLimit take it (none in a gazetteer of some 60,000
// states: its dense rows lead to fewer distinct states).
func (m *Matcher) resolve(s int32, c uint16) int32 {
	for {
		if t, ok := m.edge(s, c); ok {
			return t
		}
		if s == 0 {
			return 0
		}
		s = m.fail[s]
	}
}

// node is a state as a scan through states without dense rows reads it:
// its first edge inline (a state deep in a name mostly has one) and its fail
// link, in one cache line, where the edge arrays and fail links took a few.
type node struct {
	class uint16 // class of the first edge; noEdge if there is none
	more  uint16 // edges after the first, at edgeClass/edgeTo[rest:]
	to    int32  // the first edge's target, flagged
	fail  int32
	rest  int32
}

const noEdge = 1<<16 - 1

// pairLead is stepClass's mark of a byte that leads a two-byte symbol: no
// class reaches it (Build has fewer symbols than 65,535).
const pairLead = 1<<16 - 1

// hasOutput marks, in a transition's target, a state where a pattern ends
// (its own or one on its fail chain): the scan then needs no lookup per byte
// to know there is nothing to report.
const hasOutput = int32(-1 << 31)

// symbol is the class slot of the symbol at p[i], and its length in bytes.
func (m *Matcher) symbol(p string, i int) (*uint16, int) {
	c := p[i]
	if c >= 0xC2 && c < 0xE0 && i+1 < len(p) && p[i+1]&0xC0 == 0x80 {
		return &m.pairClass[int(c&0x1F)<<6|int(p[i+1]&0x3F)], 2
	}
	return &m.byteClass[c], 1
}

// gotoEdge is the trie edge of state s on class c (unflagged), or -1.
func (m *Matcher) gotoEdge(s int32, c uint16) int32 {
	if g, ok := m.edge(s, c); ok {
		return g &^ hasOutput
	}
	return -1
}

// Dense row entries are 16 bits, so that the rows of an automaton take
// half the cache that 32-bit ones took (unkg bench, one core: see the
// commit): a plain step to a dense state without output is the target's id,
// below ndense, told by one comparison; any other transition is an event,
// ndense + its index in events, which holds the target with its hasOutput
// flag; overflow, the last value, sends the transition to the trie
// (resolve). State ids are not limited by the entries' width.
const overflow = 1<<16 - 1

// slow is the transition from a state without a dense row.
func (m *Matcher) slow(s int32, c uint16) int32 {
	for s >= m.ndense {
		nd := &m.nodes[s]
		if nd.class == c {
			return nd.to
		}
		for k := nd.rest; k < nd.rest+int32(nd.more); k++ {
			if m.edgeClass[k] == c {
				return m.edgeTo[k]
			}
			if m.edgeClass[k] > c {
				break
			}
		}
		s = nd.fail
	}
	return m.cell(s, c)
}

// edge is the trie edge of state s on class c, flagged.
func (m *Matcher) edge(s int32, c uint16) (int32, bool) {
	for k := m.edgeStart[s]; k < m.edgeStart[s+1]; k++ {
		if m.edgeClass[k] == c {
			return m.edgeTo[k], true
		}
		if m.edgeClass[k] > c {
			break
		}
	}
	return 0, false
}

// Match is one occurrence of a pattern: the byte span [Start, End) and the
// pattern's index.
type Match struct{ Start, End, Pattern int }

// Find calls fn for every occurrence of every pattern in text, in order of
// their end, with the byte span [start, end) and the pattern's index.
func (m *Matcher) Find(text string, fn func(start, end, pattern int)) {
	for _, x := range m.AppendMatches(nil, text) {
		fn(x.Start, x.End, x.Pattern)
	}
}

// AppendMatches appends every occurrence of every pattern in text to out, in
// order of their end (of one end, the longest first), and returns it: the
// caller reads a slice where a callback per match cost an indirect call and
// kept the scan's state out of registers.
func (m *Matcher) AppendMatches(out []Match, text string) []Match {
	s := int32(0)
	for i := 0; i < len(text); {
		var t int32
		if s >= m.ndense {
			i, t = m.deep(text, i, s)
		} else {
			i, t = m.fast(text, i, s)
		}
		s = t &^ hasOutput
		if t < 0 {
			out = m.report(out, s, i)
		}
	}
	return out
}

// fast steps from the dense state s at byte i through the dense rows. It
// returns, with the byte after the last symbol read, when the text ends
// (with the state) or after a transition to a state with output or without
// a dense row (with the target, flagged if it has output). A plain step is
// one load of the class, one of the entry, one comparison and one
// multiplication (the target's row offset); the loop makes
// no call, so its state stays in registers.
func (m *Matcher) fast(text string, i int, s int32) (int, int32) {
	// The rows are read without bounds checks: a row offset is below
	// ndense*nclass and every class below nclass by construction.
	trans := unsafe.Pointer(unsafe.SliceData(m.trans))
	stepClass, pairClass := &m.stepClass, &m.pairClass
	nc, nd := m.nclass, uint16(m.ndense)
	st := int(s) * nc // the row offset
	for uint(i) < uint(len(text)) {
		c := text[i]
		cl := stepClass[c]
		i++
		if cl == pairLead {
			cl = m.byteClass[c] // alone if no continuation byte follows
			if uint(i) < uint(len(text)) {
				if d := text[i]; d&0xC0 == 0x80 {
					cl = pairClass[int(c&0x1F)<<6|int(d&0x3F)]
					i++
				}
			}
		}
		v := *(*uint16)(unsafe.Add(trans, 2*(st+int(cl))))
		if v < nd {
			st = int(v) * nc
			continue
		}
		return i, m.event(v, st, cl)
	}
	return i, int32(st / nc)
}

// deep steps from state s, which has no dense row, at byte i, symbol by
// symbol, until a transition reaches output or a dense state (or the text
// ends); it returns the byte after the last symbol and the last target,
// flagged. Inside a long name a state mostly has the one edge the text
// takes, read inline.
func (m *Matcher) deep(text string, i int, s int32) (int, int32) {
	nodes, ndense := m.nodes, m.ndense
	for i < len(text) {
		b := text[i]
		c := m.stepClass[b]
		i++
		if c == pairLead {
			c = m.byteClass[b]
			if i < len(text) && text[i]&0xC0 == 0x80 {
				c = m.pairClass[int(b&0x1F)<<6|int(text[i]&0x3F)]
				i++
			}
		}
		t := nodes[s].to
		if nodes[s].class != c {
			t = m.slow(s, c)
		}
		if t < ndense { // output (flagged, so negative) or a dense state
			return i, t
		}
		s = t
	}
	return i, s
}

// report appends every pattern that ends, in state s, where byte end begins.
func (m *Matcher) report(out []Match, s int32, end int) []Match {
	outs := m.outs
	o := &outs[s]
	if o.pattern >= 0 {
		out = append(out, Match{end - int(o.length), end, int(o.pattern)})
	}
	for u := o.dict; u >= 0; u = outs[u].dict {
		o := &outs[u]
		out = append(out, Match{end - int(o.length), end, int(o.pattern)})
	}
	return out
}

// Bytes is the approximate memory the automaton holds.
func (m *Matcher) Bytes() int {
	return 2*len(m.trans) + 4*len(m.events) + 16*len(m.nodes) + 4*len(m.edgeStart) + 2*len(m.edgeClass) + 4*len(m.edgeTo) + 4*(len(m.fail)+len(m.pattern)+len(m.dict)+len(m.length)) + 12*len(m.outs)
}

// States is the number of automaton states.
func (m *Matcher) States() int { return len(m.fail) }
