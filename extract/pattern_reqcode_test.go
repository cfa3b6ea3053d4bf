package extract

import (
	"math/rand"
	"testing"
)

// TestReqCode: each view's compact code answers as its reqBits, for
// random masks of every density and for masks made of some of the
// requirement's own keys (where the answer turns on one key).
func TestReqCode(t *testing.T) {
	x := builtin(t)
	rng := rand.New(rand.NewSource(1))
	met, not := 0, 0
	for lang, v := range x.patterns.views {
		for _, set := range []struct {
			reqs []reqBits
			at   []int32
		}{{v.req, v.reqAt}, {v.clauseReq, v.clauseAt}, {v.nextReq, v.nextAt}} {
			for pi := range set.reqs {
				rb := &set.reqs[pi]
				var own []keyBit
				own = append(own, rb.common...)
				for _, alt := range rb.alts {
					own = append(own, alt.all...)
					for _, kb := range alt.any {
						own = append(own, kb...)
					}
				}
				for n := 0; n < 64; n++ {
					mask := make([]uint64, v.words)
					if n%2 == 0 {
						for i := range mask {
							mask[i] = rng.Uint64() & rng.Uint64() & rng.Uint64() >> uint(rng.Intn(4))
						}
					} else {
						for _, b := range own {
							if rng.Intn(4) > 0 {
								mask[b.word] |= b.bit & (rng.Uint64() | rng.Uint64())
							}
						}
					}
					want := rb.met(mask)
					if got := metCode(v.code, set.at[pi], mask); got != want {
						t.Fatalf("%s pattern %d: metCode %v, met %v (mask %x)", lang, pi, got, want, mask)
					}
					if want {
						met++
					} else {
						not++
					}
				}
			}
		}
	}
	if met == 0 || not == 0 {
		t.Fatalf("met %d, not met %d: the masks do not test both answers", met, not)
	}
}
