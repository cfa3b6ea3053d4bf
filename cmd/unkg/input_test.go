package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestIngestWithRecords: a resolution text that does not print its symbol
// (06_ru_sres1809_cntd.txt prints "РЕЗОЛЮЦИЯ 1809 (2008)", not S/RES/...)
// is found by its symbol once a records file names it; a bad row is
// reported with the file and row and the rest goes on; where a record
// contradicts the text, the text wins and the conflict names the file.
func TestIngestWithRecords(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	os.MkdirAll(docs, 0o755)
	copyFile(t, "../../testdata/corpus/06_ru_sres1809_cntd.txt", filepath.Join(docs, "06_ru_sres1809_cntd.txt"))
	copyFile(t, "../../testdata/corpus/02_en_sc7724_press.txt", filepath.Join(docs, "02_en_sc7724_press.txt"))
	records := filepath.Join(dir, "records.csv")
	os.WriteFile(records, []byte("title,language,symbol,file,date\n"+
		"Cooperation between the United Nations and regional organizations,rus,S/RES/1809 (2008),06_ru_sres1809_cntd.txt,20080416\n"+
		"A bad row,en,S/RES/1,x.txt,16 April 2008\n"+
		"Press release,eng,SC/9999,"+filepath.Join(docs, "02_en_sc7724_press.txt")+",2003-04-11\n"), 0o644)
	db := filepath.Join(dir, "db")
	code, _, errs := unkg(t, "ingest", "--db", db, "--progress", "none", "--meta", records, docs)
	if code != exitPartial || !strings.Contains(errs, records+":3:") || !strings.Contains(errs, `"16 April 2008"`) {
		t.Errorf("bad row: exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(errs, "02_en_sc7724_press.txt") || !strings.Contains(errs, "SC/7724") || !strings.Contains(errs, "SC/9999") {
		t.Errorf("the conflict of symbols is not reported with the file: %q", errs)
	}
	code, out, errs := unkg(t, "query", "--db", db, "trace", "S/RES/1809 (2008)")
	if code != exitOK || !strings.Contains(out, "doc:S/RES/1809(2008)") || !strings.Contains(out, "2008-04-16") || !strings.Contains(out, "doc:S/PRST/2007/42") {
		t.Errorf("trace by the record's symbol: exit %d\n%s%s", code, out, errs)
	}
	if code, out, _ := unkg(t, "query", "--db", db, "trace", "SC/7724"); code != exitOK || !strings.Contains(out, "doc:SC/7724") {
		t.Errorf("the text's symbol lost to the record's: exit %d\n%s", code, out)
	}
}

// TestExtractWithJSONLRecords: JSON Lines records with MARC field names fill
// the symbol and date; a bad line is reported with its number.
func TestExtractWithJSONLRecords(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "res.txt")
	copyFile(t, "../../testdata/corpus/06_ru_sres1809_cntd.txt", doc)
	records := filepath.Join(dir, "records.jsonl")
	os.WriteFile(records, []byte(`{"file": "res.txt", "191__a": "S/RES/1809 (2008)", "269__a": "2008-04-16", "041__a": "rus"}`+"\n"+
		`{"file": "other.txt", "symbol": 12}`+"\n"+`not json`+"\n"), 0o644)
	code, out, errs := unkg(t, "extract", "--progress", "none", "--meta", records, doc)
	if code != exitPartial || !strings.Contains(errs, records+":2:") || !strings.Contains(errs, records+":3:") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	var f struct {
		Doc struct{ ID, Symbol, Date, Type string }
	}
	if err := json.Unmarshal([]byte(out), &f); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if f.Doc.ID != "doc:S/RES/1809(2008)" || f.Doc.Date != "2008-04-16" || f.Doc.Type != "resolution" {
		t.Errorf("doc %+v", f.Doc)
	}
}

