// Package serve is unkg's read-only HTTP API over a store and the web page
// that draws the graph (static files embedded in the binary, cytoscape.js
// vendored by scripts/vendor-web.sh).
//
// Every request has a time limit, every answer a size limit; a Gizmo query
// runs in its own slots, bounded in time and memory (gizmo.go); bad
// parameters get 400 with {"error": "..."}; only GET and HEAD (and POST
// with a JSON body for Gizmo) are served, cross-site requests to the API
// are refused, and nothing writes to the store.
package serve

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net"
	"net/http"
	"net/url"
	"path"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/export"
	"github.com/unkg/unkg/rules"
)

//go:embed static
var static embed.FS

// Options tune the server. The zero value gives the defaults.
type Options struct {
	RequestTimeout time.Duration // per request (default 10s)
	GizmoTimeout   time.Duration // per Gizmo query (default 5s, at most RequestTimeout)
	MaxResponse    int           // bytes of one answer (default 8 MiB)
	MaxRows        int           // rows of one answer (default 2000)
	MaxNodes       int           // nodes of one neighbourhood (default 300)
	MaxConcurrent  int           // API requests served at once (default 4 x GOMAXPROCS); others wait
	GizmoSlots     int           // Gizmo programs run at once, apart from the other requests (default GOMAXPROCS/2, at least 1)
	GizmoMemory    int           // bytes of heap a Gizmo program may take (default 64 MiB)
	Log            *log.Logger   // request errors (nil: none)
}

func (o *Options) defaults() {
	if o.RequestTimeout <= 0 {
		o.RequestTimeout = 10 * time.Second
	}
	if o.GizmoTimeout <= 0 {
		o.GizmoTimeout = 5 * time.Second
	}
	o.GizmoTimeout = min(o.GizmoTimeout, o.RequestTimeout)
	if o.MaxResponse <= 0 {
		o.MaxResponse = 8 << 20
	}
	if o.MaxRows <= 0 {
		o.MaxRows = 2000
	}
	if o.MaxNodes <= 0 {
		o.MaxNodes = 300
	}
	if o.MaxConcurrent <= 0 {
		o.MaxConcurrent = 4 * runtime.GOMAXPROCS(0)
	}
	if o.GizmoSlots <= 0 {
		o.GizmoSlots = max(1, runtime.GOMAXPROCS(0)/2)
	}
	if o.GizmoMemory <= 0 {
		o.GizmoMemory = 64 << 20
	}
}

// Server serves one store.
type Server struct {
	s        *graph.Store
	o        Options
	sem      chan struct{}
	gizmoSem chan struct{} // Gizmo's own slots
	mux      *http.ServeMux
	page     http.Handler
}

// New returns the server of a store.
func New(s *graph.Store, o Options) *Server {
	o.defaults()
	srv := &Server{s: s, o: o, sem: make(chan struct{}, o.MaxConcurrent), gizmoSem: make(chan struct{}, o.GizmoSlots), mux: http.NewServeMux()}
	sub, err := fs.Sub(static, "static")
	if err != nil {
		panic(err)
	}
	srv.page = http.FileServer(http.FS(sub))
	api := map[string]func(*http.Request) (any, error){
		"/api/search":       srv.search,
		"/api/node":         srv.node,
		"/api/graph":        nil, // streams: see graphHandler
		"/api/evidence":     srv.evidence,
		"/api/attendees":    srv.attendees,
		"/api/meetings":     srv.meetings,
		"/api/presidencies": srv.presidencies,
		"/api/trace":        srv.trace,
		"/api/stats":        srv.stats,
	}
	srv.mux.HandleFunc("/api/gizmo", srv.gizmoHandler) // its own slots and bounds (gizmo.go)
	for path, fn := range api {
		if fn == nil {
			srv.mux.Handle(path, srv.limited(srv.graphHandler))
			continue
		}
		srv.mux.Handle(path, srv.limited(srv.jsonHandler(fn)))
	}
	srv.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
	})
	srv.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			writeError(w, http.StatusMethodNotAllowed, "read-only: GET only")
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		srv.page.ServeHTTP(w, r)
	})
	return srv
}

// HTTPServer wraps the handler in an http.Server with time and size limits.
func (srv *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           srv,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      srv.o.RequestTimeout + 10*time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
}

var loopbackHost = regexp.MustCompile(`(?i)^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$`)

