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

func less(a, b match) bool {
	if a.end != b.end {
		return a.end < b.end
	}
	if a.start != b.start {
		return a.start < b.start
	}
	return a.pattern < b.pattern
}

func dedupe(ms []match) []match {
	sort.Slice(ms, func(i, j int) bool { return less(ms[i], ms[j]) })
	out := ms[:0]
	for i, m := range ms {
		if i == 0 || m != ms[i-1] {
			out = append(out, m)
		}
	}
	return out
}

// find returns the matches in a canonical order, after checking that Find
// reported them in order of their end, as it promises.
func find(t *testing.T, m *Matcher, text string) []match {
	t.Helper()
	var out []match
	m.Find(text, func(s, e, p int) {
		if len(out) > 0 && e < out[len(out)-1].end {
			t.Fatalf("match %d-%d reported after one ending at %d", s, e, out[len(out)-1].end)
		}
		out = append(out, match{s, e, p})
	})
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func TestKnownMatches(t *testing.T) {
	patterns := []string{"he", "she", "his", "hers", "الاتحاد", "الاتحاد الافريقي", "联合国", "联合国安理会", "a"}
	text := "ushers الاتحاد الافريقي 联合国安理会 banana"
	got := find(t, Build(patterns), text)
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
// multi-byte characters, with more states than the dense rows hold, and with
// texts long enough to be scanned in two halves.
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
			size := 300
			if k >= 3 {
				size = 3000
			}
			text := word(rng.Intn(size))
			got, want := find(t, m, text), naive(patterns, text)
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

// On bytes that are not all valid UTF-8, a match is reported where the bytes
// are equal and both ends are symbol boundaries of the text: a byte that is
// not a continuation byte, or one a two-byte sequence does not claim.
func TestMatchesOnSymbolBoundaries(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	alphabet := []string{"a", " ", "\xd8", "\xa7", "\xc2", "\x80", "ا", "联", "\xe8", "\xbf"}
	word := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		return b.String()
	}
	boundaries := func(text string) []bool {
		at := make([]bool, len(text)+1)
		for i := 0; i < len(text); {
			at[i] = true
			if c := text[i]; c >= 0xC2 && c < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
				i += 2
			} else {
				i++
			}
		}
		at[len(text)] = true
		return at
	}
	for round := 0; round < 40; round++ {
		var patterns []string
		for i := 1 + rng.Intn(60); i > 0; i-- {
			patterns = append(patterns, word(1+rng.Intn(5)))
		}
		m := Build(patterns)
		for k := 0; k < 4; k++ {
			text := word(rng.Intn(3000))
			at := boundaries(text)
			var want []match
			for _, x := range naive(patterns, text) {
				if at[x.start] && at[x.end] {
					want = append(want, x)
				}
			}
			if got := find(t, m, text); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("round %d: text %q\ngot  %v\nwant %v", round, text, got, want)
			}
		}
	}
	// A fragment of a character is not found inside it.
	Build([]string{"\xa7"}).Find("ا", func(s, e, p int) { t.Errorf("fragment matched at %d-%d", s, e) })
}

// The longest pattern is found wherever it lies in a long text, across the
// middle where the two walks of Find meet.
func TestLongPatternAnywhere(t *testing.T) {
	for _, long := range []string{"the african union and the league of arab states", "الاتحاد الافريقي وجامعه الدول العربيه"} {
		patterns := []string{long, "a", "ال"}
		m := Build(patterns)
		filler := strings.Repeat("b ", 450)
		for at := 0; at+len(long) <= len(filler); at++ {
			text := filler[:at] + long + filler[at+len(long):]
			if got, want := find(t, m, text), naive(patterns, text); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("%q at %d of %d bytes:\ngot  %v\nwant %v", long, at, len(text), got, want)
			}
		}
	}
}

