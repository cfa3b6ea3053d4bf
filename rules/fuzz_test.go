package rules

import (
	"bytes"
	"errors"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

var problemLine = regexp.MustCompile(`^(?::([0-9]+))?: `)

// FuzzRules: no rule file makes loading panic; every problem names the file
// and, when it is about a line, a line the file has; every entry loaded is
// valid UTF-8 with the columns its kind allows; adding it to the built-in
// rules gives a set or an error, never a panic.
// CI: go test ./rules -run '^$' -fuzz FuzzRules -fuzztime 15s -fuzzminimizetime 2s
func FuzzRules(f *testing.F) {
	f.Add("org", "en", []byte("AU\tAfrican Union\nXYZ\tAfrican Union\toverride\n"))
	f.Add("person", "ar", []byte("ban-ki-moon\tبان كي مون\tKOR\n# comment\n\n"))
	f.Add("member", "all", []byte("MEX\tMX\tMexico\nMEX\tMX\tMexico\n"))
	f.Add("lang", "ar", []byte("order\t1\nscript\tArabic\nordinal-day\tالعاشر\t10\n"))
	f.Add("month", "fr", []byte("\ufeff1\tjanvier\r\n13\tx\n\xff\n"))
	f.Add("trigger", "zh", []byte("meeting\t会议\nnonsense\tx\ty\tz\n"))
	// A small stand-in for the built-in rules: loading all of them takes 40 ms,
	// which would leave the fuzzer a few hundred inputs.
	builtin, err := LoadFS(fstest.MapFS{
		"org/en.tsv":     {Data: []byte("AU\tAfrican Union\nEU\tEuropean Union\n")},
		"country/ar.tsv": {Data: []byte("MEX\tالمكسيك\n")},
		"month/fr.tsv":   {Data: []byte("1\tjanvier\n")},
	}, "builtin")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, kind, lang string, data []byte) {
		file := kind + "/" + lang + ".tsv"
		if !fs.ValidPath(file) || strings.Count(file, "/") != 1 || kind == "" {
			return // not a file of a folder: fstest.MapFS recurses without end on such names
		}
		set, err := LoadFS(fstest.MapFS{file: {Data: data}}, "r")
		lines := bytes.Count(data, []byte("\n")) + 1
		if err != nil {
			var rerr *Error
			if !errors.As(err, &rerr) {
				return // a name fstest cannot hold (a kind with '/'): not a rule file's problem
			}
			for _, p := range rerr.Problems {
				m := problemLine.FindStringSubmatch(strings.TrimPrefix(p, "r/"+file))
				if !strings.HasPrefix(p, "r/"+file) || m == nil {
					t.Fatalf("problem does not start with the file: %q", p)
				}
				if m[1] != "" {
					if n, _ := strconv.Atoi(m[1]); n < 1 || n > lines {
						t.Fatalf("problem names line %d of a file of %d lines: %q", n, lines, p)
					}
				}
			}
			return
		}
		for _, e := range set.Entries {
			cols := append([]string{e.Key, e.Text}, e.Extra...)
			if len(cols) > maxColumns[e.Kind] {
				t.Fatalf("%s: %d columns for a %s entry", e.Pos, len(cols), e.Kind)
			}
			for _, c := range cols {
				if !utf8.ValidString(c) || strings.ContainsAny(c, "\t\n") {
					t.Fatalf("%s: column %q", e.Pos, c)
				}
			}
			if e.Pos.Line < 1 || e.Pos.Line > lines {
				t.Fatalf("entry at line %d of a file of %d lines", e.Pos.Line, lines)
			}
		}
		if _, err := builtin.With(set); err != nil {
			var rerr *Error
			if !errors.As(err, &rerr) {
				t.Fatalf("With: %v", err)
			}
		}
		_ = set.Profiles()
	})
}
