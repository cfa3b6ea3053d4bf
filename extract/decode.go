package extract

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/unkg/unkg/extract/input"
	"github.com/unkg/unkg/extract/input/html"
	"github.com/unkg/unkg/extract/input/pdf"
)

// ErrBinary is returned for input that is not text.
var ErrBinary = errors.New("not a text document")

// source is the input decoded to UTF-8, with the way back to the input bytes.
type source struct {
	text []byte
	// origin[i] is the input offset of text byte i (len(text)+1 entries);
	// nil when text is the input itself.
	origin []int32
	input  int // input length

	kind  input.Kind
	pages []int      // PDF: offsets in text where each page starts
	meta  input.Meta // what the format says of the document
}

// orig maps an offset of the decoded text to an offset of the input bytes.
func (s *source) orig(i int) int {
	if s.origin == nil {
		return i
	}
	return int(s.origin[i])
}

// decode turns input bytes into text, by the format their content shows
// (input.Sniff): a PDF's text layer (offsets then point into the extracted
// text, with the page of each), an HTML page's article (offsets into the
// page's bytes), or text. Text is taken as UTF-8: UTF-8 (with or without
// BOM) as it is, UTF-16 with a BOM decoded. Input with NUL bytes is refused
// as binary. Document falls back to Windows-1256 (legacy Arabic) when the
// normalizer finds the text is not UTF-8, and refuses text with many control
// characters.
func decode(data []byte) (*source, error) {
	if len(data) == 0 {
		return nil, fmt.Errorf("%w: the file is empty", ErrBinary)
	}
	switch input.Sniff(data) {
	case input.PDF:
		d, err := pdf.Decode(data)
		if err != nil {
			return nil, err
		}
		return &source{text: d.Text, input: len(d.Text), kind: input.PDF, pages: d.Pages, meta: d.Meta}, nil
	case input.HTML:
		d, err := html.Decode(data)
		if err != nil {
			return nil, err
		}
		return &source{text: d.Text, origin: d.Origin, input: len(data), kind: input.HTML, meta: d.Meta}, nil
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data, false)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data, true)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	// Taken as UTF-8 here; the normalizer, which reads every rune anyway,
	// tells when it is not (Document then decodes Windows-1256) and counts the
	// control characters that mark a binary file.
	if bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) {
		return shifted(data[3:], 3, len(data)), nil
	}
	return &source{text: data, input: len(data)}, nil
}

// shifted is text that starts skip bytes into the input.
func shifted(text []byte, skip, inputLen int) *source {
	origin := make([]int32, len(text)+1)
	for i := range origin {
		origin[i] = int32(i + skip)
	}
	return &source{text: text, origin: origin, input: inputLen}
}

func decodeUTF16(data []byte, bigEndian bool) (*source, error) {
	if len(data)%2 != 0 {
		return nil, fmt.Errorf("%w: UTF-16 input of odd length %d", ErrBinary, len(data))
	}
	text := make([]byte, 0, len(data))
	origin := make([]int32, 0, len(data)+1)
	unit := func(i int) uint16 {
		if bigEndian {
			return uint16(data[i])<<8 | uint16(data[i+1])
		}
		return uint16(data[i+1])<<8 | uint16(data[i])
	}
	var buf [utf8.UTFMax]byte
	for i := 2; i < len(data); {
		start := i
		u := unit(i)
		i += 2
		r := rune(u)
		if utf16.IsSurrogate(r) {
			if i+1 < len(data) {
				r = utf16.DecodeRune(r, rune(unit(i)))
				i += 2
			} else {
				r = utf8.RuneError
			}
		}
		if r == 0 {
			return nil, fmt.Errorf("%w: NUL character at offset %d", ErrBinary, start)
		}
		n := utf8.EncodeRune(buf[:], r)
		for k := 0; k < n; k++ {
			origin = append(origin, int32(start))
		}
		text = append(text, buf[:n]...)
	}
	origin = append(origin, int32(len(data)))
	return &source{text: text, origin: origin, input: len(data)}, nil
}

func decodeCharmap(data []byte, cm *charmap.Charmap) *source {
	text := make([]byte, 0, len(data)*2)
	origin := make([]int32, 0, len(data)*2+1)
	var buf [utf8.UTFMax]byte
	for i, b := range data {
		r := cm.DecodeByte(b)
		n := utf8.EncodeRune(buf[:], r)
		for k := 0; k < n; k++ {
			origin = append(origin, int32(i))
		}
		text = append(text, buf[:n]...)
	}
	origin = append(origin, int32(len(data)))
	return &source{text: text, origin: origin, input: len(data)}
}
