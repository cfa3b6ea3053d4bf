package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"time"

	"github.com/unkg/unkg/graph/serve"
)

func runServe(ctx context.Context, e env, args []string) int {
	fs := newFlags(e, "serve", "serve [flags]\n\n"+
		"Serve the graph read-only over HTTP: a page that draws it (search an organization or a meeting,\n"+
		"click a node to expand it, an edge to read the sentences that state it) and JSON endpoints:\n"+
		"/api/search?q= /api/node?id= /api/graph?id=&depth= /api/evidence?s=&p=&o= /api/attendees?meeting=\n"+
		"/api/meetings?org= /api/presidencies?country= /api/trace?doc= /api/gizmo?q= /api/stats")
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (loopback unless you say otherwise)")
	timeout := fs.Duration("timeout", 10*time.Second, "time limit of a request")
	gizmoTimeout := fs.Duration("gizmo-timeout", 5*time.Second, "time limit of a Gizmo query")
	maxNodes := fs.Int("max-nodes", 300, "nodes of one neighbourhood at most")
	pos, done, code := parseInterspersed(fs, args)
	if done {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(e.stderr, "unkg serve: unexpected argument %q\n", pos[0])
		return exitUsage
	}
	if *timeout <= 0 || *gizmoTimeout <= 0 || *maxNodes <= 0 {
		fmt.Fprintln(e.stderr, "unkg serve: --timeout, --gizmo-timeout and --max-nodes must be positive")
		return exitUsage
	}
	s, code := openReader(e, dbDir(*db))
	if s == nil {
		return code
	}
	defer s.Close()
	srv := serve.New(s, serve.Options{RequestTimeout: *timeout, GizmoTimeout: *gizmoTimeout, MaxNodes: *maxNodes,
		Log: log.New(e.stderr, "unkg serve: ", log.LstdFlags)})
	hs := srv.HTTPServer(*addr)
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg serve: %v\n", err)
		return exitFatal
	}
	if ta, ok := ln.Addr().(*net.TCPAddr); ok && !ta.IP.IsLoopback() {
		fmt.Fprintf(e.stderr, "unkg serve: warning: listening on %s, reachable from other machines\n", ln.Addr())
	}
	fmt.Fprintf(e.stdout, "serving %s read-only on http://%s/ (Ctrl-C to stop)\n", dbDir(*db), ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err = <-errc:
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err = hs.Shutdown(sctx)
		cancel()
	}
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(e.stderr, "unkg serve: %v\n", err)
		return exitFatal
	}
	return exitOK
}
