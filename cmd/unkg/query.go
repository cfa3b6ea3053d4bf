package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/unkg/unkg/graph"
)

const querySynopsis = `query [flags] KIND ARGS

  attendees DATE|MEETING   which organizations attended a meeting (2003-04-11 or meeting:UNSC:2003-04-11)
  meetings ORG             which meetings an organization attended: acronym, id, or name in any language
  presidencies [COUNTRY]   who presided which meetings (ISO code, id or name; all countries without one)
  trace DOC                a document (symbol, id or ingested file path) -> the meetings and documents it
                           recalls or cites, transitively, with the documents that describe each meeting
                           and who attended
  gizmo QUERY              a query in Cayley's Gizmo language, e.g. 'g.V("<org:AU>").Out("<attended>").All()'

Every row names the documents it comes from.`

func runQuery(ctx context.Context, e env, args []string) int {
	fs := newFlags(e, "query", querySynopsis)
	db := dbFlag(fs)
	format := fs.String("format", "table", "output: table or json")
	depth := fs.Int("depth", graph.DefaultTraceDepth, "trace: the number of steps to follow")
	limit := fs.Int("limit", 0, "gizmo: at most this many results (0: all)")
	timeout := fs.Duration("timeout", graph.DefaultGizmoTimeout, "gizmo: give up after this long")
	pos, done, code := parseInterspersed(fs, args)
	if done {
		return code
	}
	if len(pos) == 0 {
		fs.Usage()
		return exitUsage
	}
	if *format != "table" && *format != "json" {
		fmt.Fprintf(e.stderr, "unkg query: --format %q: want table or json\n", *format)
		return exitUsage
	}
	kind, qargs := pos[0], pos[1:]
	want := map[string][2]int{"attendees": {1, 1}, "meetings": {1, 1}, "presidencies": {0, 1}, "trace": {1, 1}, "gizmo": {1, 1}}
	n, ok := want[kind]
	if !ok {
		fmt.Fprintf(e.stderr, "unkg query: unknown kind %q (want attendees, meetings, presidencies, trace or gizmo)\n", kind)
		return exitUsage
	}
	if len(qargs) < n[0] || len(qargs) > n[1] {
		fmt.Fprintf(e.stderr, "unkg query %s: wrong number of arguments (quote names with spaces)\n", kind)
		return exitUsage
	}
	arg := ""
	if len(qargs) > 0 {
		arg = qargs[0]
	}
	s, code := openReader(e, dbDir(*db))
	if s == nil {
		return code
	}
	defer s.Close()

	var (
		rows  any
		table func(w io.Writer)
		err   error
		count int
	)
	switch kind {
	case "attendees":
		var r []graph.Attendee
		r, err = s.Attendees(ctx, arg)
		rows, count = r, len(r)
		table = func(w io.Writer) {
			fmt.Fprintln(w, "MEETING\tATTENDEE\tTYPE\tNAME\tSOURCES")
			for _, x := range r {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", x.Meeting, x.ID, x.Type, x.Name, strings.Join(x.Sources, ", "))
			}
		}
	case "meetings":
		var r []graph.MeetingAttended
		r, err = s.Meetings(ctx, arg)
		rows, count = r, len(r)
		table = func(w io.Writer) {
			fmt.Fprintln(w, "DATE\tMEETING\tATTENDEE\tSOURCES")
			for _, x := range r {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", x.Date, x.Meeting, x.Entity, strings.Join(x.Sources, ", "))
			}
		}
	case "presidencies":
		var r []graph.Presidency
		r, err = s.Presidencies(ctx, arg)
		rows, count = r, len(r)
		table = func(w io.Writer) {
			fmt.Fprintln(w, "DATE\tMEETING\tPRESIDENCY\tNAME\tSOURCES")
			for _, x := range r {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", x.Date, x.Meeting, x.Country, x.Name, strings.Join(x.Sources, ", "))
			}
		}
	case "trace":
		var r []graph.TraceStep
		r, err = s.Trace(ctx, arg, *depth)
		rows, count = r, len(r)
		table = func(w io.Writer) {
			fmt.Fprintln(w, "DEPTH\tKIND\tID\tDATE\tVIA\tFROM\tSOURCES")
			for _, x := range r {
				fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", x.Depth, x.Kind, x.ID, x.Date, x.Via, x.From, strings.Join(x.Sources, ", "))
				if x.Title != "" {
					fmt.Fprintf(w, "\t\t  title: %s\t\t\t\t\n", x.Title)
				}
				if len(x.DescribedBy) > 0 {
					fmt.Fprintf(w, "\t\t  described by: %s\t\t\t\t\n", strings.Join(x.DescribedBy, ", "))
				}
				if len(x.Attendees) > 0 {
					fmt.Fprintf(w, "\t\t  attended by: %s\t\t\t\t\n", strings.Join(x.Attendees, ", "))
				}
			}
		}
	case "gizmo":
		var r []any
		r, err = s.Gizmo(ctx, arg, *limit, *timeout)
		rows, count = r, len(r)
		table = func(w io.Writer) {
			for _, x := range r {
				b, _ := json.Marshal(x)
				fmt.Fprintf(w, "%s\n", b)
			}
		}
	}
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
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rows); err != nil {
			fmt.Fprintf(e.stderr, "unkg query: %v\n", err)
			return exitFatal
		}
		return exitOK
	}
	if count == 0 {
		fmt.Fprintln(e.stderr, "no results")
		return exitOK
	}
	tw := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', 0)
	table(tw)
	tw.Flush()
	return exitOK
}
