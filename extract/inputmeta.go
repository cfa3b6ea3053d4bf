package extract

import (
	"fmt"
	"strings"

	"github.com/unkg/unkg/extract/input"
)

// setPages gives every mention and evidence of a PDF the page it starts on.
func (d *doc) setPages() {
	if len(d.src.pages) == 0 {
		return
	}
	for _, id := range d.order {
		e := d.entities[id]
		for i := range e.Mentions {
			e.Mentions[i].Page = input.PageOf(d.src.pages, e.Mentions[i].Start)
		}
	}
	for i := range d.rels {
		d.rels[i].Evidence.Page = input.PageOf(d.src.pages, d.rels[i].Evidence.Start)
	}
}

// formatMeta fills what the text does not say from what its format says
// (HTML's lang and dates, a page's headline) and from the document's record,
// if Options.Records has one. Where the record and the text disagree, the
// text wins and Options.Warn is told. It runs right after metadata, before
// any relation names the document.
func (d *doc) formatMeta() {
	defer d.adoptGivenDate()
	fd := &d.facts.Doc
	m := d.src.meta
	if fd.Date == "" {
		fd.Date = m.Date
	}
	if fd.Title == "" {
		fd.Title = m.Title
	}
	if d.x.opts.Records == nil {
		return
	}
	rec, ok := d.x.opts.Records.Lookup(fd.Path)
	if !ok {
		return
	}
	where := fmt.Sprintf("record %s:%d", d.x.opts.Records.Source, rec.Row)
	if rec.Symbol != "" {
		sym := strings.ToUpper(strings.ReplaceAll(rec.Symbol, " ", ""))
		switch {
		case fd.Symbol == "":
			fd.Symbol, fd.ID = sym, "doc:"+sym
			if fd.Type == "" || fd.Type == "other" {
				fd.Type = typeFromSymbol(sym)
			}
		case fd.Symbol != sym:
			d.warn(fmt.Sprintf("the text prints symbol %s, %s says %s: kept %s", fd.Symbol, where, rec.Symbol, fd.Symbol))
		}
	}
	fill := func(field string, have *string, rv string) {
		switch {
		case rv == "":
		case *have == "":
			*have = rv
		case *have != rv:
			d.warn(fmt.Sprintf("the text gives %s %s, %s says %s: kept %s", field, *have, where, rv, *have))
		}
	}
	fill("date", &fd.Date, rec.Date)
	if fd.Title == "" { // titles differ in form too often to call a difference a conflict
		fd.Title = rec.Title
	}
	if rec.Language != "" && rec.Language != fd.Lang {
		d.warn(fmt.Sprintf("the text reads as language %s, %s says %s: kept %s", fd.Lang, where, rec.Language, fd.Lang))
	}
}

// adoptGivenDate: a date only the format or the record gives is the date the
// text's own days count from ("today", "on Tuesday", a day without its year),
// as a date line printed in the text would be.
func (d *doc) adoptGivenDate() {
	if d.docDate.full() {
		return
	}
	if dt, err := parseISODate(d.facts.Doc.Date); err == nil {
		d.docDate = dt
	}
}

func (d *doc) warn(msg string) {
	if d.x.opts.Warn != nil {
		d.x.opts.Warn(d.facts.Doc.Path, msg)
	}
}