// crossSite says why a request comes from another site's page, "" when it
// does not: the browser's Sec-Fetch-Site, else an Origin that is not this
// server's. Requests without either (curl, scripts) are not cross-site.
func crossSite(r *http.Request) string {
	switch site := r.Header.Get("Sec-Fetch-Site"); site {
	case "", "same-origin", "none":
	default:
		return "Sec-Fetch-Site: " + site
	}
	if o := r.Header.Get("Origin"); o != "" {
		u, err := url.Parse(o)
		if err != nil || !strings.EqualFold(u.Host, r.Host) || (u.Scheme != "http" && u.Scheme != "https") {
			return "Origin: " + o
		}
	}
	return ""
}

func (srv *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:")
	// A page elsewhere must not reach a server on loopback through a
	// rebound DNS name: on loopback, only loopback host names are served.
	if la, ok := r.Context().Value(http.LocalAddrContextKey).(net.Addr); ok {
		if ta, ok := la.(*net.TCPAddr); ok && ta.IP.IsLoopback() && !loopbackHost.MatchString(r.Host) {
			writeError(w, http.StatusForbidden, "host "+r.Host+" is not a loopback name")
			return
		}
	}
	if !utf8.ValidString(r.URL.Path) || strings.ContainsRune(r.URL.Path, 0) {
		writeError(w, http.StatusBadRequest, "the path is not valid UTF-8 text")
		return
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		// The mux would redirect a path that is not clean ("/api/.") with
		// an HTML body; the API answers JSON, always.
		if !cleanPath(r.URL.Path) {
			writeError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
			return
		}
		if why := crossSite(r); why != "" {
			writeError(w, http.StatusForbidden, "cross-site request refused ("+why+")")
			return
		}
	}
	srv.mux.ServeHTTP(w, r)
}

// cleanPath says whether p is as path.Clean writes it (a trailing slash kept).
func cleanPath(p string) bool {
	c := path.Clean(p)
	if strings.HasSuffix(p, "/") && c != "/" {
		c += "/"
	}
	return c == p
}

// limited applies the request limits: method, body size, concurrency, time.
func (srv *Server) limited(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodHead:
		default:
			writeError(w, http.StatusMethodNotAllowed, "read-only: GET only")
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
		ctx, cancel := context.WithTimeout(r.Context(), srv.o.RequestTimeout)
		defer cancel()
		select {
		case srv.sem <- struct{}{}:
		case <-ctx.Done():
			writeError(w, http.StatusServiceUnavailable, "server busy: try again")
			return
		}
		defer func() { <-srv.sem }()
		h(w, r.WithContext(ctx))
	})
}

// badRequest is an error in the request's parameters: 400.
type badRequest struct{ msg string }

func (e *badRequest) Error() string { return e.msg }

func bad(format string, a ...any) error { return &badRequest{fmt.Sprintf(format, a...)} }

// errTooLarge is an answer over the size limit.
var errTooLarge = errors.New("answer too large: narrow the query")

func status(err error) int {
	var br *badRequest
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &br), errors.As(err, &mbe):
		return http.StatusBadRequest
	case errors.Is(err, graph.ErrNotFound), errors.Is(err, export.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, errGizmoMemory):
		return http.StatusServiceUnavailable
	case errors.Is(err, errTooLarge):
		return http.StatusRequestEntityTooLarge
	case strings.Contains(err.Error(), "neither a meeting id"):
		return http.StatusBadRequest
	}
	return http.StatusInternalServerError
}

func writeError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]any{"error": msg, "status": code})
}

func (srv *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := status(err)
	msg := err.Error()
	if errors.Is(err, context.DeadlineExceeded) {
		msg = "the query took longer than the time limit and was stopped: " + msg
	}
	if srv.o.Log != nil && code >= 500 {
		srv.o.Log.Printf("%s %s: %v", r.Method, r.URL, err)
	}
	writeError(w, code, msg)
}

func (srv *Server) jsonHandler(fn func(*http.Request) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, err := fn(r)
		if err == nil {
			if cerr := r.Context().Err(); cerr != nil {
				err = cerr
			}
		}
		if err != nil {
			srv.fail(w, r, err)
			return
		}
		b, err := json.Marshal(v)
		if err != nil {
			srv.fail(w, r, err)
			return
		}
		if len(b) > srv.o.MaxResponse {
			srv.fail(w, r, errTooLarge)
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Content-Length", strconv.Itoa(len(b)+1))
		w.Write(b)
		w.Write([]byte("\n"))
	}
}

// Parameters.

var allowedParams = map[string]map[string]bool{
	"/api/search":       {"q": true, "lang": true},
	"/api/node":         {"id": true, "lang": true},
	"/api/graph":        {"id": true, "depth": true, "lang": true, "max": true, "predicates": true, "from": true, "to": true},
	"/api/evidence":     {"s": true, "p": true, "o": true},
	"/api/attendees":    {"meeting": true},
	"/api/meetings":     {"org": true},
	"/api/presidencies": {"country": true},
	"/api/trace":        {"doc": true, "depth": true},
	"/api/stats":        {},
}