// With many symbols, the rarer ones far along the dense rows, the matches
// are the same.
func TestManySymbols(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	var alphabet []string
	for r := 'a'; r <= 'z'; r++ {
		alphabet = append(alphabet, string(r))
	}
	for r := 'ا'; r <= 'ي'; r++ {
		alphabet = append(alphabet, string(r))
	}
	alphabet = append(alphabet, " ", "联", "合", "国")
	word := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			// Skewed, as letters are: the first symbols are the most used.
			b.WriteString(alphabet[min(rng.Intn(len(alphabet)), rng.Intn(len(alphabet)))])
		}
		return b.String()
	}
	for round := 0; round < 10; round++ {
		var patterns []string
		for i := 0; i < 200+round*500; i++ {
			patterns = append(patterns, word(1+rng.Intn(6)))
		}
		m := Build(patterns)
		if m.nclass <= 32 {
			t.Fatalf("only %d classes: the test needs more than 32", m.nclass)
		}
		for k := 0; k < 3; k++ {
			text := word(rng.Intn(4000))
			if got, want := find(t, m, text), naive(patterns, text); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("round %d: text %q\ngot  %v\nwant %v", round, text, got, want)
			}
		}
	}
}

// A dense row leads straight to states of any id: all three-symbol words
// over 80 two-byte symbols and three last ones make some 25,000 states,
// those of depth 3 numbered past 16,383 (where 14-bit entries once had to
// escape to the trie), and the shallow ones among their parents have dense rows.
func TestLargeStateIDs(t *testing.T) {
	var syms []string
	for r := rune(0x0410); r < 0x0410+80; r++ {
		syms = append(syms, string(r))
	}
	last := []string{"a", "b", "c"}
	var patterns []string
	for _, x := range syms {
		for _, y := range syms {
			for _, z := range last {
				patterns = append(patterns, x+y+z)
			}
		}
	}
	m := Build(patterns)
	far := 0
	for _, v := range m.trans {
		if int32(v) >= m.ndense && v != overflow && m.events[int32(v)-m.ndense]&^hasOutput >= 1<<14 {
			far++
		}
	}
	if far == 0 {
		t.Fatalf("%d states, no dense row entry to an id past 16,383: the test needs some", m.States())
	}
	// Words whose first symbol is one of syms[41:51]: their two-symbol
	// states are dense (ids below 4,096) and lead to states past escape.
	rng := rand.New(rand.NewSource(7))
	for k := 0; k < 4; k++ {
		var b strings.Builder
		for i := 0; i < 150; i++ {
			b.WriteString(syms[41+rng.Intn(10)])
			b.WriteString(syms[rng.Intn(len(syms))])
			if rng.Intn(4) > 0 {
				b.WriteString(last[rng.Intn(len(last))])
			}
		}
		text := b.String()
		if got, want := find(t, m, text), naive(patterns, text); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("text %q\ngot  %v\nwant %v", text, got, want)
		}
	}
}

// Dense rows whose events outrun their entries send the rest to the trie
// (overflow, resolve) and find the same matches: a limit of a few events
// over the shallow states of a gazetteer-like set.
func TestDenseRowOverflow(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	alphabet := []string{"a", "b", "c", "d", "é", "ж", "ق", " "}
	word := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		return b.String()
	}
	var patterns []string
	for i := 0; i < 400; i++ {
		patterns = append(patterns, word(1+rng.Intn(6)))
	}
	full := Build(patterns)
	for _, limit := range []int{int(full.ndense), int(full.ndense) + 3, int(full.ndense) + 40} {
		m := build(patterns, limit)
		over := 0
		for _, v := range m.trans {
			if v == overflow {
				over++
			}
		}
		if over == 0 {
			t.Fatalf("limit %d: no entry overflowed: the test needs some", limit)
		}
		for k := 0; k < 20; k++ {
			text := word(300)
			if got, want := find(t, m, text), naive(patterns, text); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("limit %d, text %q\ngot  %v\nwant %v", limit, text, got, want)
			}
		}
	}
}
