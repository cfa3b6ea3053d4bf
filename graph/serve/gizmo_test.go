package serve

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime/debug"
	"runtime/metrics"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/unkg/unkg/graph/testfacts"
)

// postGizmo sends a program as the page would: POST, a JSON body; header
// adds or replaces request headers.
func postGizmo(t testing.TB, base, q string, header map[string]string) (int, map[string]any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": q})
	req, _ := http.NewRequest("POST", base+"/api/gizmo", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	r, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	b, _ := io.ReadAll(r.Body)
	var v map[string]any
	json.Unmarshal(b, &v)
	return r.StatusCode, v
}

// Gizmo only by POST with a JSON body; cross-site requests refused.
func TestGizmoRequests(t *testing.T) {
	base := start(t, Options{})
	code, v := postGizmo(t, base, `g.V("<org:AU>").Out("<attended>").All()`, nil)
	if code != 200 || !strings.Contains(mustJSON(v), testfacts.Meeting2003) {
		t.Errorf("POST JSON: %d %v", code, v)
	}
	if code, v := get(t, base+"/api/gizmo?q="+strings.ReplaceAll(`g.V().All()`, " ", "+")); code != 405 {
		t.Errorf("GET /api/gizmo: %d %v, want 405", code, v)
	}
	for _, c := range []struct {
		ctype, body string
		want        int
	}{
		{"text/plain", `g.V().All()`, 415},
		{"application/x-www-form-urlencoded", `query=g.V().All()`, 415},
		{"application/json", `{"query": "g.V(("}`, 400},
		{"application/json", `{"query": ""}`, 400},
		{"application/json", `{"query": "g.V().All()", "bogus": 1}`, 400},
		{"application/json", `{"query": "g.V().All()"} {}`, 400},
		{"application/json", `{"query": "g.V().All()", "limit": 999999}`, 400},
	} {
		r, err := http.Post(base+"/api/gizmo", c.ctype, strings.NewReader(c.body))
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		if r.StatusCode != c.want {
			t.Errorf("POST %s %s: %d, want %d", c.ctype, c.body, r.StatusCode, c.want)
		}
	}
	for _, h := range []map[string]string{
		{"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"}, {"Origin": "http://evil.example"},
		{"Origin": "null"},
	} {
		if code, v := postGizmo(t, base, `g.V().All()`, h); code != 403 {
			t.Errorf("cross-site %v: %d %v, want 403", h, code, v)
		}
	}
	if code, _ := postGizmo(t, base, `g.V("<org:AU>").All()`, map[string]string{"Sec-Fetch-Site": "same-origin", "Origin": base}); code != 200 {
		t.Errorf("same-origin POST: %d", code)
	}
	req, _ := http.NewRequest("GET", base+"/api/stats", nil)
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	if r, err := http.DefaultClient.Do(req); err != nil || r.StatusCode != 403 {
		t.Errorf("cross-site GET: %v %v", r.StatusCode, err)
	}
}

// The Host check ignores case; a path that is not UTF-8 is a 400, never a 500.
func TestHostAndPaths(t *testing.T) {
	base := start(t, Options{})
	req, _ := http.NewRequest("GET", base+"/api/stats", nil)
	req.Host = strings.Replace(req.URL.Host, "127.0.0.1", "LocalHost", 1)
	req.Host = "LOCALHOST:" + strings.Split(req.URL.Host, ":")[1]
	if r, err := http.DefaultClient.Do(req); err != nil || r.StatusCode != 200 {
		t.Errorf("Host %s: %v %v", req.Host, r.StatusCode, err)
	}
	for _, p := range []string{"/%ff", "/api/%ff", "/%c3%28", "/%00", "/app.js%ff"} {
		r, err := http.Get(base + p)
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		if r.StatusCode != 400 && r.StatusCode != 404 {
			t.Errorf("%s: %d, want 400 or 404", p, r.StatusCode)
		}
	}
}

// heapPeak samples the heap every millisecond until stop is closed.
func heapPeak(stop <-chan struct{}) <-chan uint64 {
	out := make(chan uint64, 1)
	go func() {
		s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
		var peak uint64
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				out <- peak
				return
			case <-t.C:
				metrics.Read(s)
				peak = max(peak, s[0].Value.Uint64()-s[1].Value.Uint64())
			}
		}
	}()
	return out
}

