package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/unkg/unkg/graph"
)

type queryOpts struct {
	db, format string
	depth      int
	limit      int
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
}

func queryCmd(e env) *cobra.Command {
	var o queryOpts
	c := &cobra.Command{
		Use:   "query KIND ARGS [flags]",
		Short: "ask the graph: attendees, meetings, presidencies, trace, gizmo",
		Long:  "Ask the graph a question. Every row names the documents it comes from.",
		Example: "  unkg query attendees 2003-04-11\n  unkg query meetings AU --format json\n" +
			"  unkg query trace S/RES/1483(2003) --depth 2",
		RunE: subcommandsOnly(e),
	}
	pf := c.PersistentFlags()
	dbFlag(pf, &o.db)
	o.format = "table"
	pf.Var(&enum{&o.format, []string{"table", "json"}}, "format", "output: table or json")
	c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"table", "json"}, cobra.ShellCompDirectiveNoFileComp))
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
			arg := ""
			if len(args) > 0 {
				arg = args[0]
			}
			return runQuery(ctx, e, &o, kind, arg)
		})
		c.AddCommand(sub)
	}
	return c
}

func runQuery(ctx context.Context, e env, o *queryOpts, kind, arg string) int {
	db, format, depth, limit, timeout := &o.db, &o.format, &o.depth, &o.limit, &o.timeout
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
