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
// over symbol classes (the most used in one cache line); deeper states keep
// sparse edges and fail links. That keeps
// the automaton of some 60,000 states at a few megabytes, where a full DFA
// with 8-byte state ids (github.com/petar-dambovaliev/aho-corasick) took 130 MB
// and half a second to build, and 2 KB a state (github.com/BobuSumisu/aho-corasick)
// would take more.
package aho

import (
	"sort"
)

// denseStates is how many of the shallowest states get a full DFA row.
const denseStates = 4096

// Matcher is a compiled set of patterns. It is safe for concurrent use.
type Matcher struct {
	byteClass [256]uint16  // one-byte symbol -> class; 0 for symbols no pattern has
	pairClass [2048]uint16 // two-byte symbol (by its code point, U+0080 to U+07FF) -> class
	nclass    int

	// The dense rows, split in two: hot[s*hotClasses+c] for the most used
	// classes (c < hotClasses), a row of one cache line, and
	// cold[s*(nclass-hotClasses)+c-hotClasses] for the rest. An entry is the
	// next state for s < ndense, outputBit set if it has output; escape if its
	// id does not fit.
	hot, cold []uint16
	ndense    int32

	edgeStart []int32 // edges of state s: edgeClass/edgeTo[edgeStart[s]:edgeStart[s+1]]
	edgeClass []uint16
	edgeTo    []int32 // flagged, see hasOutput
	fail      []int32
	nodes     []node // per state, what a scan reads of a state without a dense row

	pattern []int32 // pattern ending at the state, -1 if none
	dict    []int32 // nearest state on the fail chain with a pattern, -1 if none
	length  []int32 // length of each pattern
	maxLen  int32   // longest pattern
}

// Build compiles patterns; match reports use their indexes. Empty patterns are ignored.
func Build(patterns []string) *Matcher {
	m := &Matcher{length: make([]int32, len(patterns))}
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

	flag := func(t int32) int32 {
		if m.pattern[t] >= 0 || m.dict[t] >= 0 {
			return t | hasOutput
		}
		return t
	}
	for k := range m.edgeTo {
		m.edgeTo[k] = flag(m.edgeTo[k])
	}
	m.nodes = make([]node, n)
	for st := range m.nodes {
		nd := node{class: noEdge, fail: m.fail[st]}
		if a, b := m.edgeStart[st], m.edgeStart[st+1]; b > a {
			nd.class, nd.to, nd.more, nd.rest = m.edgeClass[a], m.edgeTo[a], uint16(b-a-1), a+1
		}
		m.nodes[st] = nd
	}

	// Dense rows for the shallowest states: complete transitions, 16 bits each.
	m.ndense = int32(min(n, denseStates))
	full := make([]int32, int(m.ndense)*m.nclass)
	for s := int32(0); s < m.ndense; s++ {
		for c := 0; c < m.nclass; c++ {
			var next int32
			if g := m.gotoEdge(s, uint16(c)); g >= 0 {
				next = flag(g)
			} else if s != 0 {
				next = full[int(m.fail[s])*m.nclass+c] // fail[s] is shallower: its row is done
			}
			full[int(s)*m.nclass+c] = next
		}
	}
	ncold := max(m.nclass-hotClasses, 0)
	m.hot = make([]uint16, int(m.ndense)*hotClasses)
	m.cold = make([]uint16, int(m.ndense)*ncold)
	for k, t := range full {
		v := uint16(escape)
		if id := t &^ hasOutput; id < escape {
			v = uint16(id)
		}
		if t < 0 {
			v |= outputBit
		}
		if s, c := k/m.nclass, k%m.nclass; c < hotClasses {
			m.hot[s*hotClasses+c] = v
		} else {
			m.cold[s*ncold+c-hotClasses] = v
		}
	}
	return m
}

// hotClasses is how many classes, the most used, have their transitions in
// the hot rows: 32 two-byte entries, one cache line a state.
const hotClasses = 32

