package extract

import (
	"context"
	"errors"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/unkg/unkg/extract/input"
)

// needProgram finds a program the test runs: skipped without it, except
// under CI=true, where .ci/run installs it (scripts/ci-deps.sh) and its
// absence fails the test.
func needProgram(t testing.TB, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s not found: scripts/ci-deps.sh installs Debian's %s", name, pkg)
		}
		t.Skipf("%s not found (Debian's %s)", name, pkg)
	}
	return p
}

// leaked is what the page furniture of an ODS document looks like when
// it leaks into text: job numbers, bar codes, print dates, page numbers.
var leaked = regexp.MustCompile(`\d{2}-\d{5}|\*\d{5,}\*|\b\d{6}\b`)

// pageNumber is the page number "N/PAGES" of a document of so many pages.
func pageNumber(pages int) *regexp.Regexp {
	return regexp.MustCompile(fmt.Sprintf(`(^|\s)([1-9]|10)/%d(\s|$)`, pages))
}

// TestPDFResolutions reads the four ODS resolutions (testdata/pdf/README.md
// lists their symbols and dates) and wants the header's facts and no page
// furniture in any mention, evidence or title.
func TestPDFResolutions(t *testing.T) {
	needProgram(t, "pdftotext", "poppler-utils")
	cases := []struct {
		file, symbol, date, meeting string
		pages                       int
		cites                       []string
	}{
		{"A_RES_73_3-EN.pdf", "A/RES/73/3", "2018-10-18", "meeting:UNGA:2018-10-10", 10, []string{"doc:A/73/L.4"}},
		{"A_RES_73_6-EN.pdf", "A/RES/73/6", "2018-10-31", "meeting:UNGA:2018-10-26", 5, []string{"doc:A/73/L.6", "doc:A/73/L.6/ADD.1"}},
		{"A_RES_73_7-EN.pdf", "A/RES/73/7", "2018-10-31", "meeting:UNGA:2018-10-29", 5, []string{"doc:A/73/L.8", "doc:A/73/L.8/ADD.1"}},
		{"A_RES_73_8-EN.pdf", "A/RES/73/8", "2018-11-05", "meeting:UNGA:2018-11-01", 2, []string{"doc:A/73/L.3"}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			f := extractFile(t, filepath.Join("../testdata/pdf", c.file))
			if f.Doc.Symbol != c.symbol || f.Doc.Date != c.date {
				t.Errorf("symbol %q date %q, want %q %q", f.Doc.Symbol, f.Doc.Date, c.symbol, c.date)
			}
			if !entityIDs(f, TypeMeeting)[c.meeting] {
				t.Errorf("no adoption meeting %s in %v", c.meeting, entityIDs(f, TypeMeeting))
			}
			cited := relationsOf(f, PredCites)
			for _, want := range c.cites {
				if !cited[f.Doc.ID+" "+want] {
					t.Errorf("does not cite %s: %v", want, cited)
				}
			}
			if leaked.MatchString(f.Doc.Title) || strings.Contains(f.Doc.Title, "\n") {
				t.Errorf("title %q", f.Doc.Title)
			}
			seen := map[int]bool{}
			for _, e := range f.Entities {
				if leaked.MatchString(e.Name) {
					t.Errorf("entity %s named %q", e.ID, e.Name)
				}
				for _, m := range e.Mentions {
					if m.Page < 1 || m.Page > c.pages {
						t.Errorf("mention %+v: page out of 1..%d", m, c.pages)
					}
					seen[m.Page] = true
				}
			}
			for _, r := range f.Relations {
				ev := r.Evidence
				if ev.Page < 1 || ev.Page > c.pages {
					t.Errorf("evidence %+v: page out of 1..%d", ev, c.pages)
				}
				if leaked.MatchString(ev.Text) || strings.Contains(ev.Text, c.symbol+" ") && ev.Start > 100 {
					t.Errorf("evidence of %s %s %s holds page furniture: %q", r.Subject, r.Predicate, r.Object, ev.Text)
				}
			}
			// Nor anywhere in the text: no sentence can hold furniture.
			src, err := decode(readAll(t, filepath.Join("../testdata/pdf", c.file)))
			if err != nil {
				t.Fatal(err)
			}
			for _, re := range []*regexp.Regexp{leaked, pageNumber(c.pages)} {
				if m := re.FindString(string(src.text)); m != "" {
					t.Errorf("page furniture %q in the text", m)
				}
			}
			if n := strings.Count(string(src.text), c.symbol); n != 1 {
				t.Errorf("the symbol stands %d times in the text, want once (the header of page 1)", n)
			}
			if c.pages > 1 && len(seen) < 2 {
				t.Errorf("every mention on pages %v", seen)
			}
		})
	}
}

