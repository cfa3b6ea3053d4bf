package serve

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/testfacts"
	"github.com/unkg/unkg/rules"
)

// draftResolution is seed 004, which has no symbol: it is found by its path.
const draftResolution = "../../testdata/seeds/004_b54acdac83ce6a8a.txt"

// seedStore is a store of the five seed documents, extracted by the real extractor.
func seedStore(t testing.TB) *graph.Store {
	t.Helper()
	dir := t.TempDir()
	s, err := graph.Open(dir, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(set, extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("../../testdata/seeds/*.txt")
	var facts []*extract.Facts
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := x.Document(p, data)
		if err != nil {
			t.Fatal(err)
		}
		facts = append(facts, f)
	}
	if len(facts) != 5 {
		t.Fatalf("want the 5 seeds, got %d", len(facts))
	}
	res, err := s.Write(context.Background(), facts)
	if err != nil || len(res.Errors) > 0 {
		t.Fatalf("seed write: %+v %v", res, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// Served read-only, as `unkg serve` opens it: a writer's memtables
	// (128 MB each) are no part of what a server holds.
	r, err := graph.Open(dir, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

// start serves a seeded store on a random loopback port and returns its base URL.
func start(t testing.TB, o Options) string {
	t.Helper()
	s := seedStore(t)
	srv := New(s, o)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := srv.HTTPServer(ln.Addr().String())
	go hs.Serve(ln)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		hs.Shutdown(ctx)
	})
	return "http://" + ln.Addr().String()
}

func get(t testing.TB, u string) (int, map[string]any) {
	t.Helper()
	r, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	b, _ := io.ReadAll(r.Body)
	var v map[string]any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%s: status %d, not JSON: %s", u, r.StatusCode, b)
	}
	return r.StatusCode, v
}

func TestAPI(t *testing.T) {
	base := start(t, Options{})
	code, v := get(t, base+"/api/search?q="+url.QueryEscape("African Union"))
	if code != 200 || !strings.Contains(mustJSON(v), `"id":"org:AU"`) {
		t.Errorf("search: %d %v", code, v)
	}
	code, v = get(t, base+"/api/search?q="+url.QueryEscape("الاتحاد الافريقي")+"&lang=ar")
	if code != 200 || !strings.Contains(mustJSON(v), `"label":"الاتحاد الأفريقي"`) {
		t.Errorf("search in Arabic: %d %v", code, v)
	}
	code, v = get(t, base+"/api/search?q=2003-04-11")
	if code != 200 || !strings.Contains(mustJSON(v), testfacts.Meeting2003) {
		t.Errorf("search a date: %d %v", code, v)
	}
	code, v = get(t, base+"/api/graph?id=org:AU")
	if code != 200 || !strings.Contains(mustJSON(v), `"date":"2003-04-11"`) {
		t.Errorf("graph: %d %v", code, v)
	}
	code, v = get(t, base+"/api/evidence?s=org:AU&p=attended&o="+url.QueryEscape(testfacts.Meeting2003))
	// The sentences of seeds 000 and 001 that state the attendance, in Arabic and Chinese.
	if code != 200 || !strings.Contains(mustJSON(v), "المنظمات الممثلة في الجلسة تتكون من الاتحاد الأفريقي") || !strings.Contains(mustJSON(v), "出席 会议 的 组织 有") || !strings.Contains(mustJSON(v), `"start":1903`) {
		t.Errorf("evidence: %d %v", code, v)
	}
	for _, u := range []string{"/api/attendees?meeting=2003-04-11", "/api/meetings?org=AU", "/api/presidencies?country=MEX",
		"/api/trace?doc=" + url.QueryEscape(draftResolution), "/api/stats", "/api/node?id=org:AU"} {
		if code, v := get(t, base+u); code != 200 {
			t.Errorf("%s: %d %v", u, code, v)
		}
	}
	// Bad requests: 400 with a JSON error.
	for _, u := range []string{"/api/search", "/api/search?q=x&q=y", "/api/search?q=AU&lang=de", "/api/search?q=AU&bogus=1",
		"/api/graph?id=org:AU&depth=9", "/api/graph?id=org:AU&depth=x", "/api/trace?doc=x&depth=-1", "/api/attendees?meeting=yesterday",
		"/api/graph?id=org:AU&from=soon"} {
		code, v := get(t, base+u)
		if code != 400 || v["error"] == nil {
			t.Errorf("%s: %d %v, want 400 with an error", u, code, v)
		}
	}
	for _, u := range []string{"/api/graph?id=org:NOPE", "/api/attendees?meeting=1999-01-01", "/api/nope"} {
		if code, v := get(t, base+u); code != 404 || v["error"] == nil {
			t.Errorf("%s: %d %v, want 404", u, code, v)
		}
	}
	// Read-only.
	r, err := http.Post(base+"/api/search?q=AU", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode != 405 {
		t.Errorf("POST /api/search: %d, want 405", r.StatusCode)
	}
	// Another host name on loopback (DNS rebinding) is refused.
	req, _ := http.NewRequest("GET", base+"/api/stats", nil)
	req.Host = "evil.example:80"
	if r, err := http.DefaultClient.Do(req); err != nil || r.StatusCode != 403 {
		t.Errorf("foreign Host: %v %v", r.StatusCode, err)
	}
	// The page and the vendored library are served from the binary.
	for _, u := range []string{"/", "/app.js", "/cytoscape.min.js", "/style.css"} {
		r, err := http.Get(base + u)
		if err != nil || r.StatusCode != 200 {
			t.Errorf("%s: %v %v", u, r.StatusCode, err)
		}
		r.Body.Close()
	}
}

func TestGizmoTimeout(t *testing.T) {
	base := start(t, Options{GizmoTimeout: 500 * time.Millisecond, RequestTimeout: 2 * time.Second})
	t0 := time.Now()
	code, v := postGizmo(t, base, "var i = 0; while (true) { i++ }", nil)
	if d := time.Since(t0); code != 503 || d > 1900*time.Millisecond {
		t.Errorf("runaway gizmo: %d after %s: %v", code, d, v)
	}
	// The server still answers.
	if code, _ := get(t, base+"/api/stats"); code != 200 {
		t.Errorf("after a runaway query: %d", code)
	}
}

func TestSizeLimit(t *testing.T) {
	base := start(t, Options{MaxResponse: 200})
	if code, v := get(t, base+"/api/graph?id=org:AU"); code != 413 {
		t.Errorf("big answer: %d %v, want 413", code, v)
	}
	if code, v := get(t, base+"/api/attendees?meeting=2003-04-11"); code != 413 {
		t.Errorf("big answer: %d %v, want 413", code, v)
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
