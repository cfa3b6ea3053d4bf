package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// unkgStdin runs the command in-process with stdin and returns its exit code, stdout and stderr.
func unkgStdin(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), env{strings.NewReader(stdin), &out, &errb}, args)
	return code, out.String(), errb.String()
}

// Help is on stdout with exit 0, for every command and subcommand, as
// --help, -h and help CMD; no command at all is a usage error.
func TestHelpAndUsage(t *testing.T) {
	if code, out, _ := unkg(t, "--help"); code != exitOK || !strings.Contains(out, "extract") || !strings.Contains(out, "Exit codes") {
		t.Errorf("--help: exit %d, stdout %q", code, out)
	}
	if code, _, errs := unkg(t); code != exitUsage || !strings.Contains(errs, "Available Commands") {
		t.Errorf("no command: exit %d, want %d; stderr %q", code, exitUsage, errs)
	}
	if code, _, errs := unkg(t, "frobnicate"); code != exitUsage || !strings.Contains(errs, "frobnicate") {
		t.Errorf("unknown command: exit %d, %q", code, errs)
	}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			path := strings.Fields(sub.CommandPath())[1:]
			for _, args := range [][]string{append(slices.Clone(path), "--help"), append(slices.Clone(path), "-h"), append([]string{"help"}, path...)} {
				code, out, errs := unkg(t, args...)
				if code != exitOK || !strings.Contains(out, "Usage:\n  "+sub.CommandPath()) || errs != "" {
					t.Errorf("%v: exit %d, stdout %.80q, stderr %q", args, code, out, errs)
				}
			}
			walk(sub)
		}
	}
	walk(newRoot(env{}))
	if _, out, _ := unkg(t, "help", "extract"); !strings.Contains(out, "--format jsonl|json") {
		t.Errorf("help extract is not the help of extract: %.200q", out)
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := unkg(t, "--version")
	if code != exitOK || !strings.HasPrefix(out, "unkg ") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
	bi := &debug.BuildInfo{Main: debug.Module{Path: "github.com/unkg/unkg", Version: "v0.3.0"},
		Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "6a4c6ab392c9"}, {Key: "vcs.time", Value: "2026-12-01T11:05:00Z"}, {Key: "vcs.modified", Value: "true"}}}
	if v := versionOf(bi); v != "v0.3.0 (commit 6a4c6ab392c9, modified, 2026-12-01T11:05:00Z)" {
		t.Errorf("versionOf: %q", v)
	}
}

// Every command takes its flags before or after its arguments, refuses an
// invalid value with the reason (exit 2), and uses the one exit-code table.
func TestFlagsAndExitCodes(t *testing.T) {
	seed := "../../testdata/seeds/000_9228917cbab8df9d.txt"
	_, before, _ := unkg(t, "extract", "--format", "json", seed)
	code, after, errs := unkg(t, "extract", seed, "--format", "json")
	if code != exitOK || before != after || !strings.HasPrefix(after, "[") {
		t.Errorf("flag after the argument: exit %d %s; output differs: %v", code, errs, before != after)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"extract", "--workers", "0", seed}, `"--workers" flag: want 1 or more`},
		{[]string{"extract", "--format", "xml", seed}, "want jsonl or json"},
		{[]string{"bench", "--mb", "-1"}, `"--mb" flag: want 1 or more`},
		{[]string{"stats", "--format", "xml"}, "want table or json"},
		{[]string{"export", "--format", "dot", "--predicates", "bogus"}, `"bogus" is not a relation`},
		{[]string{"export", "--format", "svg"}, "want gexf"},
		{[]string{"export"}, "say --format"},
		{[]string{"query", "frob"}, `unknown subcommand "frob"`},
		{[]string{"query"}, "name a subcommand"},
		{[]string{"query", "attendees"}, "want 1 to 1 arguments"},
		{[]string{"rules", "check", "--alone"}, "--alone needs a folder"},
		{[]string{"rules", "check", "--bogus", "x"}, "unknown flag: --bogus"},
		{[]string{"extract"}, "name at least one file"},
		{[]string{"ingest", "--workers", "x", "y"}, "not a whole number"},
		{[]string{"serve", "--max-nodes", "0"}, "want 1 or more"},
		{[]string{"stats", "extra"}, "unknown command"},
	} {
		code, _, errs := unkg(t, c.args...)
		if code != exitUsage || !strings.Contains(errs, c.want) || !strings.Contains(errs, "--help") {
			t.Errorf("%v: exit %d, want %d with %q; stderr %q", c.args, code, exitUsage, c.want, errs)
		}
	}
	// A missing input is an input that failed, for extract as for ingest: exit 1.
	missing := filepath.Join(t.TempDir(), "missing.txt")
	if code, out, errs := unkg(t, "extract", seed, missing); code != exitPartial || !strings.Contains(errs, "missing.txt") || !strings.Contains(out, "meeting:UNSC:2003-04-11") {
		t.Errorf("extract with a missing file: exit %d, %q", code, errs)
	}
	db := filepath.Join(t.TempDir(), "db")
	if code, _, errs := unkg(t, "ingest", "--db", db, seed, missing); code != exitPartial || !strings.Contains(errs, "missing.txt") {
		t.Errorf("ingest with a missing file: exit %d, %q", code, errs)
	}
	// A store that cannot be opened: the command could not run.
	notDir := filepath.Join(t.TempDir(), "file")
	os.WriteFile(notDir, []byte("x"), 0o644)
	if code, _, errs := unkg(t, "stats", "--db", notDir); code != exitFatal {
		t.Errorf("stats on a file as store: exit %d, %q", code, errs)
	}
}