// params checks the query parameters of r: known names, one value each, a
// bounded length.
func params(r *http.Request) (map[string]string, error) {
	q, err := urlQuery(r)
	if err != nil {
		return nil, err
	}
	allowed := allowedParams[r.URL.Path]
	out := map[string]string{}
	for k, vs := range q {
		if !allowed[k] {
			return nil, bad("unknown parameter %q", k)
		}
		if len(vs) != 1 {
			return nil, bad("parameter %q given %d times", k, len(vs))
		}
		if len(vs[0]) > 4096 {
			return nil, bad("parameter %q is too long", k)
		}
		out[k] = strings.TrimSpace(vs[0])
	}
	return out, nil
}

func urlQuery(r *http.Request) (map[string][]string, error) {
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, bad("bad query string: %v", err)
	}
	return q, nil
}

func required(p map[string]string, name string) (string, error) {
	v := p[name]
	if v == "" {
		return "", bad("missing parameter %q", name)
	}
	return v, nil
}

func intParam(p map[string]string, name string, def, lo, hi int) (int, error) {
	v, ok := p[name]
	if !ok || v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, bad("parameter %q: want a number from %d to %d", name, lo, hi)
	}
	return n, nil
}

func langParam(p map[string]string) (string, error) {
	if l := p["lang"]; l == "" || rules.IsLanguage(l) {
		return l, nil
	}
	return "", bad("parameter \"lang\": want %s", rules.LanguageList())
}

// rows caps a list of rows.
type rows[T any] struct {
	Rows      []T  `json:"rows"`
	Count     int  `json:"count"`
	Truncated bool `json:"truncated,omitempty"`
}

func capRows[T any](srv *Server, rs []T) rows[T] {
	out := rows[T]{Rows: rs, Count: len(rs)}
	if out.Rows == nil {
		out.Rows = []T{}
	}
	if len(rs) > srv.o.MaxRows {
		out.Rows, out.Truncated = rs[:srv.o.MaxRows], true
	}
	return out
}

// Endpoints.

var reDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// search finds entities by id, code or name in any language, and meetings by date.
func (srv *Server) search(r *http.Request) (any, error) {
	p, err := params(r)
	if err != nil {
		return nil, err
	}
	q, err := required(p, "q")
	if err != nil {
		return nil, err
	}
	lang, err := langParam(p)
	if err != nil {
		return nil, err
	}
	ctx := r.Context()
	var ids []string
	if reDate.MatchString(q) {
		att, err := srv.s.Attendees(ctx, q)
		if err != nil && !errors.Is(err, graph.ErrNotFound) {
			return nil, err
		}
		seen := map[string]bool{}
		for _, a := range att {
			if !seen[a.Meeting] {
				seen[a.Meeting] = true
				ids = append(ids, a.Meeting)
			}
		}
	} else {
		for _, prefix := range []string{"", "org:", "country:"} {
			ids, err = srv.s.Entities(ctx, q, prefix)
			if err == nil {
				break
			}
			if !errors.Is(err, graph.ErrNotFound) {
				return nil, err
			}
		}
	}
	if len(ids) > srv.o.MaxRows {
		ids = ids[:srv.o.MaxRows]
	}
	nodes, err := export.Describe(ctx, srv.s, ids, lang)
	if err != nil {
		return nil, err
	}
	if nodes == nil {
		nodes = []export.NodeData{}
	}
	return map[string]any{"query": q, "results": nodes}, nil
}

func (srv *Server) node(r *http.Request) (any, error) {
	p, err := params(r)
	if err != nil {
		return nil, err
	}
	id, err := required(p, "id")
	if err != nil {
		return nil, err
	}
	lang, err := langParam(p)
	if err != nil {
		return nil, err
	}
	nodes, err := export.Describe(r.Context(), srv.s, []string{id}, lang)
	if err != nil {
		return nil, err
	}
	if len(nodes) == 0 {
		return nil, fmt.Errorf("%s: %w", id, graph.ErrNotFound)
	}
	return nodes[0], nil
}

// limitWriter fails once more than n bytes are written.
type limitWriter struct {
	w io.Writer
	n int
}

func (l *limitWriter) Write(b []byte) (int, error) {
	if len(b) > l.n {
		return 0, errTooLarge
	}
	l.n -= len(b)
	return l.w.Write(b)
}

