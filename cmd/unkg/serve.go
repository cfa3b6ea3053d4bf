package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/unkg/unkg/graph/serve"
)

type serveOpts struct {
	db, addr              string
	timeout, gizmoTimeout time.Duration
	maxNodes              int
}

func serveCmd(e env) *cobra.Command {
	var o serveOpts
	c := &cobra.Command{
		Use:   "serve [flags]",
		Short: "serve the graph read-only over HTTP: a page that draws it and a JSON API",
		Long: "Serve the graph read-only over HTTP: a page that draws it (search an organization or a meeting,\n" +
			"click a node to expand it, an edge to read the sentences that state it) and JSON endpoints:\n" +
			"/api/search?q= /api/node?id= /api/graph?id=&depth= /api/evidence?s=&p=&o= /api/attendees?meeting=\n" +
			"/api/meetings?org= /api/presidencies?country= /api/trace?doc= /api/gizmo?q= /api/stats",
		Args: cobra.NoArgs,
	}
	f := c.Flags()
	dbFlag(f, &o.db)
	f.StringVar(&o.addr, "addr", "127.0.0.1:8080", "address to listen on (loopback unless you say otherwise)")
	f.DurationVar(&o.timeout, "timeout", 10*time.Second, "time limit of a request")
	f.DurationVar(&o.gizmoTimeout, "gizmo-timeout", 5*time.Second, "time limit of a Gizmo query")
	intVar(c, &o.maxNodes, "max-nodes", 300, 1, "nodes of one neighbourhood at most")
	c.RunE = body(func(ctx context.Context, args []string) int {
		if o.timeout <= 0 || o.gizmoTimeout <= 0 {
			return usageError(e, c, "--timeout and --gizmo-timeout must be positive")
		}
		return runServe(ctx, e, &o)
	})
	return c
}

func runServe(ctx context.Context, e env, o *serveOpts) int {
	db, addr, timeout, gizmoTimeout, maxNodes := &o.db, &o.addr, &o.timeout, &o.gizmoTimeout, &o.maxNodes
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
