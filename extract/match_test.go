package extract

import "testing"

// The automaton of each language stays small whatever the gazetteers add:
// memory is meant to be bounded by the largest document, not by the rules.
func TestAutomataStaySmall(t *testing.T) {
	x := builtin(t)
	for lang, lt := range x.m.tries {
		if b := lt.trie.Bytes(); b > 8<<20 {
			t.Errorf("%s: automaton of %d states takes %d bytes (over 8 MiB)", lang, lt.trie.States(), b)
		}
		if len(lt.patterns) < 500 {
			t.Errorf("%s: only %d names: the gazetteers did not load", lang, len(lt.patterns))
		}
	}
}