// graphHandler answers the neighbourhood of an entity as Cytoscape JSON.
func (srv *Server) graphHandler(w http.ResponseWriter, r *http.Request) {
	p, err := params(r)
	if err != nil {
		srv.fail(w, r, err)
		return
	}
	id, err := required(p, "id")
	if err != nil {
		srv.fail(w, r, err)
		return
	}
	o := export.Options{Format: "cyjs", Around: []string{id}, From: p["from"], To: p["to"]}
	if o.Lang, err = langParam(p); err == nil {
		if o.Depth, err = intParam(p, "depth", 1, 1, 3); err == nil {
			o.MaxNodes, err = intParam(p, "max", srv.o.MaxNodes, 1, 5*srv.o.MaxNodes)
		}
	}
	if err != nil {
		srv.fail(w, r, err)
		return
	}
	for _, pr := range strings.Split(p["predicates"], ",") {
		if pr = strings.TrimSpace(pr); pr != "" {
			o.Predicates = append(o.Predicates, pr)
		}
	}
	if err := o.Check(); err != nil {
		srv.fail(w, r, bad("%v", err))
		return
	}
	var buf bytes.Buffer
	st, err := export.Export(r.Context(), srv.s, &limitWriter{&buf, srv.o.MaxResponse}, o)
	if err != nil {
		srv.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Unkg-Nodes", strconv.Itoa(st.Nodes))
	w.Header().Set("X-Unkg-Edges", strconv.Itoa(st.Edges))
	w.Header().Set("X-Unkg-Truncated", strconv.FormatBool(st.Truncated))
	w.Write(buf.Bytes())
}

// Evidence is one place in a document that states a relation.
type Evidence struct {
	Document string `json:"document"`
	Path     string `json:"path,omitempty"`
	Lang     string `json:"lang,omitempty"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Page     int    `json:"page,omitempty"` // PDF: the 1-based page of Start
	Rule     string `json:"rule,omitempty"`
	Text     string `json:"text,omitempty"`
}

// maxEvidenceDocs bounds the documents an evidence answer reads.
const maxEvidenceDocs = 50

func (srv *Server) evidence(r *http.Request) (any, error) {
	p, err := params(r)
	if err != nil {
		return nil, err
	}
	var spo [3]string
	for i, k := range []string{"s", "p", "o"} {
		if spo[i], err = required(p, k); err != nil {
			return nil, err
		}
	}
	docs, err := export.EdgeDocuments(r.Context(), srv.s, spo[0], spo[1], spo[2])
	if err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s %s %s: %w", spo[0], spo[1], spo[2], graph.ErrNotFound)
	}
	truncated := len(docs) > maxEvidenceDocs
	if truncated {
		docs = docs[:maxEvidenceDocs]
	}
	found, err := srv.s.Sources().Evidence(spo[0], spo[1], spo[2], docs)
	if err != nil {
		return nil, err
	}
	out := make([]Evidence, 0, len(found))
	for _, e := range found {
		out = append(out, Evidence{Document: e.ID, Path: e.Path, Lang: e.Lang,
			Start: e.Start, End: e.End, Page: e.Page, Rule: e.Rule, Text: e.Text})
	}
	return map[string]any{"subject": spo[0], "predicate": spo[1], "object": spo[2], "documents": docs,
		"evidence": out, "truncated": truncated}, nil
}

func (srv *Server) attendees(r *http.Request) (any, error) {
	p, err := params(r)
	if err != nil {
		return nil, err
	}
	m, err := required(p, "meeting")
	if err != nil {
		return nil, err
	}
	rs, err := srv.s.Attendees(r.Context(), m)
	return capRows(srv, rs), err
}

func (srv *Server) meetings(r *http.Request) (any, error) {
	p, err := params(r)
	if err != nil {
		return nil, err
	}
	org, err := required(p, "org")
	if err != nil {
		return nil, err
	}
	rs, err := srv.s.Meetings(r.Context(), org)
	return capRows(srv, rs), err
}

func (srv *Server) presidencies(r *http.Request) (any, error) {
	p, err := params(r)
	if err != nil {
		return nil, err
	}
	rs, err := srv.s.Presidencies(r.Context(), p["country"])
	return capRows(srv, rs), err
}

func (srv *Server) trace(r *http.Request) (any, error) {
	p, err := params(r)
	if err != nil {
		return nil, err
	}
	doc, err := required(p, "doc")
	if err != nil {
		return nil, err
	}
	depth, err := intParam(p, "depth", graph.DefaultTraceDepth, 1, 12)
	if err != nil {
		return nil, err
	}
	rs, err := srv.s.Trace(r.Context(), doc, depth)
	return capRows(srv, rs), err
}

func (srv *Server) stats(r *http.Request) (any, error) {
	if _, err := params(r); err != nil {
		return nil, err
	}
	st, err := srv.s.Stats(r.Context())
	return map[string]any{"stats": st, "colors": export.TypeColors()}, err
}
