package extract

import (
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