// TestPDFPageOffsets: a mention's offsets point into the extracted text and
// its page is the page that text came from.
func TestPDFPageOffsets(t *testing.T) {
	needProgram(t, "pdftotext", "poppler-utils")
	data, err := os.ReadFile("../testdata/pdf/A_RES_73_3-EN.pdf")
	if err != nil {
		t.Fatal(err)
	}
	src, err := decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(src.pages) != 10 {
		t.Fatalf("%d pages, want 10", len(src.pages))
	}
	f, err := builtin(t).Document("r.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range f.Entities {
		for _, m := range e.Mentions {
			if got := string(src.text[m.Start:m.End]); got != m.Text {
				t.Fatalf("mention %+v reads %q in the extracted text", m, got)
			}
			if p := input.PageOf(src.pages, m.Start); p != m.Page {
				t.Fatalf("mention %+v: page %d", m, p)
			}
		}
	}
	// The split words of the ODS text ("Confere nce") are whole again, and
	// the running header is not repeated on every page.
	text := string(src.text)
	if strings.Contains(text, "Confere nce") || strings.Contains(text, "Amer ica") {
		t.Error("split words left apart")
	}
	if m := leaked.FindString(text); m != "" {
		t.Errorf("page furniture %q in the text", m)
	}
	if n := strings.Count(text, "A/RES/73/3"); n != 1 {
		t.Errorf("the symbol stands %d times in the text, want once (the header of page 1)", n)
	}
}

// TestPDFBadInput: a scan, an encrypted and a truncated PDF each get their
// cause; the extractor goes on with the next document.
func TestPDFBadInput(t *testing.T) {
	needProgram(t, "pdftotext", "poppler-utils")
	good, err := os.ReadFile("../testdata/pdf/A_RES_73_8-EN.pdf")
	if err != nil {
		t.Fatal(err)
	}
	read := func(p string) []byte {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"image-only", read("../testdata/pdf/bad/image-only.pdf"), input.ErrNoText},
		{"encrypted", read("../testdata/pdf/bad/encrypted.pdf"), input.ErrEncrypted},
		{"truncated", good[:len(good)/4], input.ErrDamaged},
		{"garbage", []byte("%PDF-1.7\n" + strings.Repeat("not a pdf ", 100)), input.ErrDamaged},
	}
	for _, c := range cases {
		_, err := builtin(t).Document(c.name+".pdf", c.data)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	if _, err := builtin(t).Document("good.pdf", good); err != nil {
		t.Errorf("the good PDF after the bad ones: %v", err)
	}
}

// printPDF prints an HTML page to PDF with headless Chromium, as a real
// typesetter: Noto fonts, Arabic shaped right to left.
func printPDF(t *testing.T, page string) []byte {
	t.Helper()
	browser := needProgram(t, "chromium", "chromium")
	dir := t.TempDir()
	in, out := filepath.Join(dir, "page.html"), filepath.Join(dir, "page.pdf")
	if err := os.WriteFile(in, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--no-pdf-header-footer", "--print-to-pdf="+out, "file://"+in)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, msg)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestPDFArabicAndChinese prints seed 000 (Arabic) and seed 001 (Chinese)
// to PDF and wants from the PDF the organizations, meetings, presidency and
// attendance the text gives. The %%% index-term line is the corpus's, not
// the document's: it is left out of the printed page.
func TestPDFArabicAndChinese(t *testing.T) {
	needProgram(t, "pdftotext", "poppler-utils")
	// Chinese as UN documents print it, without the seed's word spaces.
	hanSpace := regexp.MustCompile(`(\p{Han}|[，。、：；]) +(\p{Han}|[，。、：；])`)
	unsegmented := func(s string) string {
		for {
			t := hanSpace.ReplaceAllString(s, "$1$2")
			if t == s {
				return s
			}
			s = t
		}
	}
	for _, c := range []struct {
		name, seed, lang, dir string
		prep                  func(string) string
	}{
		{"ar", "000_9228917cbab8df9d.txt", "ar", "rtl", nil},
		{"zh", "001_8da29fd72d0f8c87.txt", "zh", "ltr", nil},
		{"zh-unsegmented", "001_8da29fd72d0f8c87.txt", "zh", "ltr", unsegmented},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join("../testdata/seeds", c.seed)
			want := extractFile(t, path)
			text := string(readAll(t, path))
			if c.prep != nil {
				text = c.prep(text)
				var err error
				if want, err = builtin(t).Document(path, []byte(text)); err != nil {
					t.Fatal(err)
				}
			}
			if strings.HasPrefix(text, "%%%") {
				text = text[strings.IndexByte(text, '\n')+1:]
			}
			page := `<!DOCTYPE html><html lang="` + c.lang + `" dir="` + c.dir + `"><head><meta charset="utf-8">` +
				`<style>body{font-size:12pt} p{white-space:pre-wrap}</style></head><body><p>` + html.EscapeString(text) + `</p></body></html>`
			data := printPDF(t, page)
			got, err := builtin(t).Document(c.lang+".pdf", data)
			if err != nil {
				t.Fatal(err)
			}
			if got.Doc.Lang != c.lang {
				t.Errorf("lang %q", got.Doc.Lang)
			}
			for _, typ := range []string{TypeOrganization, TypeMeeting} {
				if w, g := keys(entityIDs(want, typ)), keys(entityIDs(got, typ)); w != g {
					t.Errorf("%s:\n text %s\n  pdf %s", typ, w, g)
				}
			}
			for _, pred := range []string{PredPresidedBy, PredAttended, PredHeldBy} {
				if w, g := keys(relationsOf(want, pred)), keys(relationsOf(got, pred)); w != g {
					t.Errorf("%s:\n text %s\n  pdf %s", pred, w, g)
				}
			}
			if c.prep != nil {
				for _, e := range got.Entities {
					for _, m := range e.Mentions {
						if hanSpace.MatchString(m.Text) {
							t.Errorf("a line end left a space between characters: %q", m.Text)
						}
					}
				}
			}
		})
	}
}

func readAll(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// keys lists a set sorted, one string to compare and print.
func keys(set map[string]bool) string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}