// TestExtractBadPathsAndBounds: a missing path is reported and the others
// go on; inputs over --max-size, a device and standard input included, are
// refused with the bound, without reading them whole.
func TestExtractBadPathsAndBounds(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	copyFile(t, "../../testdata/corpus/02_en_sc7724_press.txt", good)
	missing := filepath.Join(dir, "missing.txt")
	code, out, errs := unkg(t, "extract", "--progress", "none", missing, good)
	if code != exitPartial || !strings.Contains(errs, missing) || !strings.Contains(out, `"doc:SC/7724"`) {
		t.Errorf("missing + good: exit %d, stdout %.80q, stderr %q", code, out, errs)
	}
	code, out, errs = unkg(t, "extract", "--progress", "none", "--max-size", "1KB", good)
	if code != exitPartial || out != "" || !strings.Contains(errs, good) || !strings.Contains(errs, "over the 1024 bytes bound") {
		t.Errorf("over --max-size: exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat("/dev/zero"); err == nil {
		code, _, errs = unkg(t, "extract", "--progress", "none", "--max-size", "4MB", "/dev/zero")
		if code != exitPartial || !strings.Contains(errs, "/dev/zero") || !strings.Contains(errs, "over the 4 MB bound") {
			t.Errorf("/dev/zero: exit %d, stderr %q", code, errs)
		}
	}
	code, _, errs = unkgStdin(t, strings.Repeat("The Security Council met. ", 100), "extract", "--progress", "none", "--max-size", "2KB", "-")
	if code != exitPartial || !strings.Contains(errs, "over the 2048 bytes bound") {
		t.Errorf("standard input: exit %d, stderr %q", code, errs)
	}
	if code, _, errs := unkg(t, "extract", "--max-size", "lots", good); code != exitUsage {
		t.Errorf("--max-size lots: exit %d, %q", code, errs)
	}
}

// TestExtractBadInputsGoOn: an image-only, an encrypted and a truncated PDF,
// a 50 MB HTML page and a records file with a bad row are each reported
// with the file (and row) and the cause; the good documents are extracted;
// the exit code is 1.
func TestExtractBadInputsGoOn(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil && os.Getenv("CI") != "true" {
		t.Skip("pdftotext not found (Debian's poppler-utils)")
	}
	dir := t.TempDir()
	copyFile(t, "../../testdata/pdf/bad/image-only.pdf", filepath.Join(dir, "scan.pdf"))
	copyFile(t, "../../testdata/pdf/bad/encrypted.pdf", filepath.Join(dir, "locked.pdf"))
	copyFile(t, "../../testdata/pdf/A_RES_73_8-EN.pdf", filepath.Join(dir, "good.pdf"))
	whole, _ := os.ReadFile("../../testdata/pdf/A_RES_73_6-EN.pdf")
	os.WriteFile(filepath.Join(dir, "cut.pdf"), whole[:len(whole)/3], 0o644)
	os.WriteFile(filepath.Join(dir, "huge.html"), []byte("<html><body><p>"+strings.Repeat("The Security Council met. ", 2<<20)+"</p></body></html>"), 0o644)
	copyFile(t, "../../testdata/html/press_sc7724.html", filepath.Join(dir, "page.html"))
	records := filepath.Join(dir, "records.csv")
	os.WriteFile(records, []byte("file,symbol,date\ngood.pdf,A/RES/73/8,2018-11-05\nscan.pdf,S/RES/1,yesterday\n"), 0o644)
	code, out, errs := unkg(t, "extract", "--progress", "none", "--meta", records, dir)
	if code != exitPartial {
		t.Errorf("exit %d", code)
	}
	for _, want := range []string{
		"scan.pdf: no text layer: needs OCR",
		"locked.pdf: encrypted PDF",
		"cut.pdf: damaged file",
		"huge.html: input too large: an HTML page of 54.5 MB",
		records + ":3: bad record",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("no %q in stderr:\n%s", want, errs)
		}
	}
	if !strings.Contains(out, `"doc:A/RES/73/8"`) || !strings.Contains(out, `"doc:SC/7724"`) || strings.Count(out, "\n") != 2 {
		t.Errorf("want the good PDF and the page, got:\n%.300s", out)
	}
}

