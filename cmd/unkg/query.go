package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/export"
)

type queryOpts struct {
	db, format string
	rulesDir   string
	depth      int
	limit      int
	width      int
	evidence   bool
	timeout    time.Duration
}

// queryKinds are the questions query answers: a subcommand each.
var queryKinds = []struct {
	use, short string
	min, max   int // arguments
}{
	{"attendees DATE|MEETING", "which organizations attended a meeting (2003-04-11 or meeting:UNSC:2003-04-11)", 1, 1},
	{"meetings ORG", "which meetings an organization attended: acronym, id, or name in any language", 1, 1},
	{"presidencies [COUNTRY]", "who presided which meetings (ISO code, id or name; all countries without one)", 0, 1},
	{"trace DOC", "a document (symbol, id or ingested file path) -> the meetings and documents it recalls or cites,\n" +
		"transitively, with the documents that describe each meeting and who attended", 1, 1},
	{"gizmo QUERY", "a query in Cayley's Gizmo language, e.g. 'g.V(\"<org:AU>\").Out(\"<attended>\").All()'", 1, 1},
	{"sources ID|NAME [PREDICATE OBJECT]", "the documents behind a node (an id or a name) or an edge (subject predicate object)", 1, 3},
}

func queryCmd(e env) *cobra.Command {
	var o queryOpts
	c := &cobra.Command{
		Use:   "query KIND ARGS [flags]",
		Short: "ask the graph: attendees, meetings, presidencies, trace, gizmo",
		Long:  "Ask the graph a question. Every row names the documents it comes from.",
		Example: "  unkg query attendees 2003-04-11\n  unkg query meetings AU --format json\n" +
			"  unkg query trace S/RES/1483(2003) --depth 2 --evidence\n  unkg query sources org:AU attended meeting:UNSC:2003-04-11",
		RunE: subcommandsOnly(e),
	}
	pf := c.PersistentFlags()
	dbFlag(pf, &o.db)
	o.format = "table"
	pf.Var(&enum{&o.format, []string{"table", "json", "jsonl"}}, "format", "output: table, json (one indented array) or jsonl (one object a line)")
	c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"table", "json", "jsonl"}, cobra.ShellCompDirectiveNoFileComp))
	pf.StringVar(&o.rulesDir, "rules", "", "a folder of rule files whose names (gazetteer aliases, acronyms) a name argument may use, beside the built-in rules'")
	pf.BoolVar(&o.evidence, "evidence", false, "under each row, the sentences that state it, with their file and byte offsets")
	pf.IntVar(&o.width, "width", -1, "cut table columns to this many characters with … (default: the terminal's width; 0: never cut)")
	for _, k := range queryKinds {
		kind := strings.Fields(k.use)[0]
		min, max := k.min, k.max
		sub := &cobra.Command{
			Use:   k.use,
			Short: strings.SplitN(k.short, "\n", 2)[0],
			Long:  k.short,
			Args: func(c *cobra.Command, args []string) error {
				if len(args) < min || len(args) > max {
					return fmt.Errorf("want %d to %d arguments, got %d (quote names with spaces)", min, max, len(args))
				}
				return nil
			},
		}
		switch kind {
		case "trace":
			intVar(sub, &o.depth, "depth", graph.DefaultTraceDepth, 1, "the number of steps to follow")
		case "gizmo":
			intVar(sub, &o.limit, "limit", 0, 0, "at most this many results (0: all)")
			sub.Flags().DurationVar(&o.timeout, "timeout", graph.DefaultGizmoTimeout, "give up after this long")
		}
		sub.RunE = body(func(ctx context.Context, args []string) int {
			if kind == "gizmo" && o.timeout <= 0 {
				return usageError(e, sub, "--timeout %v: want a positive duration", o.timeout)
			}
			if kind == "sources" && len(args) == 2 {
				return usageError(e, sub, "name a node, or an edge as subject predicate object")
			}
			return runQuery(ctx, e, &o, kind, args)
		})
		c.AddCommand(sub)
	}
	return c
}

