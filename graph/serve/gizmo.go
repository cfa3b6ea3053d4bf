package serve

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"runtime"
	"runtime/metrics"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
)

// Gizmo is a program a visitor sends: it runs in its own small pool of
// slots, so that named queries never wait behind it, and each run is bound
// in time (the clock), in memory (a watchdog of the heap) and in the size
// of its results. Both bounds stop the program the way Cayley's session
// stops it on a cancelled context: goja's Interrupt.

// errGizmoMemory is a program stopped for the memory it took.
var errGizmoMemory = errors.New("gizmo: the query used more memory than its limit and was stopped")

// gizmoRequest is the JSON body of POST /api/gizmo.
type gizmoRequest struct {
	Query string `json:"query"`
	Limit int    `json:"limit"`
}

// heapBytes is the Go heap in use (live and not yet collected objects).
func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// watchMemory cancels ctx with errGizmoMemory when the heap grows by more
// than limit bytes over what it was when the watch began. The heap is the
// process's: a run that shares it with others may be stopped for their
// growth too, which errs on the side of the server.
func watchMemory(ctx context.Context, cancel context.CancelCauseFunc, limit uint64) {
	base := heapBytes()
	t := time.NewTicker(2 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if h := heapBytes(); h > base && h-base > limit {
				cancel(errGizmoMemory)
				return
			}
		}
	}
}

// runGizmo runs a program within the server's bounds.
func (srv *Server) runGizmo(ctx context.Context, q string, limit int) ([]any, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	ctx, stop := context.WithTimeoutCause(ctx, srv.o.GizmoTimeout, fmt.Errorf("gizmo: stopped after %s: %w", srv.o.GizmoTimeout, context.DeadlineExceeded))
	defer stop()
	go watchMemory(ctx, cancel, uint64(srv.o.GizmoMemory))

	ses := gizmo.NewSession(srv.s.QuadStore())
	it, err := ses.Execute(ctx, q, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, bad("gizmo: %v", err)
	}
	defer it.Close()
	out := []any{}
	size := 0
	for it.Next(ctx) {
		v := it.Result()
		if v == nil {
			continue
		}
		b, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		if size += len(b) + 1; size > srv.o.MaxResponse {
			return nil, errTooLarge
		}
		out = append(out, v)
	}
	if cause := context.Cause(ctx); cause != nil {
		if errors.Is(cause, errGizmoMemory) {
			runtime.GC() // give back what the program took, now
		}
		return nil, cause
	}
	if err := it.Err(); err != nil {
		return nil, bad("gizmo: %v", err)
	}
	return out, nil
}

// gizmoHandler takes a program by POST with a JSON body
// ({"query": "...", "limit": 100}) and runs it in a slot of its own pool.
func (srv *Server) gizmoHandler(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, http.StatusMethodNotAllowed, `Gizmo takes POST with a JSON body: {"query": "g.V(...).All()", "limit": 100}`)
		return
	}
	if ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); ct != "application/json" {
		writeError(w, http.StatusUnsupportedMediaType, "Gizmo takes a JSON body (Content-Type: application/json)")
		return
	}
	if len(r.URL.RawQuery) > 0 {
		srv.fail(w, r, bad("Gizmo takes its query in the JSON body, not in the URL"))
		return
	}
	var req gizmoRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		srv.fail(w, r, bad("body: %v", err))
		return
	}
	if err := dec.Decode(&struct{}{}); err != io.EOF {
		srv.fail(w, r, bad("body: one JSON object"))
		return
	}
	if strings.TrimSpace(req.Query) == "" {
		srv.fail(w, r, bad(`missing "query": a Gizmo program`))
		return
	}
	if req.Limit == 0 {
		req.Limit = 100
	}
	if req.Limit < 1 || req.Limit > srv.o.MaxRows {
		srv.fail(w, r, bad(`"limit": want a number from 1 to %d`, srv.o.MaxRows))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), srv.o.RequestTimeout)
	defer cancel()
	select {
	case srv.gizmoSem <- struct{}{}:
	case <-time.After(time.Second):
		writeError(w, http.StatusServiceUnavailable, "every Gizmo slot is busy: try again")
		return
	case <-ctx.Done():
		return
	}
	defer func() { <-srv.gizmoSem }()
	rs, err := srv.runGizmo(ctx, req.Query, req.Limit)
	if err != nil {
		srv.fail(w, r.WithContext(ctx), err)
		return
	}
	srv.jsonHandler(func(*http.Request) (any, error) { return capRows(srv, rs), nil })(w, r)
}
