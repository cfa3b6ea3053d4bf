package extract

import (
	"math/rand"
	"testing"
)

// The automaton of each language stays small whatever the gazetteers add:
// memory is meant to be bounded by the largest document, not by the rules.
func TestAutomataStaySmall(t *testing.T) {
	x := builtin(t)
	for lang, lt := range x.m.tries {
		if b := lt.trie.Bytes(); b > 8<<20 {
			t.Errorf("%s: automaton of %d states takes %d bytes (over 8 MiB)", lang, lt.trie.States(), b)
		}
		if len(lt.candAt)-1 < 500 {
			t.Errorf("%s: only %d names: the gazetteers did not load", lang, len(lt.candAt)-1)
		}
	}
}

// The stopword table answers as the map it was built from, for words in it and not.
func TestWordTableMatchesMap(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	words := map[uint64]uint8{}
	for i := 0; i < 300; i++ {
		words[1+uint64(rng.Intn(5000))] = uint8(1 + rng.Intn(255))
	}
	table := newWordTable(words)
	for k := uint64(1); k <= 6000; k++ {
		if got := table.get(k); got != words[k] {
			t.Fatalf("get(%d) = %d, want %d", k, got, words[k])
		}
	}
	if got := newWordTable(nil).get(42); got != 0 {
		t.Errorf("empty table: get = %d", got)
	}
}
