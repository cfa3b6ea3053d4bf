package serve

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/unkg/unkg/graph/testfacts"
)

// chromium finds a headless browser: chromium (Debian's package), else
// chromium-browser or google-chrome. Missing, the test is skipped naming the
// package, except under CI=true where it fails.
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "chromium is not installed: apt-get install chromium (or run scripts/ci-deps.sh)"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

func headless(t *testing.T, browser string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
		"--user-data-dir=" + t.TempDir(), "--window-size=1280,800", "--virtual-time-budget=15000"}
	cmd := exec.CommandContext(ctx, browser, append(base, args...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.String())
	}
	return string(out)
}

// TestPageInChromium loads the page in headless Chromium with a search for
// "African Union" and checks that it shows the 2003-04-11 meeting; it keeps
// a screenshot in the test's temporary folder (UNKG_SCREENSHOT=path keeps
// one elsewhere).
func TestPageInChromium(t *testing.T) {
	browser := chromium(t)
	base := start(t, Options{})
	page := base + "/?q=" + url.QueryEscape("African Union")

	dom := headless(t, browser, "--dump-dom", page)
	if !strings.Contains(dom, `data-state="ready"`) {
		t.Fatalf("the page did not finish its search:\n%s", dom)
	}
	nodes := regexp.MustCompile(`(?s)<ul id="nodes">(.*?)</ul>`).FindStringSubmatch(dom)
	if nodes == nil || !strings.Contains(nodes[1], `data-id="`+testfacts.Meeting2003+`"`) || !strings.Contains(nodes[1], "2003-04-11") {
		t.Fatalf("the graph of African Union does not list the 2003-04-11 meeting:\n%s", dom)
	}
	if !strings.Contains(dom, `data-id="org:AU"`) || !strings.Contains(dom, "African Union") {
		t.Errorf("the results do not show African Union:\n%s", dom)
	}

	shot := filepath.Join(t.TempDir(), "unkg-page.png")
	if p := os.Getenv("UNKG_SCREENSHOT"); p != "" {
		shot = p
	}
	headless(t, browser, "--screenshot="+shot, base+"/?lang=ar&q="+url.QueryEscape("الاتحاد الأفريقي"))
	st, err := os.Stat(shot)
	if err != nil || st.Size() < 10000 {
		t.Fatalf("screenshot %s: %v", shot, err)
	}
	t.Logf("screenshot: %s (%d bytes)", shot, st.Size())
}
