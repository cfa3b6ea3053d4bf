package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// unkgStdin runs the command in-process with stdin and returns its exit code, stdout and stderr.
func unkgStdin(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), env{strings.NewReader(stdin), &out, &errb}, args)
	return code, out.String(), errb.String()
}

func TestHelpAndUsage(t *testing.T) {
	if code, _, errs := unkg(t, "--help"); code != exitOK || !strings.Contains(errs, "extract") {
		t.Errorf("--help: exit %d, %q", code, errs)
	}
	if code, _, _ := unkg(t); code != exitUsage {
		t.Errorf("no command: exit %d, want %d", code, exitUsage)
	}
	if code, _, errs := unkg(t, "frobnicate"); code != exitUsage || !strings.Contains(errs, "frobnicate") {
		t.Errorf("unknown command: exit %d, %q", code, errs)
	}
	for _, c := range commands() {
		if code, _, errs := unkg(t, c.name, "--help"); code != exitOK || !strings.Contains(errs, "Usage: unkg "+c.name) {
			t.Errorf("%s --help: exit %d, %q", c.name, code, errs)
		}
	}
}

func TestExtractFilesFoldersAndStdin(t *testing.T) {
	seed := "../../testdata/seeds/000_9228917cbab8df9d.txt"
	code, out, errs := unkg(t, "extract", seed)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var f struct {
		Doc struct{ Path, Lang string }
	}
	if err := json.Unmarshal([]byte(out), &f); err != nil || f.Doc.Path != seed || f.Doc.Lang != "ar" {
		t.Fatalf("output %q: %v", out, err)
	}
	if strings.Count(out, "\n") != 1 {
		t.Errorf("jsonl: want one line, got %d", strings.Count(out, "\n"))
	}

	data, _ := os.ReadFile(seed)
	code, fromStdin, _ := unkgStdin(t, string(data), "extract", "-")
	if code != exitOK || !strings.Contains(fromStdin, `"path":"-"`) || !strings.Contains(fromStdin, "meeting:UNSC:2003-04-11") {
		t.Errorf("stdin: exit %d, %.200s", code, fromStdin)
	}

	code, pretty, _ := unkg(t, "extract", "--format", "json", "--explain", seed)
	var v any
	if code != exitOK || json.Unmarshal([]byte(pretty), &v) != nil || !strings.Contains(pretty, "\n  \"doc\"") || !strings.Contains(pretty, `"text": "تحت رئاسة المكسيك"`) {
		t.Errorf("--format json --explain: exit %d, %.300s", code, pretty)
	}
}

// A bad file is reported with its path and cause, the others are extracted, exit 1.
func TestExtractFolderWithBadFile(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"000_9228917cbab8df9d.txt", "001_8da29fd72d0f8c87.txt"} {
		data, _ := os.ReadFile(filepath.Join("../../testdata/seeds", name))
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bad := filepath.Join(dir, "0005_scan.txt") // binary content behind a text name
	if err := os.WriteFile(bad, []byte("%PDF-1.4\x00\x00\x01binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := unkg(t, "extract", "--workers", "3", dir)
	if code != exitPartial {
		t.Errorf("exit %d, want %d", code, exitPartial)
	}
	if !strings.Contains(errs, bad) || !strings.Contains(errs, "not a text document") {
		t.Errorf("stderr does not name the bad file and cause: %q", errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "000_") || !strings.Contains(lines[1], "001_") {
		t.Errorf("want the two good documents in path order, got %d lines", len(lines))
	}
	if code, _, errs := unkg(t, "extract", filepath.Join(dir, "missing.txt")); code != exitFatal || !strings.Contains(errs, "missing.txt") {
		t.Errorf("missing path: exit %d, %q", code, errs)
	}
}

// --rules adds a user's rule files to the built-in ones, without code.
func TestExtractWithUserRules(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "org"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "org", "en.tsv"), []byte("# a test organization\nZZU\tZedland Customs Union\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	text := "On 3 May 2019 the Security Council held a meeting with the Zedland Customs Union, which took part."
	code, out, errs := unkgStdin(t, text, "extract", "--rules", dir, "-")
	if code != exitOK || !strings.Contains(out, `"org:ZZU"`) || !strings.Contains(out, `"subject":"org:ZZU","predicate":"attended","object":"meeting:UNSC:2019-05-03"`) {
		t.Errorf("exit %d %s: %.400s", code, errs, out)
	}
	if code, out, _ := unkg(t, "rules", "check", dir); code != exitOK || !strings.Contains(out, "ok") {
		t.Errorf("rules check on good rules: exit %d %q", code, out)
	}
	if err := os.WriteFile(filepath.Join(dir, "org", "fr.tsv"), []byte("ZZU\tUnion douanière\nbad id\tx\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs = unkg(t, "rules", "check", dir)
	if code != exitPartial || !strings.Contains(errs, filepath.Join(dir, "org/fr.tsv")+":2:") {
		t.Errorf("rules check on bad rules: exit %d, %q", code, errs)
	}
	if code, _, errs := unkg(t, "extract", "--rules", dir, "-"); code != exitFatal || !strings.Contains(errs, "org/fr.tsv:2") {
		t.Errorf("extract with bad rules: exit %d, %q", code, errs)
	}
}

// The benchmark commands run end to end on small inputs (the figures are theirs to print).
func TestBenchCommandsRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the benchmark commands")
	}
	for _, args := range [][]string{
		{"bench-store", "--docs", "60", "--queries", "5"},
		{"bench-store", "--text", "30", "--queries", "5", "--corpus", "../../testdata"},
		{"bench", "--mb", "1", "--corpus", "../../testdata"},
	} {
		code, out, errs := unkg(t, args...)
		if code != exitOK || !strings.Contains(out+errs, "/s") {
			t.Errorf("%v: exit %d\n%s\n%s", args, code, out, errs)
		}
	}
}
