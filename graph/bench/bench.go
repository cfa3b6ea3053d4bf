// Package bench measures the store on a synthetic corpus: ingest speed and
// the latency of the named queries. `unkg bench-store` prints its figures and
// the benchmarks of package graph use it.
package bench

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/synth"
)

// IngestResult is what an ingest of a synthetic corpus did and how fast.
type IngestResult struct {
	graph.WriteResult
	Docs     int
	Duration time.Duration
}

// QuadsPerSec is the write speed.
func (r IngestResult) QuadsPerSec() float64 {
	return float64(r.QuadsAdded) / r.Duration.Seconds()
}

// Ingest writes the corpus the way `unkg ingest` does: workers (one per
// core) make and prepare each document's facts, one writer commits.
func Ingest(ctx context.Context, s *graph.Store, c *synth.Corpus) (IngestResult, error) {
	start := time.Now()
	next := make(chan int)
	docs := make(chan *graph.Doc, 512)
	var wg sync.WaitGroup
	var prepErr error
	var once sync.Once
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				d, err := graph.Prepare(c.Doc(i))
				if err != nil {
					once.Do(func() { prepErr = err })
					continue
				}
				docs <- d
			}
		}()
	}
	go func() {
		for i := range c.Len() {
			next <- i
		}
		close(next)
		wg.Wait()
		close(docs)
	}()
	res, err := s.WriteStream(ctx, docs, nil)
	out := IngestResult{WriteResult: res, Docs: c.Len(), Duration: time.Since(start)}
	if err == nil {
		err = prepErr
	}
	return out, err
}

// Latency summarizes the durations of repeated queries.
type Latency struct {
	Query string
	N     int
	P50   time.Duration
	P99   time.Duration
	Max   time.Duration
	Rows  float64 // average rows per query
}

func summarize(name string, ds []time.Duration, rows int) Latency {
	slices.Sort(ds)
	pct := func(p float64) time.Duration { return ds[min(len(ds)-1, int(p*float64(len(ds))))] }
	return Latency{Query: name, N: len(ds), P50: pct(0.50), P99: pct(0.99), Max: ds[len(ds)-1], Rows: float64(rows) / float64(len(ds))}
}

// Queries times n runs each of attendees (by meeting date), meetings (by
// organization acronym, the popular ones included) and a 3-step trace (from
// documents), over the corpus's meetings, organizations and documents.
func Queries(ctx context.Context, s *graph.Store, c *synth.Corpus, n int) ([]Latency, error) {
	var out []Latency
	run := func(name string, q func(i int) (int, error)) error {
		ds := make([]time.Duration, 0, n)
		rows := 0
		for i := range n {
			t := time.Now()
			k, err := q(i)
			ds = append(ds, time.Since(t))
			if errors.Is(err, graph.ErrNotFound) {
				err = nil // a meeting no document mentions
			}
			if err != nil {
				return fmt.Errorf("%s %d: %w", name, i, err)
			}
			rows += k
		}
		out = append(out, summarize(name, ds, rows))
		return nil
	}
	step := max(1, c.Meetings()/n)
	if err := run("attendees", func(i int) (int, error) {
		// Meetings 0.. are the most described; spread over all of them.
		rows, err := s.Attendees(ctx, c.MeetingDate((i*step)%c.Meetings()))
		return len(rows), err
	}); err != nil {
		return out, err
	}
	if err := run("meetings", func(i int) (int, error) {
		rows, err := s.Meetings(ctx, synth.OrgID(i % synth.Orgs())[4:])
		return len(rows), err
	}); err != nil {
		return out, err
	}
	dstep := max(1, c.Len()/n)
	if err := run("trace-3", func(i int) (int, error) {
		rows, err := s.Trace(ctx, c.DocID((i*dstep)%c.Len()), 3)
		return len(rows), err
	}); err != nil {
		return out, err
	}
	return out, nil
}
