package extract

import (
	"bytes"
	"errors"
	"html"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/unkg/unkg/extract/input"
)

// TestHTMLPageGivesTheTextsFacts: a press.un.org page and a UN News page
// wrapping corpus texts (scripts/make-test-html.py) give the facts of the
// text and nothing of the navigation, sidebar, scripts or footer, which name
// organizations the texts do not.
func TestHTMLPageGivesTheTextsFacts(t *testing.T) {
	for _, c := range []struct{ page, text, lang, date string }{
		{"press_sc7724.html", "02_en_sc7724_press.txt", "en", "2003-04-11"},
		{"news_ru_amisom.html", "37_ru_news_amisom_201202.txt", "ru", "2012-02-22"},
	} {
		t.Run(c.page, func(t *testing.T) {
			want := extractFile(t, filepath.Join("../testdata/corpus", c.text))
			data := readAll(t, filepath.Join("../testdata/html", c.page))
			if k := input.Sniff(data); k != input.HTML {
				t.Fatalf("sniffed as %v", k)
			}
			got, err := builtin(t).Document(c.page, data)
			if err != nil {
				t.Fatal(err)
			}
			if got.Doc.Lang != c.lang || got.Doc.Date != c.date || got.Doc.Title != want.Doc.Title {
				t.Errorf("doc %+v, want lang %s date %s title %q", got.Doc, c.lang, c.date, want.Doc.Title)
			}
			for _, typ := range []string{TypeOrganization, TypeCountry, TypePerson, TypeMeeting, TypeDocument} {
				if w, g := keys(entityIDs(want, typ)), keys(entityIDs(got, typ)); w != g {
					t.Errorf("%s:\n text %s\n html %s", typ, w, g)
				}
			}
			if w, g := relationKeys(want), relationKeys(got); w != g {
				t.Errorf("relations:\n text %s\n html %s", w, g)
			}
			// Offsets are into the page's bytes: a mention's span reads, its
			// character references decoded, as the mention's text.
			for _, e := range got.Entities {
				for _, m := range e.Mentions {
					raw := data[m.Start:m.End]
					if bytes.ContainsRune(raw, '<') {
						continue // a span across markup
					}
					if s := strings.Join(strings.Fields(html.UnescapeString(string(raw))), " "); s != strings.Join(strings.Fields(m.Text), " ") {
						t.Errorf("mention %q at %d:%d reads %q in the page", m.Text, m.Start, m.End, s)
					}
				}
			}
		})
	}
}

// relationKeys lists the relations with the document's own id made one, as
// a text and a page wrapping it have different digests.
func relationKeys(f *Facts) string {
	set := map[string]bool{}
	for _, r := range f.Relations {
		s, o := r.Subject, r.Object
		if s == f.Doc.ID {
			s = "DOC"
		}
		if o == f.Doc.ID {
			o = "DOC"
		}
		set[s+" "+r.Predicate+" "+o] = true
	}
	return keys(set)
}

// TestHTMLTooLarge: a 50 MB page is refused with the cause; the next
// document goes on.
func TestHTMLTooLarge(t *testing.T) {
	page := []byte("<!DOCTYPE html><html><body><p>" + strings.Repeat("The Security Council met. ", 2<<20) + "</p></body></html>")
	_, err := builtin(t).Document("big.html", page)
	if !errors.Is(err, input.ErrTooLarge) || !strings.Contains(err.Error(), "MB") {
		t.Errorf("50 MB page: %v", err)
	}
	if _, err := builtin(t).Document("small.html", page[:1000]); err != nil {
		t.Errorf("the page after: %v", err)
	}
}

// TestSniff tells formats by content, whatever the name.
func TestSniff(t *testing.T) {
	for in, want := range map[string]input.Kind{
		"%PDF-1.7\n":                    input.PDF,
		"\n\n%PDF-1.4":                  input.PDF,
		"<!DOCTYPE html><html>":         input.HTML,
		"\ufeff  <html lang=\"fr\">":    input.HTML,
		"<?xml version=\"1.0\"?><html>": input.HTML,
		"<!-- x --><html>":              input.HTML,
		"<note>S/2004/1</note>":         input.Text,
		"S/RES/1631 (2005) <html>":      input.Text,
		"":                              input.Text,
	} {
		if got := input.Sniff([]byte(in)); got != want {
			t.Errorf("Sniff(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestHTMLWindows1256: an old Arabic page in windows-1256, as its <meta>
// says, is decoded; offsets stay in the page's bytes.
func TestHTMLWindows1256(t *testing.T) {
	seed := string(readAll(t, "../testdata/seeds/000_9228917cbab8df9d.txt"))
	body := seed[strings.IndexByte(seed, '\n')+1:]
	page, err := charmap.Windows1256.NewEncoder().String(`<html lang="ar" dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>` + html.EscapeString(body) + `</p></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	data := []byte(page)
	got, err := builtin(t).Document("old.html", data)
	if err != nil {
		t.Fatal(err)
	}
	if got.Doc.Lang != "ar" || !entityIDs(got, TypeOrganization)["org:AU"] {
		t.Fatalf("lang %s, organizations %v", got.Doc.Lang, entityIDs(got, TypeOrganization))
	}
	for _, e := range got.Entities {
		for _, m := range e.Mentions {
			raw, err := charmap.Windows1256.NewDecoder().Bytes(data[m.Start:m.End])
			if err != nil || strings.TrimSpace(string(raw)) != m.Text {
				t.Fatalf("mention %q reads %q in the page", m.Text, raw)
			}
		}
	}
}
