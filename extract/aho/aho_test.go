package aho

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"testing"
)

type match struct{ start, end, pattern int }

func naive(patterns []string, text string) []match {
	var out []match
	for end := 1; end <= len(text); end++ {
		for pi, p := range patterns {
			if p != "" && end >= len(p) && text[end-len(p):end] == p {
				// A duplicate pattern reports as its first index.
				first := pi
				for k := 0; k < pi; k++ {
					if patterns[k] == p {
						first = k
						break
					}
				}
				out = append(out, match{end - len(p), end, first})
			}
		}
	}
	return dedupe(out)
}

func dedupe(ms []match) []match {
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].end != ms[j].end {
			return ms[i].end < ms[j].end
		}
		if ms[i].start != ms[j].start {
			return ms[i].start < ms[j].start
		}
		return ms[i].pattern < ms[j].pattern
	})
	out := ms[:0]
	for i, m := range ms {
		if i == 0 || m != ms[i-1] {
			out = append(out, m)
		}
	}
	return out
}

func find(m *Matcher, text string) []match {
	var out []match
	m.Find(text, func(s, e, p int) { out = append(out, match{s, e, p}) })
	return dedupe(out)
}

func TestKnownMatches(t *testing.T) {
	patterns := []string{"he", "she", "his", "hers", "الاتحاد", "الاتحاد الافريقي", "联合国", "联合国安理会", "a"}
	text := "ushers الاتحاد الافريقي 联合国安理会 banana"
	got := find(Build(patterns), text)
	want := naive(patterns, text)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("got %v\nwant %v", got, want)
	}
	if len(got) < 10 {
		t.Fatalf("too few matches: %v", got)
	}
}

// Against naive search on random patterns and texts, over a small alphabet
// (so that patterns overlap and share prefixes and suffixes a lot), with
// multi-byte characters, and with more states than the dense rows hold.
func TestMatchesNaiveSearch(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	alphabet := []string{"a", "b", "c", " ", "ا", "ل", "联", "合"}
	word := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		return b.String()
	}
	for round := 0; round < 60; round++ {
		var patterns []string
		n := 1 + rng.Intn(40)
		if round%10 == 0 {
			n = 3000 // past denseStates
		}
		for i := 0; i < n; i++ {
			patterns = append(patterns, word(1+rng.Intn(8)))
		}
		m := Build(patterns)
		for k := 0; k < 5; k++ {
			text := word(rng.Intn(300))
			got, want := find(m, text), naive(patterns, text)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("round %d: text %q\ngot  %v\nwant %v", round, text, got, want)
			}
		}
	}
}

func TestNoPatterns(t *testing.T) {
	m := Build(nil)
	m.Find("anything", func(int, int, int) { t.Fatal("match without patterns") })
	m = Build([]string{""})
	m.Find("anything", func(int, int, int) { t.Fatal("the empty pattern must not match") })
}
