package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"
)

// textDB ingests the bundled seeds and corpus as text, as a user would.
func textDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "unkg.db")
	if code, _, errs := unkg(t, "ingest", "--db", db, "../../testdata/seeds", "../../testdata/corpus"); code != exitOK {
		t.Fatalf("ingest: exit %d\n%s", code, errs)
	}
	return db
}

// Rows name their documents by symbol, else file name; --evidence adds the
// sentence with its file and byte offsets, and the offsets are right.
func TestQuerySourcesAndEvidence(t *testing.T) {
	db := textDB(t)
	code, out, errs := unkg(t, "query", "attendees", "2003-04-11", "--db", db, "--evidence", "--width", "0")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if strings.Contains(out, "doc:sha256:") {
		t.Errorf("sources cited by hash:\n%s", out)
	}
	if !strings.Contains(out, "000_9228917cbab8df9d.txt, ") && !strings.Contains(out, ", 000_9228917cbab8df9d.txt") {
		t.Errorf("the Arabic seed is not named by its file name:\n%s", out)
	}
	if !regexp.MustCompile(`org:UNSG .*SC/7724`).MatchString(out) {
		t.Errorf("the press release is not named by its symbol SC/7724:\n%s", out)
	}
	re := regexp.MustCompile(`(?m)^    evidence: (\S+?)(?: \([^)]*\))?:(\d+)-(\d+): (.+)$`)
	evs := re.FindAllStringSubmatch(out, -1)
	if len(evs) < 7 {
		t.Fatalf("%d evidence lines, want one or more per attendee:\n%s", len(evs), out)
	}
	for _, m := range evs {
		data, err := os.ReadFile(m[1])
		start, _ := strconv.Atoi(m[2])
		end, _ := strconv.Atoi(m[3])
		if err != nil || end > len(data) || start >= end {
			t.Errorf("evidence %q: %v", m[0], err)
			continue
		}
		if got := strings.Join(strings.Fields(string(data[start:end])), " "); got != m[4] {
			t.Errorf("%s:%d-%d holds %q, the evidence says %q", m[1], start, end, got, m[4])
		}
	}

	// JSON keeps everything: ids and the documents with their names.
	code, out, _ = unkg(t, "query", "attendees", "2003-04-11", "--db", db, "--format", "json", "--width", "20")
	var rows []struct {
		ID        string
		Sources   []string
		Documents []struct{ ID, Label, Path, Symbol string }
	}
	if code != exitOK || json.Unmarshal([]byte(out), &rows) != nil || len(rows) == 0 {
		t.Fatalf("json: exit %d %.200s", code, out)
	}
	for _, r := range rows {
		if len(r.Documents) != len(r.Sources) || r.Documents[0].Label == "" || !strings.Contains(out, `"meeting": "meeting:UNSC:2003-04-11"`) {
			t.Errorf("row %s: documents %+v for sources %v", r.ID, r.Documents, r.Sources)
		}
	}
}

// Tables are cut to the width with "…"; a Han character is two columns.
func TestQueryTableWidth(t *testing.T) {
	db := textDB(t)
	code, out, _ := unkg(t, "query", "meetings", "非洲联盟", "--db", db, "--width", "60", "--evidence")
	if code != exitOK || !strings.Contains(out, "…") || !strings.Contains(out, "meeting:UNSC:2003-04-11") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	for _, l := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if w := runewidth.StringWidth(l); w > 60 {
			t.Errorf("a line %d wide: %q", w, l)
		}
	}
}

// Names the rules know are found though no document wrote them.
func TestQueryNamesTheRulesKnow(t *testing.T) {
	db := textDB(t)
	for _, name := range []string{"Union africaine", "UA", "Unión Africana", "Африканский союз", "非洲联盟", "الاتحاد الأفريقي", "african union"} {
		code, out, errs := unkg(t, "query", "meetings", name, "--db", db, "--width", "0")
		if code != exitOK || !strings.Contains(out, "org:AU") || !strings.Contains(out, "meeting:UNSC:2003-04-11") {
			t.Errorf("meetings %q: exit %d\n%s%s", name, code, out, errs)
		}
	}
	if code, out, _ := unkg(t, "query", "presidencies", "Mexique", "--db", db, "--width", "0"); code != exitOK || !strings.Contains(out, "country:MEX") {
		t.Errorf("presidencies Mexique (a CLDR name): exit %d\n%s", code, out)
	}
}

// query sources lists the documents behind a node or an edge.
func TestQuerySources(t *testing.T) {
	db := textDB(t)
	code, out, errs := unkg(t, "query", "sources", "org:AU", "attended", "meeting:UNSC:2003-04-11", "--db", db, "--width", "0")
	if code != exitOK || !strings.Contains(out, "000_9228917cbab8df9d.txt") || !strings.Contains(out, "001_8da29fd72d0f8c87.txt") || strings.Count(out, "\n") != 3 {
		t.Errorf("sources of an edge: exit %d\n%s%s", code, out, errs)
	}
	code, out, _ = unkg(t, "query", "sources", "African Union", "--db", db, "--width", "0")
	if code != exitOK || strings.Count(out, "\n") < 5 || !strings.Contains(out, "21_ar_sg_dialogue_regional_2018.txt") {
		t.Errorf("sources of a node: exit %d\n%s", code, out)
	}
	if code, _, errs := unkg(t, "query", "sources", "org:AU", "attended", "--db", db); code != exitUsage {
		t.Errorf("two arguments: exit %d %s", code, errs)
	}
}

// A name that only a user's rules know (an alias added under --rules) finds
// its entity with `query --rules DIR`, and is not found without it.
func TestQueryNamesFromUserRules(t *testing.T) {
	db := textDB(t)
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "org"), 0o755); err != nil {
		t.Fatal(err)
	}
	const alias = "Organisation of the African Union States"
	if err := os.WriteFile(filepath.Join(dir, "org", "en.tsv"), []byte("AU\t"+alias+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, _ := unkg(t, "query", "meetings", alias, "--db", db); code != exitPartial || strings.Contains(out, "meeting:") {
		t.Fatalf("without --rules: exit %d, want %d (not found)\n%s", code, exitPartial, out)
	}
	code, out, errs := unkg(t, "query", "meetings", alias, "--db", db, "--rules", dir)
	if code != exitOK || !strings.Contains(out, "org:AU") || !strings.Contains(out, "meeting:UNSC:2003-04-11") {
		t.Fatalf("with --rules: exit %d\n%s%s", code, out, errs)
	}
	if code, _, errs := unkg(t, "query", "meetings", alias, "--db", db, "--rules", filepath.Join(dir, "missing")); code != exitUsage || !strings.Contains(errs, "missing") {
		t.Fatalf("a missing --rules folder: exit %d, want %d naming it\n%s", code, exitUsage, errs)
	}
}