func runQuery(ctx context.Context, e env, o *queryOpts, kind string, args []string) int {
	opts := graph.Options{ReadOnly: true}
	if o.rulesDir != "" {
		set, err := loadRules(o.rulesDir)
		if err != nil {
			fmt.Fprintf(e.stderr, "unkg query: --rules: %v\n", err)
			return exitUsage
		}
		opts.Names = graph.NamesFromRules(set)
	}
	s, code := openWith(e, dbDir(o.db), opts)
	if s == nil {
		return code
	}
	defer s.Close()
	header, rows, err := answers(ctx, s, o, kind, args)
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg query %s: %v\n", kind, err)
		if errors.Is(err, graph.ErrNotFound) || errors.Is(err, context.DeadlineExceeded) || kind == "gizmo" {
			return exitPartial
		}
		if strings.Contains(err.Error(), "neither a meeting id") {
			return exitUsage
		}
		return exitFatal
	}
	// Every row names its documents: by symbol, else file name, else title.
	src := s.Sources()
	for i := range rows {
		r := &rows[i]
		if r.sources == nil {
			continue
		}
		if r.docs, err = src.Of(r.sources); err != nil {
			break
		}
		if o.evidence && r.rel[0] != "" {
			if r.evidence, err = src.Evidence(r.rel[0], r.rel[1], r.rel[2], r.sources); err != nil {
				break
			}
		}
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg query %s: %v\n", kind, err)
		return exitFatal
	}
	if o.format == "json" || o.format == "jsonl" {
		enc := json.NewEncoder(e.stdout)
		var err error
		if o.format == "jsonl" { // a row a line, for jq and line tools
			for _, r := range rows {
				if err = enc.Encode(r.json()); err != nil {
					break
				}
			}
		} else {
			out := make([]any, len(rows))
			for i, r := range rows {
				out[i] = r.json()
			}
			enc.SetIndent("", "  ")
			err = enc.Encode(out)
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "unkg query: %v\n", err)
			return exitFatal
		}
		fmt.Fprintf(e.stderr, "%d rows\n", len(rows))
		return exitOK
	}
	if len(rows) == 0 {
		fmt.Fprintln(e.stderr, "no results")
		return exitOK
	}
	if kind == "gizmo" { // one JSON value a line, as a program wants it
		for _, r := range rows {
			fmt.Fprintln(e.stdout, r.cells[0])
		}
		fmt.Fprintf(e.stderr, "%d results\n", len(rows))
		return exitOK
	}
	width := o.width
	if width < 0 {
		width = termCols(e.stdout) // 0 when not a terminal: nothing is cut
	}
	t := &table{header: header}
	for _, r := range rows {
		cells := r.cells
		if r.sources != nil {
			labels := make([]string, len(r.docs))
			for i, d := range r.docs {
				labels[i] = d.Label
			}
			cells = append(cells, strings.Join(labels, ", "))
		}
		t.add(cells...)
		for _, n := range r.notes {
			t.note("    " + n)
		}
		for _, ev := range r.evidence {
			where := ev.Path
			if where == "" {
				where = ev.Label
			} else if ev.Symbol != "" {
				where += " (" + ev.Symbol + ")"
			}
			if ev.Page > 0 {
				where += fmt.Sprintf(" page %d", ev.Page)
			}
			t.note(fmt.Sprintf("    evidence: %s:%d-%d: %s", where, ev.Start, ev.End, strings.Join(strings.Fields(ev.Text), " ")))
		}
	}
	if err := t.write(e.stdout, width); err != nil {
		fmt.Fprintf(e.stderr, "unkg query: %v\n", err)
		return exitFatal
	}
	fmt.Fprintf(e.stderr, "%d rows\n", len(rows))
	return exitOK
}

// answer is one row: its data (for JSON), its cells (for the table), the
// documents it comes from, and the relation they state.
type answer struct {
	data     any
	cells    []string
	notes    []string
	sources  []string  // document ids; nil when the row has none (gizmo)
	rel      [3]string // subject, predicate, object
	docs     []graph.Source
	evidence []graph.Evidence
}

// json is the row's data with its documents and evidence.
func (a answer) json() any {
	if a.sources == nil {
		return a.data
	}
	b, err := json.Marshal(a.data)
	var m map[string]any
	if err != nil || json.Unmarshal(b, &m) != nil {
		return a.data
	}
	m["documents"] = a.docs
	if a.evidence != nil {
		m["evidence"] = a.evidence
	}
	return m
}

