package extract

import (
	"math/bits"
	"unsafe"
)

// anchorTable is a worker's copy of the pattern set's anchorFor answers,
// by kind of token and language, kept from one document to the next.
// Open addressing keyed by the token's meaning (a pointer) and its kind,
// flags and language packed in one word: a lookup hashes and compares two
// words, never a string, and no entry is evicted by another (a small
// direct-mapped cache missed a third of the tokens once documents of
// several languages alternate).
type anchorTable struct {
	ps    *patternSet // the set the answers are of
	langs []string    // the languages seen, numbered from 1 by position
	slots []anchorSlot
	used  int
}

type anchorSlot struct {
	m  *meaning
	k  uint32 // anchorKey; 0 for an empty slot
	in *anchorInfo
}

// langNum numbers lang for the worker's table (once per document).
func (at *anchorTable) langNum(lang string) uint32 {
	for i, l := range at.langs {
		if l == lang {
			return uint32(i + 1)
		}
	}
	at.langs = append(at.langs, lang)
	return uint32(len(at.langs))
}

// anchorKey packs what decides a token's answer besides its meaning: its
// kind, its flags and the document's language number (never 0).
func anchorKey(t *token, ln uint32) uint32 {
	k := uint32(t.kind) | ln<<16
	if t.dateline {
		k |= 1 << 8
	}
	if t.organ {
		k |= 1 << 9
	}
	return k
}

// begin readies the table for a document of ps in lang and gives lang's
// number.
func (at *anchorTable) begin(ps *patternSet, lang string) uint32 {
	if at.ps != ps {
		*at = anchorTable{ps: ps, slots: make([]anchorSlot, 1024)}
	}
	return at.langNum(lang)
}

// probe is ps.anchorFor(t, lang) for a document whose language begin
// numbered ln, from slot i on (run reads slot i inline), with k
// anchorKey(t, ln).
func (at *anchorTable) probe(ps *patternSet, t *token, lang string, k uint32, i int) *anchorInfo {
	mask := len(at.slots) - 1
	for ; ; i = (i + 1) & mask {
		s := &at.slots[i]
		if s.k == k && s.m == t.m {
			return s.in
		}
		if s.k == 0 {
			break
		}
	}
	in := ps.anchorFor(tokenSig{m: t.m, kind: t.kind, dateline: t.dateline, organ: t.organ}, t, lang)
	at.insert(t.m, k, in)
	return in
}

func anchorHash(m *meaning, k uint32) int {
	h := (uint64(uintptr(unsafe.Pointer(m))) ^ uint64(k)<<40) * 0x9E3779B97F4A7C15
	return int(bits.RotateLeft64(h, 24) & (1<<31 - 1))
}

// insert adds an answer, doubling the table past half full.
func (at *anchorTable) insert(m *meaning, k uint32, in *anchorInfo) {
	if 2*(at.used+1) > len(at.slots) {
		old := at.slots
		at.slots, at.used = make([]anchorSlot, 2*len(old)), 0
		for _, s := range old {
			if s.k != 0 {
				at.insert(s.m, s.k, s.in)
			}
		}
	}
	mask := len(at.slots) - 1
	i := anchorHash(m, k) & mask
	for at.slots[i].k != 0 {
		i = (i + 1) & mask
	}
	at.slots[i] = anchorSlot{m: m, k: k, in: in}
	at.used++
}
