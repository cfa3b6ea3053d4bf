package extract

import (
	"slices"

	"github.com/unkg/unkg/rules"
)

// What a pattern needs before it is worth trying: the token keys every
// match takes somewhere, as alternatives (one per way the pattern can
// match), each a list of elements, each the keys one of which the
// element's token has. A clause (or document) whose mask meets no
// alternative cannot hold a match, so the pattern is not tried there.

// maxAlternatives bounds a requirement's alternatives; past it a group's
// alternatives are merged into one element that takes any of their keys.
const maxAlternatives = 16

// reqAlt is one alternative: every element of it must have a token.
type reqAlt [][]string

// requirement says what every match of n takes: one of its alternatives.
// One empty alternative means no condition.
func requirement(n *rules.Node) []reqAlt {
	none := []reqAlt{{}}
	switch n.Op {
	case rules.OpElem:
		key := reqKey(n)
		if key == "break" {
			return none // every document has clause breaks
		}
		return []reqAlt{{{key}}}
	case rules.OpSeq:
		acc := none
		for _, k := range n.Kids {
			next := requirement(k)
			if len(acc)*len(next) > maxAlternatives {
				next = merged(next)
			}
			var prod []reqAlt
			for _, a := range acc {
				for _, b := range next {
					prod = append(prod, append(slices.Clip(a), b...))
				}
			}
			acc = prod
		}
		return acc
	case rules.OpAlt:
		var out []reqAlt
		for _, k := range n.Kids {
			alts := requirement(k)
			for _, a := range alts {
				if len(a) == 0 {
					return none // one way needs nothing
				}
			}
			out = append(out, alts...)
		}
		if len(out) > maxAlternatives {
			out = merged(out)
		}
		return out
	case rules.OpRepeat:
		if n.Min == 0 {
			return none
		}
		return requirement(n.Kids[0])
	}
	return none // a gap or a ! condition takes no token
}

// clausePrefix is the part of a pattern that crosses clauses which its
// match takes in the anchor's clause: the elements of its top sequence
// before the first that may take a clause break (after a leading $ or ^,
// the anchor: a break token opens the clause that follows it).
func clausePrefix(n *rules.Node) *rules.Node {
	out := &rules.Node{Op: rules.OpSeq}
	if n.Op != rules.OpSeq {
		return out
	}
	for i, k := range n.Kids {
		if i == 0 && k.Op == rules.OpElem && (k.Kind == rules.ElemBreak || k.Kind == rules.ElemStart) {
			continue
		}
		if crossesClauses(k) {
			break
		}
		out.Kids = append(out.Kids, k)
	}
	return out
}

// merged is one alternative weaker than alts: one element taking any key
// of any of them (each alternative takes one token at least), or no
// condition when an alternative takes none.
func merged(alts []reqAlt) []reqAlt {
	var keys []string
	for _, a := range alts {
		if len(a) == 0 {
			return []reqAlt{{}}
		}
		for _, el := range a {
			for _, k := range el {
				if !slices.Contains(keys, k) {
					keys = append(keys, k)
				}
			}
		}
	}
	return []reqAlt{{keys}}
}

// reqKey is n's key in a mask: elemKey, and for an entity of one id, that
// id's own key (entityIDKey), which only its tokens set.
func reqKey(n *rules.Node) string {
	if n.Kind == rules.ElemEntity && n.ID != "" {
		return entityIDKey(n.Class, n.ID)
	}
	return elemKey(n)
}

func entityIDKey(class, id string) string { return "entity:" + class + ":" + id }

// reqBits is a requirement as mask bits: the bits every alternative
// needs, asked first, and what each alternative needs besides (none: the
// common bits are all); the zero value is no condition.
type reqBits struct {
	common keyBits
	alts   []reqAltBits
}

// reqAltBits is one alternative: the bits of its elements of one key,
// every one of which the mask must have (merged per word), and the
// elements of several keys, one of which it must have.
type reqAltBits struct {
	all keyBits
	any []keyBits
}

// newReqBits takes the bits common to every alternative out of them.
func newReqBits(alts []reqAltBits) reqBits {
	if len(alts) == 0 {
		return reqBits{}
	}
	common := slices.Clone(alts[0].all)
	for _, alt := range alts[1:] {
		common = intersect(common, alt.all)
	}
	rb := reqBits{common: common}
	for _, alt := range alts {
		rest := reqAltBits{all: subtract(alt.all, common), any: alt.any}
		if len(rest.all) == 0 && len(rest.any) == 0 {
			return reqBits{common: common} // this alternative needs the common bits only
		}
		rb.alts = append(rb.alts, rest)
	}
	return rb
}

// intersect is the bits of a that b has too, per word.
func intersect(a, b keyBits) keyBits {
	var out keyBits
	for _, x := range a {
		for _, y := range b {
			if x.word == y.word && x.bit&y.bit != 0 {
				out = append(out, keyBit{word: x.word, bit: x.bit & y.bit})
			}
		}
	}
	return out
}

// subtract is the bits of a that b has not, per word.
func subtract(a, b keyBits) keyBits {
	var out keyBits
	for _, x := range a {
		bit := x.bit
		for _, y := range b {
			if x.word == y.word {
				bit &^= y.bit
			}
		}
		if bit != 0 {
			out = append(out, keyBit{word: x.word, bit: bit})
		}
	}
	return out
}

// cond says whether rb asks anything.
func (rb *reqBits) cond() bool { return len(rb.common) > 0 || len(rb.alts) > 0 }

// met says whether mask has the common bits and meets one alternative.
func (rb *reqBits) met(mask []uint64) bool {
	for _, b := range rb.common {
		if mask[b.word]&b.bit != b.bit {
			return false
		}
	}
	if len(rb.alts) == 0 {
		return true
	}
	for i := range rb.alts {
		if rb.alts[i].met(mask) {
			return true
		}
	}
	return false
}

func (alt *reqAltBits) met(mask []uint64) bool {
	for _, b := range alt.all {
		if mask[b.word]&b.bit != b.bit {
			return false
		}
	}
	for _, n := range alt.any {
		if !n.meets(mask) {
			return false
		}
	}
	return true
}

// reachMasks adds to each clause's mask the masks of the clauses a match
// anchored in it can go on into without a break element: a token whose
// text spans a clause break (a phrase over a line break) is followed by
// the token after its end, in a later clause. Later clauses first, so a
// chain of such tokens is followed to its end.
func (r *runner) reachMasks(w int) {
	for i := len(r.toks) - 1; i >= 0; i-- {
		t := &r.toks[i]
		if int(t.next) >= len(r.toks) || t.kind == tkBreak {
			continue
		}
		// (The next token may be the break itself, where a gap stops.)
		if nx := &r.toks[t.next]; nx.kind != tkBreak && nx.clause != t.clause {
			to := nx.clause
			mask, later := r.masks[t.clause*w:t.clause*w+w], r.masks[to*w:to*w+w]
			for k := range mask {
				mask[k] |= later[k]
			}
		}
	}
}
