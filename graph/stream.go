package graph

import (
	"context"
	"time"
)

// A group is committed when it is full, when no document came for
// idleFlush, or once it is maxGroupAge old (so that progress shows and a
// stop loses little). Larger groups rewrite the index lists and records that
// many documents share less often.
const (
	idleFlush   = 200 * time.Millisecond
	maxGroupAge = 3 * time.Second
)

// WriteStream is the single writer of an ingest: it takes prepared
// documents from docs (prepared by as many goroutines as there are cores)
// until docs is closed, and writes them in groups of about one Badger
// transaction each; on a backend that pipelines commits (Badger) the next
// group is planned while the last one is applied. progress, if not nil, is
// called after each group with the totals of the groups known applied. It returns the totals; its error is a failure of the
// store, after which the remaining documents are not written (docs is still
// drained so that producers can finish).
func (s *Store) WriteStream(ctx context.Context, docs <-chan *Doc, progress func(WriteResult)) (WriteResult, error) {
	// The last group's commit stays in flight while the next is planned
	// (committer); progress counts only commits known to be applied.
	c := &committer{}
	maxCount, maxSize := s.groupLimits()
	var (
		batch       []*Doc
		count, size int64
		err         error
	)
	flush := func(settle bool) {
		if len(batch) > 0 && err == nil {
			err = s.writeDocs(ctx, batch, c)
		}
		batch, count, size = batch[:0], 0, 0
		if settle && err == nil {
			err = s.settle(ctx, c)
		}
		if progress != nil {
			progress(c.done)
		}
	}
	finish := func() (WriteResult, error) {
		if err == nil {
			err = s.settle(ctx, c)
		} else {
			c.settle() // counts the last commit if it was applied; err says why the writer stopped
		}
		return c.done, err
	}
	var started time.Time
	idle := time.NewTimer(time.Hour)
	defer idle.Stop()
	done := ctx.Done()
	for {
		select {
		case d, ok := <-docs:
			if !ok {
				flush(true)
				return finish()
			}
			if err != nil {
				continue // drain
			}
			c, sz := d.estimate()
			if len(batch) > 0 && (count+c > maxCount || size+sz > maxSize) {
				// The group is full without d: d starts the next one,
				// so that writeDocs does not leave it a group alone.
				flush(false)
			}
			batch = append(batch, d)
			count += c
			size += sz
			if len(batch) == 1 {
				started = time.Now()
			}
			if count >= maxCount || size >= maxSize || time.Since(started) > maxGroupAge {
				flush(false)
			} else {
				idle.Reset(idleFlush)
			}
		case <-idle.C:
			// Producers paused: commit what there is, and say so.
			flush(true)
		case <-done:
			if err == nil {
				err = ctx.Err()
			}
			batch, done = batch[:0], nil
		}
	}
}