// A string-doubling program is stopped by the memory watchdog long before
// the clock, and the process stays under 512 MB.
func TestGizmoMemoryBound(t *testing.T) {
	base := start(t, Options{GizmoTimeout: 20 * time.Second, RequestTimeout: 30 * time.Second})
	// Earlier tests' stores (a writer's memtables are 128 MB) are garbage
	// the runtime still holds: return it, so the peak is this server's.
	debug.FreeOSMemory()
	stop := make(chan struct{})
	peak := heapPeak(stop)
	t0 := time.Now()
	code, v := postGizmo(t, base, `var s = "0123456789abcdef"; while (true) { s = s + s; }`, nil)
	d := time.Since(t0)
	close(stop)
	p := <-peak
	t.Logf("string doubling: %d after %s; peak memory of the process %.0f MB", code, d.Round(time.Millisecond), float64(p)/(1<<20))
	if code != 503 || !strings.Contains(mustJSON(v), "memory") || d > 10*time.Second {
		t.Errorf("string doubling: %d after %s: %v", code, d, v)
	}
	if p > 512<<20 {
		t.Errorf("peak memory %.0f MB, want under 512 MB", float64(p)/(1<<20))
	}
	if code, _ := get(t, base+"/api/stats"); code != 200 {
		t.Errorf("after the program: %d", code)
	}
}

// Sixteen looping programs do not hold up the named queries: Gizmo has its
// own slots. Logs the p99 of /api/meetings meanwhile.
func TestGizmoDoesNotStarveNamedQueries(t *testing.T) {
	if testing.Short() {
		t.Skip("load")
	}
	base := start(t, Options{GizmoTimeout: 2 * time.Second, RequestTimeout: 5 * time.Second})
	var stop atomic.Bool
	var wg sync.WaitGroup
	var gizmoCodes sync.Map
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				code, _ := postGizmo(t, base, "var i = 0; while (true) { i++ }", nil)
				n, _ := gizmoCodes.LoadOrStore(code, new(atomic.Int64))
				n.(*atomic.Int64).Add(1)
			}
		}()
	}
	time.Sleep(200 * time.Millisecond)
	var lat []time.Duration
	deadline := time.Now().Add(4 * time.Second)
	for time.Now().Before(deadline) {
		t0 := time.Now()
		if code, v := get(t, base+"/api/meetings?org=AU"); code != 200 {
			t.Fatalf("meetings during the programs: %d %v", code, v)
		}
		lat = append(lat, time.Since(t0))
		time.Sleep(5 * time.Millisecond)
	}
	stop.Store(true)
	wg.Wait()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	p99 := lat[min(len(lat)-1, len(lat)*99/100)]

	codes := map[int]int64{}
	gizmoCodes.Range(func(k, v any) bool { codes[k.(int)] = v.(*atomic.Int64).Load(); return true })
	t.Logf("/api/meetings while 16 Gizmo loops run: %d requests, p50 %s, p99 %s, max %s; Gizmo answers %v",
		len(lat), lat[len(lat)/2].Round(time.Microsecond), p99.Round(time.Microsecond), lat[len(lat)-1].Round(time.Microsecond), codes)
	// The figure to quote is the p99 (under 100 ms on an idle machine); the
	// test asserts what holds on a machine shared with other tests: no
	// named query waits for a Gizmo program (which took 5 to 10 s when
	// Gizmo shared their slots), and most are not slowed at all.
	if p50, worst := lat[len(lat)/2], lat[len(lat)-1]; p50 > 50*time.Millisecond || worst > 2*time.Second {
		t.Errorf("/api/meetings p50 %s, max %s: named queries wait behind Gizmo", p50, worst)
	}
}

// FuzzRequest sends any path, query and method to the server: it never
// answers 500 nor panics, and the API answers JSON.
func FuzzRequest(f *testing.F) {
	s := seedStore(f)
	srv := New(s, Options{GizmoTimeout: 200 * time.Millisecond, RequestTimeout: time.Second})
	for _, seed := range []string{"/api/search?q=AU", "/api/graph?id=org:AU&depth=2&lang=ar", "/%ff", "/api/evidence?s=org:AU&p=attended&o=x",
		"/api/trace?doc=S%2FRES%2F1", "/api/attendees?meeting=2003-04-11", "/app.js", "/api/graph?id=org:AU&from=2003&to=2004-13-40",
		"/api/meetings?org=%E9%9D%9E%E6%B4%B2", "/api/search?q=%00", "/api/node?id=", "/../etc/passwd", "/api/gizmo"} {
		f.Add("GET", seed, "")
	}
	f.Add("POST", "/api/gizmo", `{"query": "g.V().All()"}`)
	f.Fuzz(func(t *testing.T, method, target, body string) {
		raw := method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
			itoa(len(body)) + "\r\n\r\n" + body
		req, err := http.ReadRequest(bufio.NewReader(strings.NewReader(raw)))
		if err != nil {
			return // not a request a server would read
		}
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, req)
		if w.Code >= 500 && w.Code != 503 {
			t.Fatalf("%s %q: %d %s", method, target, w.Code, w.Body.String())
		}
		if strings.HasPrefix(req.URL.Path, "/api/") && req.Method != "HEAD" && !json.Valid(w.Body.Bytes()) {
			t.Fatalf("%s %q: %d, not JSON: %.200s", method, target, w.Code, w.Body.String())
		}
	})
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }
