package serve

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
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
		"--user-data-dir=" + t.TempDir(), "--window-size=1400,900", "--hide-scrollbars", "--virtual-time-budget=15000"}
	cmd := exec.CommandContext(ctx, browser, append(base, args...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.String())
	}
	return string(out)
}

// TestPageInChromium loads the page in headless Chromium at 1400x900 with
// a search for "African Union", then the expansion of the 2003-04-11
// meeting, in English and in Arabic. It checks the DOM: the meeting listed
// by organ and date, every node on the canvas, the edges of a pair merged,
// the interface in the label language and right to left in Arabic. It keeps
// screenshots in the test's temporary folder (UNKG_SCREENSHOTS=DIR keeps
// them there, as page-en.png and page-ar.png).
func TestPageInChromium(t *testing.T) {
	browser := chromium(t)
	base := start(t, Options{})
	dir := t.TempDir()
	if d := os.Getenv("UNKG_SCREENSHOTS"); d != "" {
		dir = d
	}
	for _, c := range []struct{ lang, results, meeting, htmlTag string }{
		{"en", "Results", "UNSC 2003-04-11", `<html lang="en" dir="ltr">`},
		{"ar", "النتائج", "مجلس الأمن 2003-04-11", `<html lang="ar" dir="rtl">`},
	} {
		page := base + "/?lang=" + c.lang + "&q=" + url.QueryEscape("African Union") + "&expand=" + url.QueryEscape(testfacts.Meeting2003)
		dom := headless(t, browser, "--dump-dom", page)
		if !strings.Contains(dom, `data-state="ready"`) {
			t.Fatalf("%s: the page did not finish its search:\n%s", c.lang, dom)
		}
		nodes := regexp.MustCompile(`(?s)<ul id="nodes">(.*?)</ul>`).FindStringSubmatch(dom)
		item := regexp.MustCompile(`(?s)<li data-id="` + regexp.QuoteMeta(testfacts.Meeting2003) + `"[^>]*>(.*?)</li>`)
		m := item.FindStringSubmatch(nodes[1])
		if nodes == nil || m == nil || !strings.Contains(stripIsolates(m[1]), c.meeting) {
			t.Errorf("%s: the 2003-04-11 meeting is not listed as %q:\n%s", c.lang, c.meeting, dom)
		}
		cyDiv := regexp.MustCompile(`<main id="cy"[^>]*>`).FindString(dom)
		attr := func(k string) int {
			a := regexp.MustCompile(`data-` + k + `="(\d+)"`).FindStringSubmatch(cyDiv)
			if a == nil {
				t.Fatalf("%s: no data-%s on the canvas: %s", c.lang, k, cyDiv)
			}
			n, _ := strconv.Atoi(a[1])
			return n
		}
		if !strings.Contains(cyDiv, `data-expanded="org:AU `+testfacts.Meeting2003+`"`) {
			t.Errorf("%s: the meeting was not expanded: %s", c.lang, cyDiv)
		}
		if n, off := attr("nodes"), attr("offscreen"); n < 10 || off != 0 {
			t.Errorf("%s: %d of %d nodes off the canvas", c.lang, off, n)
		}
		if pairs, rels := attr("pairs"), attr("relations"); pairs >= rels {
			t.Errorf("%s: %d edges on the canvas for %d relations: pairs not merged", c.lang, pairs, rels)
		}
		if !strings.Contains(dom, c.htmlTag) || !strings.Contains(dom, `id="h-results">`+c.results+`<`) {
			t.Errorf("%s: the interface is not in the label language (%s, %q)", c.lang, c.htmlTag, c.results)
		}
		shot := filepath.Join(dir, "page-"+c.lang+".png")
		headless(t, browser, "--screenshot="+shot, page)
		st, err := os.Stat(shot)
		if err != nil || st.Size() < 10000 {
			t.Fatalf("screenshot %s: %v", shot, err)
		}
		t.Logf("screenshot: %s (%d bytes)", shot, st.Size())
	}
}

// stripIsolates drops the Unicode bidi isolates the page puts around labels.
func stripIsolates(s string) string {
	return strings.NewReplacer("\u2066", "", "\u2067", "", "\u2068", "", "\u2069", "", "<bdi class=\"label\">", "", "</bdi>", "").Replace(s)
}

// Every language of the page has every text the English one has.
func TestPageTextInSixLanguages(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: apt-get install nodejs")
	}
	const check = `
global.window = {};
require(process.argv[1]);
const T = window.UNKG_TEXT, missing = [];
const keys = (o, p) => Object.entries(o).flatMap(([k, v]) => typeof v === "object" ? keys(v, p + k + ".") : [p + k]);
const want = keys(T.en, "");
for (const l of ["ar", "zh", "fr", "es", "ru"]) {
  const have = new Set(keys(T[l] || {}, ""));
  for (const k of want) if (!have.has(k)) missing.push(l + ":" + k);
  if (T[l] && T[l].search === T.en.search) missing.push(l + ": search is the English word");
}
if (T.ar.dir !== "rtl") missing.push("ar: dir");
if (missing.length) { console.log(missing.join("\n")); process.exit(1); }
`
	lib, _ := filepath.Abs("static/i18n.js")
	if out, err := exec.Command(node, "-e", check, lib).CombinedOutput(); err != nil {
		t.Errorf("%v:\n%s", err, out)
	}
}
