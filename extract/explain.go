package extract

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// Explanation is what the patterns saw in a document and what they made of it.
type Explanation struct {
	Facts    *Facts
	Tokens   []ExplainToken
	Matches  []ExplainMatch
	Failures []ExplainFailure
}

// ExplainToken is one token of the stream, with input byte offsets.
type ExplainToken struct {
	Kind       string // break, entity, date, month, symbol, trigger
	Key        string // entity id, ISO date, symbol, trigger kind
	Text       string
	Start, End int
}

// ExplainMatch is one match of a pattern.
type ExplainMatch struct {
	Pattern, At string // id and FILE:LINE
	From, To    int    // token indexes
	Predicates  []string
}

// ExplainFailure is how far a pattern got from one anchor before an element failed.
type ExplainFailure struct {
	Pattern, At string
	Anchor      int    // token index where it started
	Furthest    int    // last token it took
	Failed      string // the element that could not be matched next ("" at the end of the stream)
	Elements    int    // elements matched
	Predicates  []string
}

// Explain extracts one document and keeps the token stream, the matches and
// the furthest point each pattern reached from each anchor.
func (x *Extractor) Explain(path string, data []byte) (*Explanation, error) {
	d, err := x.extractWith(path, data, &exampleContext{record: true})
	if err != nil {
		return nil, err
	}
	defer d.release()
	ex := &Explanation{}
	for _, t := range d.toks {
		ex.Tokens = append(ex.Tokens, d.explainToken(t))
	}
	for _, m := range d.matches {
		ex.Matches = append(ex.Matches, ExplainMatch{Pattern: m.c.p.ID, At: m.c.p.Pos.String(), From: m.from, To: m.to, Predicates: m.c.p.Predicates()})
	}
	for _, f := range d.fails {
		ex.Failures = append(ex.Failures, ExplainFailure{Pattern: f.c.p.ID, At: f.c.p.Pos.String(), Anchor: f.anchor,
			Furthest: f.furthest, Failed: f.at, Elements: f.elements, Predicates: f.c.p.Predicates()})
	}
	d.buildFacts()
	ex.Facts = d.facts
	return ex, nil
}

func (d *doc) explainToken(t token) ExplainToken {
	a, b := d.span(t.start, t.end)
	et := ExplainToken{Kind: tokKindNames[t.kind], Start: a, End: b}
	switch t.kind {
	case tkEntity:
		et.Key = t.m.id
	case tkTrigger, tkMonth:
		et.Key = t.m.key
	case tkDate:
		et.Key = d.dates[t.di].iso()
	case tkSymbol:
		et.Key = d.symbols[t.di].id
	}
	if t.kind != tkBreak {
		et.Text = d.inputText(a, b)
	}
	return et
}

// WriteTokens prints the token stream, one token a line.
func (ex *Explanation) WriteTokens(w io.Writer) {
	fmt.Fprintln(w, "# tokens: index, kind, key, input offsets, text")
	for i, t := range ex.Tokens {
		if t.Kind == "break" {
			fmt.Fprintf(w, "%d\t$\t\t%d\n", i, t.Start)
			continue
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%d-%d\t%s\n", i, t.Kind, t.Key, t.Start, t.End, oneLine(t.Text))
	}
}

// WriteFacts prints each relation with the rule (pattern id and FILE:LINE) behind it.
func (ex *Explanation) WriteFacts(w io.Writer) {
	fmt.Fprintln(w, "# facts: subject predicate object, rule, FILE:LINE, evidence")
	for _, r := range ex.Facts.Relations {
		at := r.Evidence.RuleAt
		if at == "" {
			at = "(Go resolver)"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%d-%d%s\n", factString(ex.Facts, r), r.Evidence.Rule, at, oneLine(r.Evidence.Text), r.Evidence.Start, r.Evidence.End, pageNote(r.Evidence.Page))
	}
}

// Why says whether fact ("SUBJECT PREDICATE OBJECT", "doc" for the
// document) holds and writes why, or which patterns came closest and where
// each failed.
func (ex *Explanation) Why(w io.Writer, fact string) bool {
	fact = strings.Join(strings.Fields(fact), " ")
	for _, r := range ex.Facts.Relations {
		if factString(ex.Facts, r) == fact || r.Subject+" "+r.Predicate+" "+r.Object == fact {
			at := r.Evidence.RuleAt
			if at == "" {
				at = "a Go resolver (extract/meetings.go)"
			}
			fmt.Fprintf(w, "holds: %s\n  rule %s at %s\n  evidence %d-%d%s: %s\n", fact, r.Evidence.Rule, at, r.Evidence.Start, r.Evidence.End, pageNote(r.Evidence.Page), oneLine(r.Evidence.Text))
			return true
		}
	}
	fmt.Fprintf(w, "does not hold: %s\n", fact)
	f := strings.Fields(fact)
	if len(f) != 3 {
		fmt.Fprintln(w, "  (a fact is SUBJECT PREDICATE OBJECT)")
		return false
	}
	pred := f[1]
	for _, m := range ex.Matches {
		if slices.Contains(m.Predicates, pred) {
			fmt.Fprintf(w, "  %s (%s) matched tokens %d-%d [%s ... %s] but stated no such fact (its meeting or entities resolved otherwise)\n",
				m.Pattern, m.At, m.From, m.To, ex.tokenText(m.From), ex.tokenText(m.To))
		}
	}
	var near []ExplainFailure
	for _, fl := range ex.Failures {
		if slices.Contains(fl.Predicates, pred) {
			near = append(near, fl)
		}
	}
	// Closest first: most elements matched, then nearest to the fact's entities.
	slices.SortStableFunc(near, func(a, b ExplainFailure) int { return b.Elements - a.Elements })
	if len(near) == 0 {
		fmt.Fprintf(w, "  no pattern that states %s got past its first element\n", pred)
	}
	for i, fl := range near {
		if i == 8 {
			fmt.Fprintf(w, "  ... and %d more\n", len(near)-i)
			break
		}
		failed := fl.Failed
		if failed == "" {
			failed = "(end of clause or stream)"
		}
		fmt.Fprintf(w, "  %s (%s): from token %d [%s] reached token %d [%s], failed at %s\n",
			fl.Pattern, fl.At, fl.Anchor, ex.tokenText(fl.Anchor), fl.Furthest, ex.tokenText(fl.Furthest), failed)
	}
	return false
}

func (ex *Explanation) tokenText(i int) string {
	if i < 0 || i >= len(ex.Tokens) {
		return ""
	}
	t := ex.Tokens[i]
	if t.Kind == "break" {
		return "$"
	}
	return t.Kind + " " + t.Key + " \"" + oneLine(t.Text) + "\""
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// pageNote names the PDF page of an evidence, "" for other inputs.
func pageNote(page int) string {
	if page == 0 {
		return ""
	}
	return " page " + strconv.Itoa(page)
}