// answers asks the store and returns the table's header and rows; the
// SOURCES column is added by the caller.
func answers(ctx context.Context, s *graph.Store, o *queryOpts, kind string, args []string) ([]string, []answer, error) {
	arg := ""
	if len(args) > 0 {
		arg = args[0]
	}
	var rows []answer
	switch kind {
	case "attendees":
		r, err := s.Attendees(ctx, arg)
		for _, x := range r {
			rows = append(rows, answer{data: x, cells: []string{x.Meeting, x.ID, x.Type, x.Name}, sources: x.Sources,
				rel: [3]string{x.ID, extract.PredAttended, x.Meeting}})
		}
		return []string{"MEETING", "ATTENDEE", "TYPE", "NAME", "SOURCES"}, rows, err
	case "meetings":
		r, err := s.Meetings(ctx, arg)
		for _, x := range r {
			rows = append(rows, answer{data: x, cells: []string{x.Date, x.Meeting, x.Entity}, sources: x.Sources,
				rel: [3]string{x.Entity, extract.PredAttended, x.Meeting}})
		}
		return []string{"DATE", "MEETING", "ATTENDEE", "SOURCES"}, rows, err
	case "presidencies":
		r, err := s.Presidencies(ctx, arg)
		for _, x := range r {
			rows = append(rows, answer{data: x, cells: []string{x.Date, x.Meeting, x.Country, x.Name}, sources: x.Sources,
				rel: [3]string{x.Meeting, extract.PredPresidedBy, x.Country}})
		}
		return []string{"DATE", "MEETING", "PRESIDENCY", "NAME", "SOURCES"}, rows, err
	case "trace":
		r, err := s.Trace(ctx, arg, o.depth)
		if err != nil {
			return nil, nil, err
		}
		src := s.Sources()
		for _, x := range r {
			from := x.From
			if strings.HasPrefix(from, "doc:") { // a document by its name, as in SOURCES
				if l, err := src.Labels([]string{from}); err == nil {
					from = l[0]
				}
			}
			a := answer{data: x, cells: []string{fmt.Sprint(x.Depth), x.Kind, x.ID, x.Date, x.Via, from}, sources: x.Sources}
			if x.Via != "" && x.From != "" {
				a.rel = [3]string{x.From, x.Via, x.ID}
			}
			if a.sources == nil {
				a.sources = []string{}
			}
			if x.Title != "" {
				a.notes = append(a.notes, "title: "+graph.CutText(graph.CleanLabel(x.Title), 100))
			}
			if len(x.DescribedBy) > 0 {
				by, err := src.Labels(x.DescribedBy)
				if err != nil {
					return nil, nil, err
				}
				a.notes = append(a.notes, "described by: "+strings.Join(by, ", "))
			}
			if len(x.Attendees) > 0 {
				a.notes = append(a.notes, "attended by: "+strings.Join(x.Attendees, ", "))
			}
			rows = append(rows, a)
		}
		return []string{"DEPTH", "KIND", "ID", "DATE", "VIA", "FROM", "SOURCES"}, rows, nil
	case "gizmo":
		r, err := s.Gizmo(ctx, arg, o.limit, o.timeout)
		for _, x := range r {
			b, _ := json.Marshal(x)
			rows = append(rows, answer{data: x, cells: []string{string(b)}})
		}
		return []string{"RESULT"}, rows, err
	case "sources":
		docs, err := sourceDocs(ctx, s, args)
		if err != nil {
			return nil, nil, err
		}
		named, err := s.Sources().Of(docs)
		for _, d := range named {
			rows = append(rows, answer{data: d, cells: []string{d.Label, d.Date, d.Lang, d.Path, graph.CutText(d.Title, 80), d.ID}})
		}
		return []string{"DOCUMENT", "DATE", "LANG", "PATH", "TITLE", "ID"}, rows, err
	}
	return nil, nil, fmt.Errorf("unknown kind %q", kind)
}

// sourceDocs lists the documents behind a node (an id or a name) or an edge.
func sourceDocs(ctx context.Context, s *graph.Store, args []string) ([]string, error) {
	if len(args) == 3 {
		docs, err := export.EdgeDocuments(ctx, s, args[0], args[1], args[2])
		if err == nil && len(docs) == 0 {
			err = fmt.Errorf("edge %s %s %s: %w", args[0], args[1], args[2], graph.ErrNotFound)
		}
		return docs, err
	}
	ids, err := s.Entities(ctx, args[0], "")
	if err != nil {
		return nil, err
	}
	set := map[string]bool{}
	for _, id := range ids {
		docs, err := export.NodeDocuments(ctx, s, id)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			set[d] = true
		}
	}
	return slices.Sorted(maps.Keys(set)), nil
}
