package extract

import (
	"math/bits"
	"slices"
	"strings"
)

// Each language numbers the keys its own patterns need (its patterns and
// the language-neutral ones): a document's masks are a few words, not one
// bit for every key of every language (four words of 64 bits against
// thirteen with the built-in rules), so clearing, reaching and the suffix
// masks cost what the document's language asks.

// keyView is one language's numbering and its patterns' requirements in it.
type keyView struct {
	bits     map[string]keyBit // token key -> its bit, for the keys the language's patterns need
	trigBits map[string]keyBit // the same by trigger kind
	words    int               // a mask's length in words
	// req, clauseReq and nextReq by pattern index (pattern.go's compiled); the zero
	// value (no condition, never asked) for another language's patterns
	req, clauseReq, nextReq []reqBits
	// the same as compact code (codeReqs): offsets into code
	code                    []uint16
	reqAt, clauseAt, nextAt []int32
}

// view is lang's numbering: a language no pattern is written in has the
// language-neutral patterns' one.
func (ps *patternSet) view(lang string) *keyView {
	if v, ok := ps.views[lang]; ok {
		return v
	}
	return ps.views[""]
}

// buildViews numbers the keys of each language's patterns.
func (ps *patternSet) buildViews() {
	langs := []string{""}
	for _, c := range ps.all {
		if !slices.Contains(langs, c.p.Lang) {
			langs = append(langs, c.p.Lang)
		}
	}
	ps.views = map[string]*keyView{}
	for _, lang := range langs {
		v := &keyView{bits: map[string]keyBit{}, trigBits: map[string]keyBit{}, req: make([]reqBits, len(ps.all)), clauseReq: make([]reqBits, len(ps.all)), nextReq: make([]reqBits, len(ps.all))}
		for _, c := range ps.all {
			if c.p.Lang != "" && c.p.Lang != lang {
				continue
			}
			v.req[c.index] = v.asBits(c.reqKeys)
			v.clauseReq[c.index] = v.asBits(c.clauseKeys)
			v.nextReq[c.index] = v.asBits(c.nextKeys)
		}
		v.words = (len(v.bits) + 63) / 64
		v.code = []uint16{0, 0} // offset 0: no condition
		v.code, v.reqAt = codeReqs(v.code, v.req)
		v.code, v.clauseAt = codeReqs(v.code, v.clauseReq)
		v.code, v.nextAt = codeReqs(v.code, v.nextReq)
		ps.views[lang] = v
	}
}

// bitsOf gives each key of an element its bit, one bit per key.
func (v *keyView) bitsOf(keys []string) keyBits {
	var need keyBits
	for _, key := range keys {
		b, seen := v.bits[key]
		if !seen {
			b = keyBit{word: int32(len(v.bits) / 64), bit: 1 << (len(v.bits) % 64)}
			v.bits[key] = b
			if kind, ok := strings.CutPrefix(key, "trigger:"); ok {
				v.trigBits[kind] = b
			}
		}
		need = need.add(b)
	}
	return need
}

// asBits is a requirement in v's bits (nil: no condition).
func (v *keyView) asBits(req []reqAlt) reqBits {
	if req == nil {
		return reqBits{}
	}
	alts := make([]reqAltBits, 0, len(req))
	for _, alt := range req {
		var bits reqAltBits
		for _, el := range alt {
			if kb := v.bitsOf(el); len(el) == 1 {
				bits.all = bits.all.add(kb[0])
			} else {
				bits.any = append(bits.any, kb)
			}
		}
		alts = append(alts, bits)
	}
	return newReqBits(alts)
}

// reqKeys is req without the elements the anchor itself meets (those that
// take key anchored), or nil when one alternative needs nothing else.
func reqKeys(req []reqAlt, anchored string) []reqAlt {
	out := make([]reqAlt, 0, len(req))
	for _, alt := range req {
		var rest reqAlt
		for _, el := range alt {
			if anchored == "" || !slices.Contains(el, anchored) {
				rest = append(rest, el)
			}
		}
		if len(rest) == 0 {
			return nil // one way to match needs nothing: no condition
		}
		out = append(out, rest)
	}
	return out
}

// The requirements as compact code (reqCode), what the run asks a
// document's candidates: a requirement's keys are 16-bit numbers (word*64
// + bit) in one array, a few dozen bytes a requirement in pattern order,
// where reqBits' slices, allocated one by one, spread a requirement over
// several cache lines (about 190 KB for English's, a cache miss for most
// requirements asked). Code of a requirement, from its offset:
//
//	ncommon, key...                          every key set
//	nalts, then nalts times:                 one alternative met (none: true)
//	  len, nall, key..., nany, (n, key...)...  len: the alternative's code after len
//
// Offset 0 holds the requirement of no condition (0, 0).

// codeReqs compiles reqs, appending to code, and gives each one's offset.
func codeReqs(code []uint16, reqs []reqBits) ([]uint16, []int32) {
	at := make([]int32, len(reqs))
	keys := func(code []uint16, kb keyBits) []uint16 {
		for _, b := range kb {
			for bit := b.bit; bit != 0; bit &= bit - 1 {
				code = append(code, uint16(int(b.word)*64+bits.TrailingZeros64(bit)))
			}
		}
		return code
	}
	count := func(kb keyBits) int {
		n := 0
		for _, b := range kb {
			n += bits.OnesCount64(b.bit)
		}
		return n
	}
	for i := range reqs {
		rb := &reqs[i]
		if !rb.cond() {
			continue // offset 0
		}
		at[i] = int32(len(code))
		code = append(code, uint16(count(rb.common)))
		code = keys(code, rb.common)
		code = append(code, uint16(len(rb.alts)))
		for _, alt := range rb.alts {
			lenAt := len(code)
			code = append(code, 0, uint16(count(alt.all)))
			code = keys(code, alt.all)
			code = append(code, uint16(len(alt.any)))
			for _, kb := range alt.any {
				code = append(code, uint16(count(kb)))
				code = keys(code, kb)
			}
			code[lenAt] = uint16(len(code) - lenAt - 1)
		}
	}
	return code, at
}

// metCode is reqBits.met for the requirement at offset at of code, in
// one loop of indexes (no call, no slice made per alternative).
func metCode(code []uint16, at int32, mask []uint64) bool {
	i := int(at)
	for n := int(code[i]); n > 0; n-- {
		i++
		if k := code[i]; mask[k>>6]&(1<<(k&63)) == 0 {
			return false
		}
	}
	i++
	nalts := int(code[i])
	if nalts == 0 {
		return true
	}
	i++
	for ; nalts > 0; nalts-- {
		next := i + 1 + int(code[i])
		j := i + 1 // nall
		ok := true
		for n := int(code[j]); n > 0; n-- {
			j++
			if k := code[j]; mask[k>>6]&(1<<(k&63)) == 0 {
				ok = false
				break
			}
		}
		if ok {
			j = i + 2 + int(code[i+1]) // nany
			for nany := int(code[j]); nany > 0 && ok; nany-- {
				j++
				found := false
				for n := int(code[j]); n > 0; n-- {
					j++
					if k := code[j]; mask[k>>6]&(1<<(k&63)) != 0 {
						found = true
						j += n - 1 // the group's last key
						break
					}
				}
				ok = found
			}
			if ok {
				return true
			}
		}
		i = next
	}
	return false
}
