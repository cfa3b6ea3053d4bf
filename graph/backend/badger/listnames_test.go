package badger

import (
	"context"
	"fmt"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/unkg/unkg/graph/backend"
)

// Past the bound of a cache of every list, lists of known nodes are found
// through the set of list names: the lists that exist (appended by every
// transaction here: the same triples under new labels) must be read and
// extended, not taken for absent, in the same process and after a reopen.
func TestListsPastFullCache(t *testing.T) {
	defer func(n int) { maxFullLists = n }(maxFullLists)
	maxFullLists = 512
	ctx := context.Background()
	dir := t.TempDir()
	const subjects, rounds = 60, 6
	write := func(s *Store, round int) {
		tx, err := s.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Close()
		var qs []quad.Quad
		label := quad.IRI(fmt.Sprintf("doc%d", round))
		for j := range subjects {
			sub := quad.IRI(fmt.Sprintf("s%d", j))
			qs = append(qs,
				quad.Quad{Subject: sub, Predicate: quad.IRI("type"), Object: quad.String("Thing"), Label: label},
				quad.Quad{Subject: sub, Predicate: quad.IRI("p"), Object: quad.IRI(fmt.Sprintf("o%d_%d", round, j)), Label: label})
		}
		if err := tx.AddQuads(ctx, qs); err != nil {
			t.Fatal(err)
		}
		if err := tx.Commit(ctx); err != nil {
			t.Fatal(err)
		}
	}
	s, err := Open(dir, backend.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for round := range rounds - 1 {
		write(s, round)
	}
	if s.cache.allLists || s.cache.known == nil {
		t.Fatalf("the cache still holds every list (allLists %v, names %v): the test does not reach the set", s.cache.allLists, s.cache.known != nil)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s, err = Open(dir, backend.Options{}); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	write(s, rounds-1) // loads the lists anew: past the bound again
	if s.cache.allLists || s.cache.known == nil {
		t.Fatalf("after a reopen the cache holds every list (allLists %v, names %v)", s.cache.allLists, s.cache.known != nil)
	}
	qs := s.QuadStore()
	count := func(d quad.Direction, v quad.Value) int {
		it := qs.QuadIterator(d, qs.ValueOf(v))
		defer it.Close()
		n := 0
		for it.Next(ctx) {
			n++
		}
		if err := it.Err(); err != nil {
			t.Fatal(err)
		}
		return n
	}
	for j := range subjects {
		if n := count(quad.Subject, quad.IRI(fmt.Sprintf("s%d", j))); n != 2*rounds {
			t.Errorf("s%d: %d quads through its subject lists, want %d", j, n, 2*rounds)
		}
	}
	if n := count(quad.Object, quad.String("Thing")); n != subjects*rounds {
		t.Errorf("\"Thing\": %d quads through its object lists, want %d", n, subjects*rounds)
	}
}
