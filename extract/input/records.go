package input

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// A Record is what a library catalogue says of one file: the fields of a UN
// Digital Library export (MARC 191 $a symbol, 269 date, 041 language, 245
// title).
type Record struct {
	File     string // a path, or a base name matching files in any folder
	Symbol   string
	Date     string // YYYY-MM-DD (YYYYMMDD and YYYY-MM accepted)
	Language string // ISO 639-1: en, fr, ... (MARC's eng, fre, ... accepted)
	Title    string
	Row      int // line of the record in its file (the CSV header is line 1)
}

// Records are the records of one file, looked up by the path of a document.
type Records struct {
	Source string // the records file
	byPath map[string]int
	byBase map[string]int
	list   []Record
}

// ErrRecord is a record the reader cannot take; the others are kept.
var ErrRecord = errors.New("bad record")

// columns maps the names a header or a JSON key may use to a Record field.
var columns = map[string]string{
	"file": "file", "path": "file", "filename": "file",
	"symbol": "symbol", "191__a": "symbol", "191a": "symbol", "191": "symbol",
	"date": "date", "269": "date", "269__a": "date", "269a": "date",
	"language": "language", "lang": "language", "041": "language", "041__a": "language", "041a": "language",
	"title": "title", "245": "title", "245__a": "title", "245a": "title",
}

// ReadRecords reads a records file: CSV with a header row naming the
// columns (file, symbol, date, language, title, in any order), or JSON Lines
// objects with the same keys. A bad row is an error naming the file and row
// and is left out; the others are kept. A file that cannot be read at all
// is the only error, with nil Records.
func ReadRecords(path string) (*Records, []error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, []error{fmt.Errorf("read records %s: %w", path, err)}
	}
	return ParseRecords(path, data)
}

// ParseRecords is ReadRecords on the bytes of the file named path.
func ParseRecords(path string, data []byte) (*Records, []error) {
	rs := &Records{Source: path, byPath: map[string]int{}, byBase: map[string]int{}}
	var errs []error
	bad := func(row int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %w: %s", path, row, ErrRecord, fmt.Sprintf(format, args...)))
	}
	trim := bytes.TrimLeft(data, "\xef\xbb\xbf \t\r\n")
	if len(trim) > 0 && trim[0] == '{' {
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for row := 1; sc.Scan(); row++ {
			line := bytes.TrimSpace(sc.Bytes())
			if len(line) == 0 {
				continue
			}
			var obj map[string]any
			if err := json.Unmarshal(line, &obj); err != nil {
				bad(row, "%v", err)
				continue
			}
			fields := map[string]string{}
			for k, v := range obj {
				if f, ok := columns[strings.ToLower(strings.TrimSpace(k))]; ok {
					s, ok := v.(string)
					if !ok {
						bad(row, "%s is not a string", k)
						continue
					}
					fields[f] = s
				}
			}
			rs.add(fields, row, bad)
		}
		if err := sc.Err(); err != nil {
			errs = append(errs, fmt.Errorf("read records %s: %w", path, err))
		}
		return rs, errs
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, []error{fmt.Errorf("read records %s: header row: %w", path, err)}
	}
	col := map[int]string{}
	for i, h := range header {
		if f, ok := columns[strings.ToLower(strings.TrimSpace(h))]; ok {
			col[i] = f
		}
	}
	hasFile := false
	for _, f := range col {
		hasFile = hasFile || f == "file"
	}
	if !hasFile {
		return nil, []error{fmt.Errorf("read records %s: the header row names no file column (want file,symbol,date,language,title)", path)}
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				bad(pe.Line, "%v", pe.Err)
				continue
			}
			errs = append(errs, fmt.Errorf("read records %s: %w", path, err))
			break
		}
		row, _ := r.FieldPos(0)
		if len(rec) != len(header) {
			bad(row, "%d fields, the header names %d", len(rec), len(header))
			continue
		}
		fields := map[string]string{}
		for i, v := range rec {
			if f, ok := col[i]; ok {
				fields[f] = v
			}
		}
		rs.add(fields, row, bad)
	}
	return rs, errs
}

func (rs *Records) add(fields map[string]string, row int, bad func(int, string, ...any)) {
	rec := Record{File: strings.TrimSpace(fields["file"]), Symbol: strings.TrimSpace(fields["symbol"]),
		Title: strings.Join(strings.Fields(fields["title"]), " "), Row: row}
	if rec.File == "" {
		bad(row, "no file")
		return
	}
	var ok bool
	if rec.Date, ok = recordDate(fields["date"]); !ok {
		bad(row, "date %q is not YYYY-MM-DD", fields["date"])
		return
	}
	if rec.Language, ok = recordLanguage(fields["language"]); !ok {
		bad(row, "language %q is none of ar, zh, en, fr, ru, es", fields["language"])
		return
	}
	i := len(rs.list)
	rs.list = append(rs.list, rec)
	rs.byPath[filepath.Clean(rec.File)] = i
	if !strings.ContainsRune(rec.File, '/') {
		rs.byBase[rec.File] = i
	}
}

// Lookup finds the record of the document at path: by its path, or the
// end of it ("pdf/A_RES_73_3-EN.pdf" names /data/pdf/A_RES_73_3-EN.pdf),
// else by its base name.
func (rs *Records) Lookup(path string) (Record, bool) {
	if rs == nil {
		return Record{}, false
	}
	p := filepath.ToSlash(filepath.Clean(path))
	for {
		if i, ok := rs.byPath[filepath.FromSlash(p)]; ok {
			return rs.list[i], true
		}
		k := strings.IndexByte(p, '/')
		if k < 0 {
			break
		}
		p = p[k+1:]
	}
	if i, ok := rs.byBase[filepath.Base(path)]; ok {
		return rs.list[i], true
	}
	return Record{}, false
}

// Len is the number of records kept.
func (rs *Records) Len() int { return len(rs.list) }

// recordDate reads YYYY-MM-DD, YYYYMMDD (MARC 269) or YYYY-MM; "" is no date.
func recordDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	digits := func(t string) bool {
		for _, c := range t {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	switch {
	case s == "":
		return "", true
	case len(s) == 8 && digits(s):
		s = s[:4] + "-" + s[4:6] + "-" + s[6:]
	case len(s) == 10 && s[4] == '-' && s[7] == '-' && digits(s[:4]+s[5:7]+s[8:]):
	case len(s) == 7 && s[4] == '-' && digits(s[:4]+s[5:]):
		return s, s[5:] >= "01" && s[5:] <= "12"
	default:
		return "", false
	}
	return s, s[5:7] >= "01" && s[5:7] <= "12" && s[8:] >= "01" && s[8:] <= "31"
}

// languages maps the codes and names a record may give to ISO 639-1.
var languages = map[string]string{
	"ar": "ar", "ara": "ar", "arabic": "ar",
	"zh": "zh", "chi": "zh", "zho": "zh", "chinese": "zh",
	"en": "en", "eng": "en", "english": "en",
	"fr": "fr", "fre": "fr", "fra": "fr", "french": "fr",
	"ru": "ru", "rus": "ru", "russian": "ru",
	"es": "es", "spa": "es", "spanish": "es",
}

func recordLanguage(s string) (string, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return "", true
	}
	l, ok := languages[s]
	return l, ok
}
