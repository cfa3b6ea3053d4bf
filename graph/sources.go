package graph

import (
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/unkg/unkg/extract"
)

// Source is a document behind an answer, named as a person would cite it.
type Source struct {
	ID     string `json:"id"`
	Label  string `json:"label"` // the symbol, else the file name, else the title, else the id
	Symbol string `json:"symbol,omitempty"`
	Path   string `json:"path,omitempty"`
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"`
	Lang   string `json:"lang,omitempty"`
}

// Evidence is one sentence of a document that states a relation, with
// its byte offsets into the file and the rule that read it.
type Evidence struct {
	Source
	Start int    `json:"start"`
	End   int    `json:"end"`
	Page  int    `json:"page,omitempty"` // PDF: the 1-based page of Start
	Rule  string `json:"rule"`
	Text  string `json:"text"`
}

// maxLabelTitle bounds a title used as a label.
const maxLabelTitle = 60

// Sources names documents from their stored facts; it keeps the facts it
// has read, for one answer.
type Sources struct {
	s     *Store
	files map[string][]*extract.Facts
}

// Sources returns a reader of document names and evidence.
func (s *Store) Sources() *Sources {
	return &Sources{s: s, files: map[string][]*extract.Facts{}}
}

func (c *Sources) facts(id string) ([]*extract.Facts, error) {
	if fs, ok := c.files[id]; ok {
		return fs, nil
	}
	fs, err := c.s.DocumentFiles(id)
	if err != nil {
		return nil, err
	}
	c.files[id] = fs
	return fs, nil
}

// Of names each document id.
func (c *Sources) Of(ids []string) ([]Source, error) {
	out := make([]Source, 0, len(ids))
	for _, id := range ids {
		fs, err := c.facts(id)
		if err != nil {
			return nil, err
		}
		out = append(out, sourceOf(id, fs))
	}
	return out, nil
}

// Labels are the labels of Of.
func (c *Sources) Labels(ids []string) ([]string, error) {
	src, err := c.Of(ids)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(src))
	for i, s := range src {
		out[i] = s.Label
	}
	return out, nil
}

func sourceOf(id string, fs []*extract.Facts) Source {
	src := Source{ID: id}
	for _, f := range fs { // the first file that says each
		d := f.Doc
		if src.Symbol == "" {
			src.Symbol = d.Symbol
		}
		if src.Path == "" && d.Path != "-" {
			src.Path = d.Path
		}
		if src.Title == "" {
			src.Title = CleanLabel(d.Title)
		}
		if src.Date == "" {
			src.Date = d.Date
		}
		if src.Lang == "" {
			src.Lang = d.Lang
		}
	}
	switch {
	case src.Symbol != "":
		src.Label = src.Symbol
	case src.Path != "":
		src.Label = filepath.Base(src.Path)
	case src.Title != "":
		src.Label = cutRunes(src.Title, maxLabelTitle)
	default:
		src.Label = id
	}
	return src
}

// Evidence returns the sentences of the documents docs that state subject
// predicate object.
func (c *Sources) Evidence(subject, predicate, object string, docs []string) ([]Evidence, error) {
	var out []Evidence
	for _, id := range docs {
		fs, err := c.facts(id)
		if err != nil {
			return nil, err
		}
		src := sourceOf(id, fs)
		for _, f := range fs {
			for _, r := range f.Relations {
				if r.Subject == subject && r.Predicate == predicate && r.Object == object {
					e := Evidence{Source: src, Start: r.Evidence.Start, End: r.Evidence.End, Page: r.Evidence.Page, Rule: r.Evidence.Rule, Text: r.Evidence.Text}
					if f.Doc.Path != "-" && f.Doc.Path != "" {
						e.Path = f.Doc.Path // the file these offsets are in
					}
					if f.Doc.Lang != "" {
						e.Lang = f.Doc.Lang // and its language
					}
					out = append(out, e)
				}
			}
		}
	}
	return out, nil
}

// CutText cuts s to n characters, spaces collapsed, ending with … when cut.
func CutText(s string, n int) string { return cutRunes(s, n) }

// cutRunes cuts s to n characters, ending with … when cut.
func cutRunes(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
