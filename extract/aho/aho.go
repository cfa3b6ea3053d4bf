// Package aho finds every occurrence of many byte patterns in one pass
// (Aho-Corasick), reporting overlapping matches.
//
// It is built for a large gazetteer scanned over many small documents: the
// shallow states, where a scan spends nearly all its time, have full DFA rows
// over byte classes; deeper states keep sparse edges and fail links. That keeps
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
	class  [256]uint8 // byte -> class; 0 for bytes no pattern has
	nclass int

	dense  []uint16 // dense[s*nclass+c]: next state for s < ndense, outputBit set if it has output; escape if its id does not fit
	ndense int32

	edgeStart []int32 // edges of state s: edgeClass/edgeTo[edgeStart[s]:edgeStart[s+1]]
	edgeClass []uint8
	edgeTo    []int32 // flagged, see hasOutput
	fail      []int32

	pattern []int32 // pattern ending at the state, -1 if none
	dict    []int32 // nearest state on the fail chain with a pattern, -1 if none
	length  []int32 // length of each pattern
	maxLen  int32   // longest pattern
}

// Build compiles patterns; match reports use their indexes. Empty patterns are ignored.
func Build(patterns []string) *Matcher {
	m := &Matcher{length: make([]int32, len(patterns))}
	// Byte classes: every byte used by a pattern gets its own class.
	for _, p := range patterns {
		for i := 0; i < len(p); i++ {
			if m.class[p[i]] == 0 {
				m.nclass++
				m.class[p[i]] = uint8(m.nclass)
			}
		}
	}
	m.nclass++ // class 0
	if m.nclass > 256 {
		// Every byte value is used: classes are the bytes themselves, shifted by one
		// would overflow, so fall back to identity with class 0 shared by byte 0.
		m.nclass = 256
		for b := 0; b < 256; b++ {
			m.class[b] = uint8(b)
		}
	}

	// The trie, with states numbered in insertion order.
	type edge struct {
		c  uint8
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
		for i := 0; i < len(p); i++ {
			c := m.class[p[i]]
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

	// Dense rows for the shallowest states: complete transitions, 16 bits each.
	m.ndense = int32(min(n, denseStates))
	full := make([]int32, int(m.ndense)*m.nclass)
	for s := int32(0); s < m.ndense; s++ {
		for c := 0; c < m.nclass; c++ {
			var next int32
			if g := m.gotoEdge(s, uint8(c)); g >= 0 {
				next = flag(g)
			} else if s != 0 {
				next = full[int(m.fail[s])*m.nclass+c] // fail[s] is shallower: its row is done
			}
			full[int(s)*m.nclass+c] = next
		}
	}
	m.dense = make([]uint16, len(full))
	for k, t := range full {
		v := uint16(escape)
		if id := t &^ hasOutput; id < escape {
			v = uint16(id)
		}
		if t < 0 {
			v |= outputBit
		}
		m.dense[k] = v
	}
	return m
}

// hasOutput marks, in a transition's target, a state where a pattern ends
// (its own or one on its fail chain): the scan then needs no lookup per byte
// to know there is nothing to report.
const hasOutput = int32(-1 << 31)

// gotoEdge is the trie edge of state s on class c (unflagged), or -1.
func (m *Matcher) gotoEdge(s int32, c uint8) int32 {
	for k := m.edgeStart[s]; k < m.edgeStart[s+1]; k++ {
		if m.edgeClass[k] == c {
			return m.edgeTo[k] &^ hasOutput
		}
		if m.edgeClass[k] > c {
			break
		}
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

// step is the automaton's transition on byte b, with the hasOutput flag: the
// dense row inline, anything else out of line.
func (m *Matcher) step(s int32, b byte) int32 {
	c := m.class[b]
	if s < m.ndense {
		if v := m.dense[int(s)*m.nclass+int(c)]; v&escape != escape {
			return int32(v&escape) | int32(v>>15)<<31
		}
	}
	return m.slow(s, c)
}

// slow is the transition from a state without a dense row, or through an escape.
func (m *Matcher) slow(s int32, c uint8) int32 {
	for s >= m.ndense {
		if g, ok := m.edge(s, c); ok {
			return g
		}
		s = m.fail[s]
	}
	if v := m.dense[int(s)*m.nclass+int(c)]; v&escape != escape {
		return int32(v&escape) | int32(v>>15)<<31
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
func (m *Matcher) edge(s int32, c uint8) (int32, bool) {
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
// before the middle, where it has caught up with the true state by the time it
// reaches the middle; matches it finds before the middle are the first walk's.
func (m *Matcher) Find(text string, fn func(start, end, pattern int)) {
	mid := len(text) / 2
	if mid < 4*int(m.maxLen)+64 {
		m.walk(text, 0, 0, fn)
		return
	}
	var later [64]found
	held := later[:0]
	dense, nclass, ndense, class := m.dense, m.nclass, m.ndense, &m.class
	sa, sb := int32(0), int32(0)
	i, j := 0, mid-int(m.maxLen)
	for ; i < mid; i, j = i+1, j+1 {
		// m.step twice, its dense-row path written out: the compiler does not inline it.
		ta, tb := int32(escape), int32(escape)
		if sa < ndense {
			v := dense[int(sa)*nclass+int(class[text[i]])]
			ta = int32(v&escape) | int32(v>>15)<<31
		}
		if sb < ndense {
			v := dense[int(sb)*nclass+int(class[text[j]])]
			tb = int32(v&escape) | int32(v>>15)<<31
		}
		if ta&escape == escape {
			ta = m.slow(sa, class[text[i]])
		}
		if tb&escape == escape {
			tb = m.slow(sb, class[text[j]])
		}
		sa, sb = ta&^hasOutput, tb&^hasOutput
		if ta < 0 {
			m.report(sa, i, fn)
		}
		if tb < 0 && j >= mid {
			held = m.hold(held, sb, j)
		}
	}
	for _, h := range held {
		fn(h.start, h.end, h.pattern)
	}
	m.walk(text, j, sb, fn) // the second walk's tail
}

type found struct{ start, end, pattern int }

// walk scans text from byte i in state s to the end, reporting every match.
func (m *Matcher) walk(text string, i int, s int32, fn func(start, end, pattern int)) {
	for ; i < len(text); i++ {
		t := m.step(s, text[i])
		s = t &^ hasOutput
		if t < 0 {
			m.report(s, i, fn)
		}
	}
}

// report calls fn for every pattern that ends at byte i in state s.
func (m *Matcher) report(s int32, i int, fn func(start, end, pattern int)) {
	if p := m.pattern[s]; p >= 0 {
		fn(i+1-int(m.length[p]), i+1, int(p))
	}
	for u := m.dict[s]; u >= 0; u = m.dict[u] {
		p := m.pattern[u]
		fn(i+1-int(m.length[p]), i+1, int(p))
	}
}

// hold appends the matches ending at byte i in state s.
func (m *Matcher) hold(held []found, s int32, i int) []found {
	if p := m.pattern[s]; p >= 0 {
		held = append(held, found{i + 1 - int(m.length[p]), i + 1, int(p)})
	}
	for u := m.dict[s]; u >= 0; u = m.dict[u] {
		p := m.pattern[u]
		held = append(held, found{i + 1 - int(m.length[p]), i + 1, int(p)})
	}
	return held
}

// Bytes is the approximate memory the automaton holds.
func (m *Matcher) Bytes() int {
	return 2*len(m.dense) + 4*len(m.edgeStart) + len(m.edgeClass) + 4*len(m.edgeTo) + 4*(len(m.fail)+len(m.pattern)+len(m.dict)+len(m.length))
}

// States is the number of automaton states.
func (m *Matcher) States() int { return len(m.fail) }
