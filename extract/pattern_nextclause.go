package extract

import "github.com/unkg/unkg/rules"

// The next clause's filter: a pattern that takes a clause break after its
// first clause ("<meeting> ~!{date} $ ~6!{date} D:{date}": the meeting's
// date opens the next clause) needs what follows the break in the clause
// the break opens, so it is tried in a clause only when the next one
// (or the one after a clause its tokens run into) holds that.

// nextClausePart is what a match of n takes right after its first clause
// break, up to the next element that may cross one; nil when n does not
// open with a plain element and go on through a plain break ($ or ^),
// where the break it takes is not sure to follow the anchor's clause.
func nextClausePart(n *rules.Node) *rules.Node {
	if n.Op != rules.OpSeq || len(n.Kids) < 3 {
		return nil
	}
	if k := n.Kids[0]; k.Op != rules.OpElem || k.Kind == rules.ElemBreak || k.Kind == rules.ElemStart {
		return nil
	}
	for i, k := range n.Kids {
		if !crossesClauses(k) {
			continue
		}
		if k.Op != rules.OpElem { // a break inside a group or optional
			return nil
		}
		out := &rules.Node{Op: rules.OpSeq}
		for _, after := range n.Kids[i+1:] {
			if crossesClauses(after) {
				break
			}
			out.Kids = append(out.Kids, after)
		}
		return out
	}
	return nil
}

// nextMasks sets, per clause, the mask of what may follow its break: the
// next clause's (its reach included), and the same for each later clause
// a token spanning its break leads into. Later clauses first, as
// reachMasks, whose masks it reads.
func (r *runner) nextMasks(w int) []uint64 {
	n := len(r.masks) / max(w, 1)
	next := r.sc.nextMasks[:0]
	next = append(next, r.masks[min(w, len(r.masks)):]...)
	if n > 0 {
		for range w {
			next = append(next, 0) // the last clause has none
		}
	}
	for i := len(r.toks) - 1; i >= 0; i-- {
		t := &r.toks[i]
		if int(t.next) >= len(r.toks) || t.kind == tkBreak {
			continue
		}
		if nx := &r.toks[t.next]; nx.kind != tkBreak && nx.clause != t.clause {
			mask, later := next[t.clause*w:t.clause*w+w], next[nx.clause*w:nx.clause*w+w]
			for k := range mask {
				mask[k] |= later[k]
			}
		}
	}
	r.sc.nextMasks = next
	return next
}
