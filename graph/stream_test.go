package graph

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/unkg/unkg/graph/synth"
)

// WriteStream cuts the stream into groups that fit: the document that
// would overflow a group starts the next one, instead of being left a
// transaction alone (which cost a commit and the overlap of planning with
// the commit in flight).
func TestWriteStreamGroupsFit(t *testing.T) {
	c := synth.New(synth.Config{Docs: 60})
	var docs []*Doc
	var total int64
	for i := range c.Len() {
		d, err := Prepare(c.Doc(i))
		if err != nil {
			t.Fatal(err)
		}
		n, _ := d.estimate()
		total += n
		docs = append(docs, d)
	}
	// Groups of about ten documents.
	s, err := Open(filepath.Join(t.TempDir(), "unkg.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	maxCount, _ := s.groupLimits()
	s.opts.GroupFraction *= float64(total) / 6 / float64(maxCount)
	maxCount, _ = s.groupLimits()
	ch := make(chan *Doc, len(docs))
	for _, d := range docs {
		ch <- d
	}
	close(ch)
	res, err := s.WriteStream(context.Background(), ch, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Written != len(docs) {
		t.Fatalf("%d written, want %d", res.Written, len(docs))
	}
	// Count the groups that a greedy cut makes: WriteStream makes no more.
	want, count := 1, int64(0)
	for _, d := range docs {
		n, _ := d.estimate()
		if count > 0 && count+n > maxCount {
			want, count = want+1, 0
		}
		count += n
	}
	if res.Transactions > want {
		t.Errorf("%d transactions for %d documents, want at most %d (groups of %d estimated writes)", res.Transactions, len(docs), want, maxCount)
	}
}
