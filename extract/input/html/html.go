// Package html takes the article out of an HTML page (golang.org/x/net/html's
// tokenizer): the headline, date line and body, without navigation, scripts,
// styles, forms and the site's header and footer, with every byte of the text
// mapped back to its offset in the page, and the page's lang and dates.
package html

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"

	"github.com/unkg/unkg/extract/input"
)

// MaxSize bounds a page: a news page or press release is well under a
// megabyte, and the offset map costs four bytes for each byte of text.
const MaxSize = 16 << 20

// skipped elements never hold the article's text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Aside: true, atom.Form: true, atom.Button: true, atom.Select: true,
	atom.Svg: true, atom.Iframe: true, atom.Object: true, atom.Head: true,
}

// A <header> is the site's own outside the article, the headline's inside
// it; a <footer> holds the site's or the article's tags and links, no text.

// blocks end a paragraph: their text is set apart by a blank line.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Section: true,
	atom.Article: true, atom.Main: true, atom.Header: true, atom.Footer: true, atom.Blockquote: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Figcaption: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Pre: true, atom.Address: true, atom.Body: true,
}

// dateMeta are the <meta> names and properties that give a page's date.
var dateMeta = []string{"article:published_time", "date", "dc.date", "dcterms.date", "dc.date.issued",
	"pubdate", "publish-date", "citation_date", "og:published_time"}

// Decode takes the article's text out of an HTML page.
func Decode(data []byte) (*input.Decoded, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("%w: an HTML page of %.1f MB (the bound for HTML is %d MB)", input.ErrTooLarge, float64(len(data))/1e6, MaxSize>>20)
	}
	if !utf8.Valid(data) {
		if d, ok := decodeLegacy(data); ok {
			return d, nil
		}
	}
	lower := bytes.ToLower(data)
	// With an <article> or <main>, only their text is the document's.
	scoped := bytes.Contains(lower, []byte("<article")) || bytes.Contains(lower, []byte("<main"))
	p := &parser{data: data, scoped: scoped, text: make([]byte, 0, len(data)/2), origin: make([]int32, 0, len(data)/2+1)}
	p.run()
	p.origin = append(p.origin, int32(len(data)))
	meta := p.meta
	if p.h1 != "" {
		meta.Title = p.h1
	} else if meta.Title == "" {
		meta.Title = p.title
	}
	return &input.Decoded{Text: p.text, Origin: p.origin, Meta: meta}, nil
}

// decodeLegacy decodes a page in a single-byte charset (windows-1256 for
// old Arabic pages, windows-1252, ISO 8859) named by its <meta charset> or
// guessed by golang.org/x/net/html/charset, keeping offsets into the
// original bytes: each byte is one character.
func decodeLegacy(data []byte) (*input.Decoded, bool) {
	_, name, _ := charset.DetermineEncoding(data, "text/html")
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil, false
	}
	cm, ok := enc.(*charmap.Charmap)
	if !ok {
		return nil, false
	}
	utf := make([]byte, 0, len(data)*2)
	from := make([]int32, 0, len(data)*2+1)
	var buf [utf8.UTFMax]byte
	for i, c := range data {
		n := utf8.EncodeRune(buf[:], cm.DecodeByte(c))
		for k := 0; k < n; k++ {
			from = append(from, int32(i))
		}
		utf = append(utf, buf[:n]...)
	}
	from = append(from, int32(len(data)))
	d, err := Decode(utf)
	if err != nil {
		return nil, false
	}
	for i, o := range d.Origin {
		d.Origin[i] = from[o]
	}
	return d, true
}

type parser struct {
	data   []byte
	scoped bool
	text   []byte
	origin []int32

	skip    []atom.Atom // open skipped elements, innermost last
	article int         // open <article>/<main> elements
	inTitle bool
	inH1    bool
	title   string
	h1      string
	h1Done  bool
	meta    input.Meta
}

