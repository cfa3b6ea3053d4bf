package serve

import (
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/unkg/unkg/graph/testfacts"
)

var loadDuration = flag.Duration("load", 3*time.Second, "duration of TestLoad (the closing note's figure: -load 20s)")

// TestLoad runs 50 concurrent clients against the API on loopback for a
// bounded time and requires every request to succeed; it logs requests/s
// and latency percentiles. go test ./graph/serve -run TestLoad -load 20s -v
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test in -short mode")
	}
	base := start(t, Options{})
	paths := []string{
		"/api/search?q=" + url.QueryEscape("African Union"),
		"/api/search?q=" + url.QueryEscape("الاتحاد الأفريقي") + "&lang=ar",
		"/api/graph?id=org:AU&depth=2",
		"/api/attendees?meeting=2003-04-11",
		"/api/meetings?org=AU",
		"/api/presidencies",
		"/api/trace?doc=" + url.QueryEscape(draftResolution),
		"/api/evidence?s=org:AU&p=attended&o=" + url.QueryEscape(testfacts.Meeting2003),
		"/api/node?id=" + url.QueryEscape(testfacts.Meeting2003),
		"/",
	}
	const clients = 50
	tr := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 15 * time.Second}
	var (
		mu     sync.Mutex
		lat    []time.Duration
		failed []string
	)
	deadline := time.Now().Add(*loadDuration)
	t0 := time.Now()
	var wg sync.WaitGroup
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			var mine []time.Duration
			var bad []string
			for i := c; time.Now().Before(deadline); i++ {
				u := base + paths[i%len(paths)]
				s := time.Now()
				r, err := client.Get(u)
				if err == nil {
					_, err = io.Copy(io.Discard, r.Body)
					r.Body.Close()
					if err == nil && r.StatusCode != 200 {
						err = fmt.Errorf("status %d", r.StatusCode)
					}
				}
				mine = append(mine, time.Since(s))
				if err != nil {
					bad = append(bad, u+": "+err.Error())
				}
			}
			mu.Lock()
			lat = append(lat, mine...)
			failed = append(failed, bad...)
			mu.Unlock()
		}(c)
	}
	wg.Wait()
	elapsed := time.Since(t0)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	t.Logf("load: %d clients, %s: %d requests, %.0f requests/s, %d failed; latency p50 %s, p90 %s, p99 %s, max %s",
		clients, elapsed.Round(time.Millisecond), len(lat), float64(len(lat))/elapsed.Seconds(), len(failed),
		pct(.5).Round(time.Microsecond), pct(.9).Round(time.Microsecond), pct(.99).Round(time.Microsecond), lat[len(lat)-1].Round(time.Microsecond))
	for i, f := range failed {
		if i == 10 {
			break
		}
		t.Error("failed:", f)
	}
	if len(failed) > 0 {
		t.Fatalf("%d of %d requests failed", len(failed), len(lat))
	}
}