// extract --format json prints one JSON document: an array of the documents' facts.
func TestExtractJSONIsOneArray(t *testing.T) {
	code, out, errs := unkg(t, "extract", "--format", "json", "../../testdata/seeds")
	var docs []struct {
		Doc struct{ Path string }
	}
	if code != exitOK || json.Unmarshal([]byte(out), &docs) != nil || len(docs) < 2 {
		t.Fatalf("exit %d %s: not one array of documents: %.200q", code, errs, out)
	}
	code, out, _ = unkgStdin(t, "", "extract", "--format", "json", t.TempDir())
	if code != exitOK || strings.TrimSpace(out) != "[]" {
		t.Errorf("no documents: exit %d, %q", code, out)
	}
}

// Shell completion scripts are generated, and flag values complete.
func TestCompletion(t *testing.T) {
	for _, sh := range []string{"bash", "zsh", "fish", "powershell"} {
		if code, out, _ := unkg(t, "completion", sh); code != exitOK || !strings.Contains(out, "unkg") {
			t.Errorf("completion %s: exit %d", sh, code)
		}
	}
	if code, out, _ := unkg(t, "__complete", "stats", "--format", ""); code != exitOK || !strings.Contains(out, "table\njson\n") {
		t.Errorf("completing stats --format: exit %d, %q", code, out)
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
	if code != exitOK || json.Unmarshal([]byte(pretty), &v) != nil || !strings.Contains(pretty, "\n    \"doc\"") || !strings.Contains(pretty, `"text": "تحت رئاسة المكسيك"`) {
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
	if err := os.WriteFile(bad, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR binary"), 0o644); err != nil {
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
	if code, _, errs := unkg(t, "extract", filepath.Join(dir, "missing.txt")); code != exitPartial || !strings.Contains(errs, "missing.txt") {
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
	if code, _, errs := unkg(t, "rules", "check", "--alone", dir); code != exitPartial || !strings.Contains(errs, filepath.Join(dir, "org/fr.tsv")+":2:") {
		t.Errorf("rules check --alone on bad rules: exit %d, %q", code, errs)
	}
	if code, _, errs := unkg(t, "extract", "--rules", dir, "-"); code != exitFatal || !strings.Contains(errs, "org/fr.tsv:2") {
		t.Errorf("extract with bad rules: exit %d, %q", code, errs)
	}
}

// rules check with no folder checks the built-in rules; --alone checks the
// project's rules/data as the whole set it is, not as a user's folder that
// would define every built-in pattern a second time.
func TestRulesCheckBuiltinAndAlone(t *testing.T) {
	if code, out, errs := unkg(t, "rules", "check"); code != exitOK || out != "built-in rules: ok\n" {
		t.Errorf("rules check: exit %d %q %q", code, out, errs)
	}
	data := filepath.Join("..", "..", "rules", "data")
	if code, out, errs := unkg(t, "rules", "check", "--alone", data); code != exitOK || out != data+": ok\n" {
		t.Errorf("rules check --alone %s: exit %d %q %.300q", data, code, out, errs)
	}
	if code, _, errs := unkg(t, "rules", "check", data); code != exitPartial || !strings.Contains(errs, "already") {
		t.Errorf("rules check %s beside the built-in rules: exit %d, %.300q", data, code, errs)
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
	// --dir keeps the corpus, in a folder it creates.
	keep := filepath.Join(t.TempDir(), "new", "corpus")
	if code, out, errs := unkg(t, "bench", "--mb", "1", "--corpus", "../../testdata/corpus", "--dir", keep); code != exitOK {
		t.Fatalf("bench --dir: exit %d\n%s\n%s", code, out, errs)
	}
	if files, _ := filepath.Glob(filepath.Join(keep, "*.txt")); len(files) == 0 {
		t.Errorf("bench --dir %s kept no documents", keep)
	}
}
