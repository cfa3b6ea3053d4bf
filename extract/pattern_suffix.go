package extract

// The suffix filter: a match anchored at token a takes tokens from a on
// (a token's next is always after it), so a pattern is worth trying at a
// only when the tokens from a to its clause's end (and the clauses a
// token spanning a break leads into) hold what it needs. The clause's
// mask says so for the whole clause; a suffix mask says so from a on:
// a pattern that wants its phrase after a name ("X ... attended") is not
// tried at the names of a clause whose phrase came before them ("attended
// by X, Y and Z"), where it could only scan to the clause's end and fail.

// suffixFilter holds the suffix masks of one clause at a time: the
// anchors come in token order, so each clause's are worked out once, the
// first time a pattern passes its clause's mask there.
type suffixFilter struct {
	clause int      // the clause of the masks held; -1 for none
	lo     int      // its first token
	masks  []uint64 // per token from lo, w words: the keys from it to the clause's end
}

// suffixAt is the suffix mask of token a.
func (r *runner) suffixAt(a, w int) []uint64 {
	sf := &r.suffix
	cl := r.toks[a].clause
	if sf.clause != cl {
		r.suffixesOf(cl, a, w)
	}
	k := (a - sf.lo) * w
	return sf.masks[k : k+w]
}

// suffixesOf works out the suffix masks of clause cl, which holds token a.
func (r *runner) suffixesOf(cl, a, w int) {
	sf := &r.suffix
	lo, hi := a, a+1
	for lo > 0 && r.toks[lo-1].clause == cl {
		lo--
	}
	for hi < len(r.toks) && r.toks[hi].clause == cl {
		hi++
	}
	size := (hi - lo) * w
	if cap(sf.masks) < size {
		sf.masks = make([]uint64, size, 2*size)
	}
	sf.masks = sf.masks[:size]
	sf.clause, sf.lo = cl, lo
	for k := hi - 1; k >= lo; k-- {
		row := sf.masks[(k-lo)*w : (k-lo+1)*w]
		if k+1 < hi {
			copy(row, sf.masks[(k+1-lo)*w:(k+2-lo)*w])
		} else {
			clear(row)
		}
		for _, b := range r.infos[k].bits {
			row[b.word] |= b.bit
		}
		// A token spanning a clause break goes on in a later clause: all
		// of that clause's mask (its own reach included) may follow.
		if nx := int(r.toks[k].next); nx < len(r.toks) && r.toks[nx].kind != tkBreak && r.toks[nx].clause != cl {
			later := r.masks[r.toks[nx].clause*w:][:w]
			for i := range row {
				row[i] |= later[i]
			}
		}
	}
}
