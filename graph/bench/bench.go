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

	"github.com/unkg/unkg/extract"
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

// IngestFacts writes facts as Ingest writes a synthetic corpus.
func IngestFacts(ctx context.Context, s *graph.Store, fs []*extract.Facts) (IngestResult, error) {
	start := time.Now()
	docs := make(chan *graph.Doc, 512)
	var prepErr error
	go func() {
		defer close(docs)
		var wg sync.WaitGroup
		next := make(chan *extract.Facts)
		var once sync.Once
		for range runtime.GOMAXPROCS(0) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for f := range next {
					d, err := graph.Prepare(f)
					if err != nil {
						once.Do(func() { prepErr = err })
						continue
					}
					docs <- d
				}
			}()
		}
		for _, f := range fs {
			next <- f
		}
		close(next)
		wg.Wait()
	}()
	res, err := s.WriteStream(ctx, docs, nil)
	out := IngestResult{WriteResult: res, Docs: len(fs), Duration: time.Since(start)}
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

// Args are the arguments the timed queries cycle through: meeting dates or
// ids for attendees, organization ids or acronyms for meetings, document ids
// for trace.
type Args struct {
	Meetings []string
	Orgs     []string
	Docs     []string
}

// CorpusArgs are the arguments for a synthetic corpus: n meeting dates spread
// over all meetings (the most described first), every organization, and n
// documents spread over the corpus.
func CorpusArgs(c *synth.Corpus, n int) Args {
	var a Args
	step := max(1, c.Meetings()/n)
	for i := range n {
		a.Meetings = append(a.Meetings, c.MeetingDate((i*step)%c.Meetings()))
	}
	for i := range synth.Orgs() {
		a.Orgs = append(a.Orgs, synth.OrgID(i)[4:])
	}
	dstep := max(1, c.Len()/n)
	for i := range n {
		a.Docs = append(a.Docs, c.DocID((i*dstep)%c.Len()))
	}
	return a
}

// Queries times n runs each of attendees (by meeting date), meetings (by
// organization acronym, the popular ones included) and a 3-step trace (from
// documents), over the corpus's meetings, organizations and documents.
func Queries(ctx context.Context, s *graph.Store, c *synth.Corpus, n int) ([]Latency, error) {
	return QueriesOn(ctx, s, CorpusArgs(c, n), n)
}

// QueriesOn times n runs each of attendees, meetings and a 3-step trace,
// cycling through the arguments in a.
func QueriesOn(ctx context.Context, s *graph.Store, a Args, n int) ([]Latency, error) {
	var out []Latency
	run := func(name string, args []string, q func(arg string) (int, error)) error {
		if len(args) == 0 {
			return nil
		}
		ds := make([]time.Duration, 0, n)
		rows := 0
		for i := range n {
			t := time.Now()
			k, err := q(args[i%len(args)])
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
	if err := run("attendees", a.Meetings, func(m string) (int, error) {
		rows, err := s.Attendees(ctx, m)
		return len(rows), err
	}); err != nil {
		return out, err
	}
	if err := run("meetings", a.Orgs, func(o string) (int, error) {
		rows, err := s.Meetings(ctx, o)
		return len(rows), err
	}); err != nil {
		return out, err
	}
	if err := run("trace-3", a.Docs, func(d string) (int, error) {
		rows, err := s.Trace(ctx, d, 3)
		return len(rows), err
	}); err != nil {
		return out, err
	}
	return out, nil
}

// GraphArgs are arguments taken from the graph itself (for a graph of real
// documents): up to n meetings and documents spread over all of them, and
// every organization.
func GraphArgs(ctx context.Context, s *graph.Store, n int) (Args, error) {
	var a Args
	pick := func(typ string, dst *[]string) error {
		ids, err := s.EntitiesOfType(ctx, typ)
		if err != nil {
			return err
		}
		step := max(1, len(ids)/n)
		for i := 0; i < len(ids) && len(*dst) < n; i += step {
			*dst = append(*dst, ids[i])
		}
		return nil
	}
	if err := pick("Meeting", &a.Meetings); err != nil {
		return a, err
	}
	if err := pick("Document", &a.Docs); err != nil {
		return a, err
	}
	orgs, err := s.EntitiesOfType(ctx, "Organization")
	a.Orgs = orgs
	return a, err
}
