package extract

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
)

const arabicLetter = "رسالة مؤرخة 25 نيسان/أبريل 2003 من الممثل الدائم للمكسيك. وكانت المنظمات الممثلة في الجلسة تتكون من الاتحاد الأفريقي."

func utf16Bytes(s string, bigEndian bool) []byte {
	out := []byte{0xFF, 0xFE}
	if bigEndian {
		out = []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func decodeUTF16Span(b []byte, bigEndian bool) string {
	var units []uint16
	for i := 0; i+1 < len(b); i += 2 {
		if bigEndian {
			units = append(units, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			units = append(units, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	return string(utf16.Decode(units))
}

// Input in other encodings gives the same facts, and offsets point into the input bytes.
func TestEncodings(t *testing.T) {
	x := builtin(t)
	want, err := x.Document("utf8.txt", []byte(arabicLetter))
	if err != nil {
		t.Fatal(err)
	}
	if !entityIDs(want, TypeOrganization)["org:AU"] || !entityIDs(want, TypeCountry)["country:MEX"] {
		t.Fatalf("UTF-8 letter: want AU and MEX, got %v", want.Entities)
	}
	cp1256, err := charmap.Windows1256.NewEncoder().String(arabicLetter)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		data   []byte
		spanOf func([]byte) string
	}{
		{"utf-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, arabicLetter...), func(b []byte) string { return string(b) }},
		{"utf-16le", utf16Bytes(arabicLetter, false), func(b []byte) string { return decodeUTF16Span(b, false) }},
		{"utf-16be", utf16Bytes(arabicLetter, true), func(b []byte) string { return decodeUTF16Span(b, true) }},
		{"windows-1256", []byte(cp1256), func(b []byte) string { s, _ := charmap.Windows1256.NewDecoder().Bytes(b); return string(s) }},
		// The first bytes that are not UTF-8 come late: the normalizer has folded the start as UTF-8 already.
		{"windows-1256 after ASCII", []byte("S/2003/505 Distr.: General\n" + cp1256), func(b []byte) string { s, _ := charmap.Windows1256.NewDecoder().Bytes(b); return string(s) }},
	} {
		got, err := x.Document(c.name, c.data)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got.Doc.Lang != "ar" || got.Doc.Date != want.Doc.Date {
			t.Errorf("%s: lang %q date %q, want ar %q", c.name, got.Doc.Lang, got.Doc.Date, want.Doc.Date)
		}
		for id := range entityIDs(want, TypeOrganization) {
			if !entityIDs(got, TypeOrganization)[id] {
				t.Errorf("%s: %s missing", c.name, id)
			}
		}
		for _, e := range got.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(c.data) || m.Start > m.End {
					t.Fatalf("%s: %s mention [%d,%d) outside %d bytes", c.name, e.ID, m.Start, m.End, len(c.data))
				}
				if span := c.spanOf(c.data[m.Start:m.End]); span != m.Text {
					t.Errorf("%s: %s mention [%d,%d) reads %q in the input, reported %q", c.name, e.ID, m.Start, m.End, span, m.Text)
				}
			}
		}
	}
}

func TestBinaryAndEmptyInputRefused(t *testing.T) {
	x := builtin(t)
	for name, data := range map[string][]byte{
		"empty":    {},
		"nul":      []byte("PK\x03\x04\x00\x00binary"),
		"controls": []byte(strings.Repeat("\x01\x02\x03abc", 100)),
		// Control characters after a long stretch of text count too.
		"late controls": []byte(strings.Repeat("text ", 1000) + strings.Repeat("\x01\x02\x03abc", 1000)),
	} {
		if _, err := x.Document(name, data); !errors.Is(err, ErrBinary) {
			t.Errorf("%s: want ErrBinary, got %v", name, err)
		}
	}
}
