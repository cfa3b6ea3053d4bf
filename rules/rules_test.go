package rules

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestBuiltinRulesLoad(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatalf("built-in rules do not load: %v", err)
	}
	members := set.Kind("member")
	if len(members) != 193 {
		t.Errorf("member states: got %d, want 193", len(members))
	}
	known := map[string]bool{}
	for _, m := range append(members, set.Kind("former")...) {
		known[m.Key] = true
	}
	// Every country entry names a Member State, or a former one (former/all.tsv).
	for _, e := range set.Kind("country") {
		if !known[e.Key] {
			t.Errorf("%s: %s is not a Member State listed in member/all.tsv", e.Pos, e.Key)
		}
	}
	// Every organization has an English name, which is its display name.
	english := map[string]bool{}
	for _, e := range set.Kind("org") {
		if e.Lang == "en" {
			english[e.Key] = true
		}
	}
	for _, e := range set.Kind("org") {
		if !english[e.Key] {
			t.Errorf("%s: organization %s has no name in org/en.tsv", e.Pos, e.Key)
		}
	}
}

func TestLoadReportsFileAndLine(t *testing.T) {
	fsys := fstest.MapFS{
		"org/en.tsv":     {Data: []byte("# comment\nAU\tAfrican Union\nau\tbad id\n")},
		"month/xx.tsv":   {Data: []byte("1\tJanuary\n")},
		"trigger/en.tsv": {Data: []byte("nonsense\tfoo\nmeeting\n")},
		"month/fr.tsv":   {Data: []byte("13\tjanvier\n")},
		"widgets/en.tsv": {Data: []byte("a\tb\n")},
	}
	_, err := LoadFS(fsys, "my-rules")
	var rerr *Error
	if !errors.As(err, &rerr) {
		t.Fatalf("want *Error, got %v", err)
	}
	want := []string{
		"my-rules/org/en.tsv:3: organization id \"au\"",
		"my-rules/month/xx.tsv: file name must be a language",
		"my-rules/trigger/en.tsv:1: unknown trigger kind \"nonsense\"",
		"my-rules/trigger/en.tsv:2: want at least two tab-separated columns",
		"my-rules/month/fr.tsv:1: month \"13\"",
		"my-rules/widgets/en.tsv: unknown rule kind \"widgets\"",
	}
	msg := err.Error()
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("error does not say %q:\n%s", w, msg)
		}
	}
}

func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "org"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "org", "fr.tsv"), []byte("\ufeffZZORG\tOrganisation imaginaire\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	set, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Entries) != 1 || set.Entries[0].Key != "ZZORG" || set.Entries[0].Text != "Organisation imaginaire" || set.Entries[0].Lang != "fr" {
		t.Fatalf("got %+v", set.Entries)
	}
	if _, err := LoadDir(filepath.Join(dir, "missing")); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Fatalf("a missing folder must be an error naming it, got %v", err)
	}
	empty := t.TempDir()
	if _, err := LoadDir(empty); !errors.Is(err, ErrNoRules) {
		t.Fatalf("an empty folder must be ErrNoRules, got %v", err)
	}
}
