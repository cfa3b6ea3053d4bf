package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"golang.org/x/text/unicode/norm"

	"github.com/unkg/unkg/extract"
)

// QuadsVersion identifies the mapping from Facts to quads that Quads
// implements. The store regenerates a stored document's quads from its
// stored Facts to remove them, so a change to Quads must bump this number
// (the store refuses to open a graph written with another version).
const QuadsVersion = 2

// Bounds on what one value may be (QuadsVersion 2): an id (IRI) over
// maxID bytes is cut and followed by a hash of the whole, a text over
// maxText bytes is cut, so that no input makes a key or value that a
// backend refuses (a 70 KB subject line is a valid, if odd, document).
const (
	maxID          = 512
	maxText        = 8 << 10
	maxDisplayName = 512
)

// boundID is id within maxID bytes: as it is, or cut and hashed.
func boundID(id string) string {
	if len(id) <= maxID {
		return id
	}
	sum := sha256.Sum256([]byte(id))
	return cutText(id, maxID-33) + "~" + hex.EncodeToString(sum[:16])
}

// cutText is s cut to at most n bytes at a character boundary.
func cutText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// Quads returns the quads that represent f in the graph, each labelled with
// the document id, without duplicates, in a stable order.
func Quads(f *extract.Facts) ([]quad.Quad, error) {
	if f == nil {
		return nil, errors.New("no facts")
	}
	if f.Doc.ID == "" {
		return nil, errors.New("document has no id")
	}
	doc := quad.IRI(boundID(f.Doc.ID))
	lang := f.Doc.Lang
	// About the quads a document makes (documents of the corpus: 9 of the
	// document, 3 an entity, 1 a relation), so that neither the list nor
	// the set grows quad by quad.
	n := 9 + 3*len(f.Entities) + len(f.Relations)
	b := quadBuilder{label: doc, seen: make(map[quad.Quad]struct{}, n), quads: make([]quad.Quad, 0, n)}

	b.add(doc, PredType, quad.String(TypeDocument))
	b.str(doc, PredPath, f.Doc.Path)
	b.str(doc, PredLang, f.Doc.Lang)
	b.str(doc, PredDocType, f.Doc.Type)
	b.str(doc, PredDate, f.Doc.Date)
	b.str(doc, PredSymbol, f.Doc.Symbol)
	b.str(doc, PredSHA256, f.Doc.SHA256)
	b.str(doc, PredOriginalLang, f.Doc.OriginalLang)
	b.text(doc, PredTitle, f.Doc.Title, lang)

	for i := range f.Entities {
		e := &f.Entities[i]
		if e.ID == "" {
			return nil, fmt.Errorf("entity %d (%q) has no id", i, e.Name)
		}
		id := quad.IRI(boundID(e.ID))
		b.str(id, PredType, e.Type)
		if e.Name != "" {
			nl := lang
			if IsLatin(e.Name) {
				nl = "en"
			}
			b.text(id, PredName, e.Name, nl)
		}
		for _, m := range e.Mentions {
			b.text(id, PredName, m.Text, lang)
		}
		b.str(id, PredDate, e.Date)
		b.str(id, PredEndDate, e.EndDate)
		b.text(id, PredTopic, e.Topic, lang)
		b.str(id, PredNumber, e.Number)
		b.iri(id, PredOrgan, e.Organ)
		b.text(id, PredRole, e.Role, lang)
		b.iri(id, PredCountry, e.Country)
	}
	typed := make(map[string]bool, len(f.Entities))
	for _, e := range f.Entities {
		typed[boundID(e.ID)] = true
	}
	for i, r := range f.Relations {
		if r.Subject == "" || r.Predicate == "" || r.Object == "" {
			return nil, fmt.Errorf("relation %d (%s %s %s) is incomplete", i, r.Subject, r.Predicate, r.Object)
		}
		s, o := boundID(r.Subject), boundID(r.Object)
		b.add(quad.IRI(s), quad.IRI(boundID(r.Predicate)), quad.IRI(o))
		// An end that is no entity of the document (the country of the
		// Assembly's President, who presides; the Council a PSC communiqué
		// calls "the Council") still gets its type, so that the queries that
		// list a type's nodes find it.
		for _, id := range [2]string{s, o} {
			if t := TypeOfID(id); !typed[id] && t != "" && t != extract.TypeDocument {
				typed[id] = true
				b.str(quad.IRI(id), PredType, t)
			}
		}
	}
	return b.quads, nil
}

type quadBuilder struct {
	label quad.IRI
	seen  map[quad.Quad]struct{}
	quads []quad.Quad
}

func (b *quadBuilder) add(s, p quad.IRI, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: b.label}
	if _, ok := b.seen[q]; ok {
		return
	}
	b.seen[q] = struct{}{}
	b.quads = append(b.quads, q)
}

// str adds a plain string attribute; empty means unknown and adds nothing.
func (b *quadBuilder) str(s, p quad.IRI, v string) {
	if v = cutText(strings.TrimSpace(v), maxText); v != "" {
		b.add(s, p, quad.String(v))
	}
}

// text adds a language-tagged text, NFC-normalized and with its spaces collapsed.
func (b *quadBuilder) text(s, p quad.IRI, v, lang string) {
	v = norm.NFC.String(v) // v itself when already NFC, as extracted text mostly is
	if !spacesCollapsed(v) {
		v = strings.Join(strings.Fields(v), " ")
	}
	v = cutText(v, maxText)
	if v == "" {
		return
	}
	if lang == "" {
		b.add(s, p, quad.String(v))
		return
	}
	b.add(s, p, quad.LangString{Value: quad.String(v), Lang: lang})
}

// spacesCollapsed says whether strings.Join(strings.Fields(v), " ") is v:
// no space but single ' ' between words, none at either end.
func spacesCollapsed(v string) bool {
	prevSpace := true // a space at the start is not collapsed
	for _, r := range v {
		sp := unicode.IsSpace(r)
		if sp && (prevSpace || r != ' ') {
			return false
		}
		prevSpace = sp
	}
	return !prevSpace || v == ""
}

func (b *quadBuilder) iri(s, p quad.IRI, v string) {
	if v = strings.TrimSpace(v); v != "" {
		b.add(s, p, quad.IRI(boundID(v)))
	}
}

// IsLatin reports whether every letter of s is in the Latin script (a name
// stored in English, whatever the document's language, is tagged @en only then).
func IsLatin(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}