func (p *parser) run() {
	z := html.NewTokenizer(bytes.NewReader(p.data))
	pos := 0
	for {
		tt := z.Next()
		raw := z.Raw()
		start := pos
		pos += len(raw)
		switch tt {
		case html.ErrorToken:
			return
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			p.start(a, attrs, start, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			p.end(atom.Lookup(name), start)
		case html.TextToken:
			if p.inTitle {
				p.title += strings.TrimSpace(html.UnescapeString(string(raw)))
			}
			if p.taking() {
				if p.inH1 && !p.h1Done {
					p.h1 += html.UnescapeString(string(raw))
				}
				p.add(raw, start)
			}
		}
	}
}

// taking says whether text here belongs to the article.
func (p *parser) taking() bool {
	return len(p.skip) == 0 && (!p.scoped || p.article > 0)
}

func (p *parser) start(a atom.Atom, attrs map[string]string, at int, selfClosing bool) {
	switch a {
	case atom.Html:
		if l := attrs["lang"]; l != "" && p.meta.Lang == "" {
			p.meta.Lang = strings.ToLower(strings.SplitN(strings.SplitN(l, "-", 2)[0], "_", 2)[0])
		}
	case atom.Meta:
		p.metaTag(attrs)
	case atom.Title:
		p.inTitle = !selfClosing
	case atom.Time:
		if p.taking() && p.meta.Date == "" {
			p.meta.Date = isoDate(attrs["datetime"])
		}
	case atom.Br:
		if p.taking() {
			p.newline(at, "\n")
		}
		return
	}
	if selfClosing {
		return
	}
	if skipped[a] || a == atom.Footer || (a == atom.Header && p.article == 0) {
		p.skip = append(p.skip, a)
		return
	}
	if a == atom.Article || a == atom.Main {
		p.article++
	}
	if a == atom.H1 && p.taking() {
		p.inH1 = true
	}
	if blocks[a] && p.taking() {
		p.newline(at, "\n\n")
	}
}

func (p *parser) end(a atom.Atom, at int) {
	if a == atom.Title {
		p.inTitle = false
	}
	if n := len(p.skip); n > 0 {
		if p.skip[n-1] == a {
			p.skip = p.skip[:n-1]
		}
		return
	}
	if blocks[a] && p.taking() {
		p.newline(at, "\n\n")
	}
	if a == atom.H1 && p.inH1 {
		p.inH1, p.h1Done = false, p.h1 != ""
		p.h1 = strings.Join(strings.Fields(p.h1), " ")
	}
	if (a == atom.Article || a == atom.Main) && p.article > 0 {
		p.article--
	}
}

func (p *parser) metaTag(attrs map[string]string) {
	key := strings.ToLower(attrs["name"])
	if key == "" {
		key = strings.ToLower(attrs["property"])
	}
	content := strings.TrimSpace(attrs["content"])
	switch {
	case key == "og:title" || key == "dc.title" || key == "citation_title":
		if p.meta.Title == "" {
			p.meta.Title = content
		}
	case key == "language" || key == "dc.language" || key == "content-language":
		if p.meta.Lang == "" {
			p.meta.Lang = strings.ToLower(strings.SplitN(content, "-", 2)[0])
		}
	default:
		for _, k := range dateMeta {
			if key == k && p.meta.Date == "" {
				p.meta.Date = isoDate(content)
			}
		}
	}
}

// isoDate is the YYYY-MM-DD at the head of s, "" if there is none.
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return ""
	}
	for i, c := range s[:10] {
		if i == 4 || i == 7 {
			if c != '-' {
				return ""
			}
		} else if c < '0' || c > '9' {
			return ""
		}
	}
	return s[:10]
}

// newline ends the text so far with sep (a line end or a blank line), once.
func (p *parser) newline(at int, sep string) {
	if len(p.text) == 0 {
		return
	}
	// Trailing white space and line ends are replaced by sep.
	n := len(p.text)
	for n > 0 && (p.text[n-1] == ' ' || p.text[n-1] == '\n') {
		n--
	}
	had := string(p.text[n:])
	if had == sep || (had == "\n\n" && sep == "\n") {
		return
	}
	p.text, p.origin = p.text[:n], p.origin[:n]
	for i := 0; i < len(sep); i++ {
		p.text = append(p.text, '\n')
		p.origin = append(p.origin, int32(at))
	}
}

// add appends the text of a raw text token found at offset at: runs of white
// space made one space, character references decoded, each output byte
// mapped to the input byte it comes from.
func (p *parser) add(raw []byte, at int) {
	for i := 0; i < len(raw); {
		c := raw[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			j := i
			for j < len(raw) && (raw[j] == ' ' || raw[j] == '\t' || raw[j] == '\n' || raw[j] == '\r' || raw[j] == '\f') {
				j++
			}
			if n := len(p.text); n > 0 && p.text[n-1] != ' ' && p.text[n-1] != '\n' {
				p.text = append(p.text, ' ')
				p.origin = append(p.origin, int32(at+i))
			}
			i = j
			continue
		}
		if c == '&' {
			if k := bytes.IndexByte(raw[i:min(len(raw), i+40)], ';'); k > 0 {
				ref := string(raw[i : i+k+1])
				if u := html.UnescapeString(ref); u != ref {
					if u == "\u00a0" {
						u = " "
					}
					for b := 0; b < len(u); b++ {
						p.text = append(p.text, u[b])
						p.origin = append(p.origin, int32(at+i))
					}
					i += k + 1
					continue
				}
			}
		}
		p.text = append(p.text, c)
		p.origin = append(p.origin, int32(at+i))
		i++
	}
}
