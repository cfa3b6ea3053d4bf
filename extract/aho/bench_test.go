package aho

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkFind scans text with patterns dumped from the built-in rules
// (/tmp/aho_patterns.txt, /tmp/aho_text.txt), when they exist.
func BenchmarkFind(b *testing.B) {
	p, err1 := os.ReadFile("/tmp/aho_patterns.txt")
	text, err2 := os.ReadFile("/tmp/aho_text.txt")
	if err1 != nil || err2 != nil {
		b.Skip("no dumped patterns")
	}
	m := Build(strings.Split(string(p), "\n"))
	b.Logf("states %d classes %d dense %d bytes %d", m.States(), m.nclass, m.ndense, m.Bytes())
	s := string(text)
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		n := 0
		m.Find(s, func(int, int, int) { n++ })
	}
}
