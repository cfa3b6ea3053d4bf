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

	dense   []int32  // dense[s*nclass+c]: next state, for s < ndense (flagged, see hasOutput)
	dense16 []uint16 // the same in 16 bits when there are fewer than 1<<15 states (flag: top bit)
	ndense  int32

	edgeStart []int32 // edges of state s: edgeClass/edgeTo[edgeStart[s]:edgeStart[s+1]]
	edgeClass []uint8
	edgeTo    []int32 // flagged, see hasOutput
	fail      []int32

	pattern []int32 // pattern ending at the state, -1 if none
	dict    []int32 // nearest state on the fail chain with a pattern, -1 if none
	length  []int32 // length of each pattern
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

	// Dense rows for the shallowest states: complete transitions.
	m.ndense = int32(min(n, denseStates))
	m.dense = make([]int32, int(m.ndense)*m.nclass)
	for s := int32(0); s < m.ndense; s++ {
		for c := 0; c < m.nclass; c++ {
			var next int32
			if g := m.gotoEdge(s, uint8(c)); g >= 0 {
				next = flag(g)
			} else if s != 0 {
				next = m.dense[int(m.fail[s])*m.nclass+c] // fail[s] is shallower: its row is done
			}
			m.dense[int(s)*m.nclass+c] = next
		}
	}
	// Half the bytes for the rows the scan lives in, when the state ids fit.
	if n < 1<<15 {
		m.dense16 = make([]uint16, len(m.dense))
		for k, t := range m.dense {
			v := uint16(t &^ hasOutput)
			if t < 0 {
				v |= 1 << 15
			}
			m.dense16[k] = v
		}
		m.dense = nil
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

// next is the automaton's transition; the result carries the hasOutput flag.
func (m *Matcher) next(s int32, c uint8) int32 {
	for s >= m.ndense {
		for k := m.edgeStart[s]; k < m.edgeStart[s+1]; k++ {
			if m.edgeClass[k] == c {
				return m.edgeTo[k]
			}
			if m.edgeClass[k] > c {
				break
			}
		}
		s = m.fail[s]
	}
	if m.dense16 != nil {
		v := m.dense16[int(s)*m.nclass+int(c)]
		return int32(v&^(1<<15)) | int32(v>>15)<<31
	}
	return m.dense[int(s)*m.nclass+int(c)]
}

// Find calls fn for every occurrence of every pattern in text, in order of
// their end, with the byte span [start, end) and the pattern's index.
func (m *Matcher) Find(text string, fn func(start, end, pattern int)) {
	s := int32(0)
	for i := 0; i < len(text); i++ {
		t := m.next(s, m.class[text[i]])
		s = t &^ hasOutput
		if t >= 0 {
			continue
		}
		if p := m.pattern[s]; p >= 0 {
			fn(i+1-int(m.length[p]), i+1, int(p))
		}
		for u := m.dict[s]; u >= 0; u = m.dict[u] {
			p := m.pattern[u]
			fn(i+1-int(m.length[p]), i+1, int(p))
		}
	}
}

// Bytes is the approximate memory the automaton holds.
func (m *Matcher) Bytes() int {
	return 4*len(m.dense) + 2*len(m.dense16) + 4*len(m.edgeStart) + len(m.edgeClass) + 4*len(m.edgeTo) + 4*(len(m.fail)+len(m.pattern)+len(m.dict)+len(m.length))
}

// States is the number of automaton states.
func (m *Matcher) States() int { return len(m.fail) }