// TestIngestMaxSize: ingest reads under the same bound as extract (its summary is on stderr).
func TestIngestMaxSize(t *testing.T) {
	dir := t.TempDir()
	big, small := filepath.Join(dir, "big.txt"), filepath.Join(dir, "small.txt")
	copyFile(t, "../../testdata/corpus/02_en_sc7724_press.txt", big)
	os.WriteFile(small, []byte("The Security Council met on 3 May 2004.\n"), 0o644)
	code, out, errs := unkg(t, "ingest", "--db", filepath.Join(dir, "db"), "--progress", "none", "--max-size", "1KB", big, small)
	if code != exitPartial || !strings.Contains(errs, big) || !strings.Contains(errs, "over the 1024 bytes bound") || !strings.Contains(errs, "1 new") || out != "" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestTraceRecordsResolution1631: the Arabic text of resolution 1631 (2005)
// (seed 004, which prints neither its symbol nor its adoption header) is
// found by the symbol a records file gives it, and its trace reaches the two
// meetings its preamble recalls (11 April 2003 and 20 July 2004).
func TestTraceRecordsResolution1631(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	os.MkdirAll(docs, 0o755)
	const seed = "004_b54acdac83ce6a8a.txt"
	copyFile(t, "../../testdata/seeds/"+seed, filepath.Join(docs, seed))
	records := filepath.Join(dir, "records.jsonl")
	os.WriteFile(records, []byte(`{"file":"`+seed+`","symbol":"S/RES/1631 (2005)","date":"2005-10-17","language":"ar","title":"Cooperation between the United Nations and regional organizations"}`+"\n"), 0o644)
	db := filepath.Join(dir, "db")
	if code, _, errs := unkg(t, "ingest", "--db", db, "--progress", "none", "--meta", records, docs); code != exitOK {
		t.Fatalf("ingest: exit %d\n%s", code, errs)
	}
	code, out, errs := unkg(t, "query", "--db", db, "trace", "S/RES/1631 (2005)")
	if code != exitOK {
		t.Fatalf("trace: exit %d\n%s%s", code, out, errs)
	}
	for _, want := range []string{"doc:S/RES/1631(2005)", "meeting:UNSC:2003-04-11", "meeting:UNSC:2004-07-20"} {
		if !strings.Contains(out, want) {
			t.Errorf("trace lacks %s:\n%s", want, out)
		}
	}
}

// TestExplainNamesThePDFPage: explain shows the page of a PDF fact's
// evidence, beside its offsets into the extracted text.
func TestExplainNamesThePDFPage(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil && os.Getenv("CI") != "true" {
		t.Skip("pdftotext not found (Debian's poppler-utils)")
	}
	code, out, errs := unkg(t, "explain", "--fact", "doc describes meeting:UNGA:2018-10-10", "../../testdata/pdf/A_RES_73_3-EN.pdf")
	if code != exitOK || !strings.Contains(out, "holds:") || !strings.Contains(out, " page 1: ") {
		t.Errorf("exit %d\n%s%s", code, out, errs)
	}
	code, out, _ = unkg(t, "explain", "../../testdata/pdf/A_RES_73_3-EN.pdf")
	if code != exitOK || !strings.Contains(out, "doc describes meeting:UNGA:2018-10-10\t") || !strings.Contains(out, " page 1\n") {
		t.Errorf("the facts of explain name no page: exit %d\n%.2000s", code, out)
	}
}

// TestRecordDateDatesTheTextsDays: a story that prints no date line takes its
// date from its record, and its "on Tuesday" counts from that date (the
// sentence is Anadolu's of 15 September 2021).
func TestRecordDateDatesTheTextsDays(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "story.txt")
	os.WriteFile(doc, []byte("UN Secretary-General Antonio Guterres on Tuesday opened the 76th session of the UN General Assembly.\n"), 0o644)
	records := filepath.Join(dir, "records.jsonl")
	os.WriteFile(records, []byte(`{"file": "story.txt", "date": "2021-09-15"}`+"\n"), 0o644)
	code, out, errs := unkg(t, "extract", "--progress", "none", "--meta", records, doc)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{`"meeting:UNGA:2021-09-14"`, `"subject":"org:UNSG","predicate":"attended","object":"meeting:UNGA:2021-09-14"`} {
		if !strings.Contains(out, want) {
			t.Errorf("no %s in %s", want, out)
		}
	}
}