// cell is the dense row entry of state s (< ndense) on class c.
func (m *Matcher) cell(s int32, c uint16) uint16 {
	if c < hotClasses {
		return m.hot[int(s)*hotClasses+int(c)]
	}
	return m.cold[int(s)*(m.nclass-hotClasses)+int(c)-hotClasses]
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

// Dense row entries: the target state in 15 bits, or escape when its id
// does not fit (the transition is then followed through the trie), and
// outputBit when the target has output.
const (
	escape    = 1<<15 - 1
	outputBit = 1 << 15
)

// step is the automaton's transition from state s on the symbol at text[i],
// with the hasOutput flag, and the symbol's length: the dense row inline,
// anything else out of line.
func (m *Matcher) step(s int32, text string, i int) (int32, int) {
	c, size := m.symbolAt(text, i)
	if s < m.ndense {
		if v := m.cell(s, c); v&escape != escape {
			return unpack(v), size
		}
	}
	return m.slow(s, c), size
}

// symbolAt is the class of the symbol at text[i] and its length in bytes.
func (m *Matcher) symbolAt(text string, i int) (uint16, int) {
	c, size := m.symbol(text, i)
	return *c, size
}

// unpack turns a dense row entry into a state with the hasOutput flag.
func unpack(v uint16) int32 { return int32(v&escape) | int32(v>>15)<<31 }

// slow is the transition from a state without a dense row, or through an escape.
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
	if v := m.cell(s, c); v&escape != escape {
		return unpack(v)
	}
	for { // a dense row's escape: the plain Aho-Corasick transition
		if g, ok := m.edge(s, c); ok {
			return g
		}
		if s == 0 {
			return 0
		}
		s = m.fail[s]
	}
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

// Find calls fn for every occurrence of every pattern in text, in order of
// their end, with the byte span [start, end) and the pattern's index.
//
// A long text is scanned as two halves at once: a transition is a dependent
// load, so one walk waits on memory most of the time, and two independent
// walks in one loop overlap those waits. The second walk starts maxLen bytes
// before the middle and has caught up with the true state by the time it
// reaches the middle; matches ending up to the middle are the first walk's.
func (m *Matcher) Find(text string, fn func(start, end, pattern int)) {
	mid := len(text) / 2
	if mid < 4*int(m.maxLen)+64 {
		m.walk(text, 0, 0, 0, fn)
		return
	}
	// The middle on a character boundary: a byte that is not a continuation
	// byte starts a symbol. The second walk may start inside a character; its
	// first symbol is then a stray byte, and its parse is the text's from the
	// next byte on, more than maxLen bytes before the middle.
	for mid < len(text) && text[mid]&0xC0 == 0x80 {
		mid++
	}
	j := mid - int(m.maxLen) - 2
	var later [64]found
	held := later[:0]
	ndense := m.ndense
	// The tables in locals: the loop keeps two walks' state in registers,
	// and fields of m read through its pointer were reloaded every step.
	hot, cold := m.hot, m.cold
	ncold := m.nclass - hotClasses
	byteClass, pairClass := &m.byteClass, &m.pairClass
	sa, sb := int32(0), int32(0)
	i := 0
	for i < mid && j < len(text) {
		// m.step twice, from inlined parts: the compiler does not inline step.
		ca, na := classAt(byteClass, pairClass, text, i)
		cb, nb := classAt(byteClass, pairClass, text, j)
		va, vb := uint16(escape), uint16(escape)
		if sa < ndense {
			if ca < hotClasses {
				va = hot[int(sa)*hotClasses+int(ca)]
			} else {
				va = cold[int(sa)*ncold+int(ca)-hotClasses]
			}
		}
		if sb < ndense {
			if cb < hotClasses {
				vb = hot[int(sb)*hotClasses+int(cb)]
			} else {
				vb = cold[int(sb)*ncold+int(cb)-hotClasses]
			}
		}
		var ta, tb int32
		if va&escape != escape {
			ta = unpack(va)
		} else {
			ta = m.slow(sa, ca)
		}
		if vb&escape != escape {
			tb = unpack(vb)
		} else {
			tb = m.slow(sb, cb)
		}
		sa, sb = ta&^hasOutput, tb&^hasOutput
		i, j = i+na, j+nb
		if ta < 0 {
			m.report(sa, i, fn)
		}
		if tb < 0 && j > mid {
			held = m.hold(held, sb, j)
		}
	}
	// One walk may finish first: the first runs on to the middle, then the
	// second's matches follow in order.
	m.walk(text[:mid], i, sa, 0, fn)
	for _, h := range held {
		fn(h.start, h.end, h.pattern)
	}
	m.walk(text, j, sb, mid+1, fn)
}

// classAt is symbolAt with the class tables passed in, so that a loop
// holding them in locals does not read them through m.
func classAt(byteClass *[256]uint16, pairClass *[2048]uint16, text string, i int) (uint16, int) {
	if c := text[i]; c >= 0xC2 && c < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
		return pairClass[int(c&0x1F)<<6|int(text[i+1]&0x3F)], 2
	}
	return byteClass[text[i]], 1
}

type found struct{ start, end, pattern int }

// walk scans text from byte i in state s to the end, reporting every match
// that ends at from or later.
func (m *Matcher) walk(text string, i int, s int32, from int, fn func(start, end, pattern int)) {
	for i < len(text) {
		t, size := m.step(s, text, i)
		s = t &^ hasOutput
		i += size
		if t < 0 && i >= from {
			m.report(s, i, fn)
		}
	}
}

// report calls fn for every pattern that ends, in state s, where byte end begins.
func (m *Matcher) report(s int32, end int, fn func(start, end, pattern int)) {
	if p := m.pattern[s]; p >= 0 {
		fn(end-int(m.length[p]), end, int(p))
	}
	for u := m.dict[s]; u >= 0; u = m.dict[u] {
		p := m.pattern[u]
		fn(end-int(m.length[p]), end, int(p))
	}
}

// hold appends the matches that end, in state s, where byte end begins.
func (m *Matcher) hold(held []found, s int32, end int) []found {
	if p := m.pattern[s]; p >= 0 {
		held = append(held, found{end - int(m.length[p]), end, int(p)})
	}
	for u := m.dict[s]; u >= 0; u = m.dict[u] {
		p := m.pattern[u]
		held = append(held, found{end - int(m.length[p]), end, int(p)})
	}
	return held
}

// Bytes is the approximate memory the automaton holds.
func (m *Matcher) Bytes() int {
	return 2*(len(m.hot)+len(m.cold)) + 16*len(m.nodes) + 4*len(m.edgeStart) + 2*len(m.edgeClass) + 4*len(m.edgeTo) + 4*(len(m.fail)+len(m.pattern)+len(m.dict)+len(m.length))
}

// States is the number of automaton states.
func (m *Matcher) States() int { return len(m.fail) }
