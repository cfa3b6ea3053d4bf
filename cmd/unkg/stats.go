package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/unkg/unkg/graph"
)

type statsOpts struct {
	db, format string
	verify     bool
}

func statsCmd(e env) *cobra.Command {
	var o statsOpts
	c := &cobra.Command{
		Use:   "stats [flags]",
		Short: "count documents, quads, entities and facts in the graph",
		Long:  "Count documents, quads, entities by type and facts by predicate.",
		Args:  cobra.NoArgs,
	}
	dbFlag(c.Flags(), &o.db)
	enumVar(c, &o.format, "format", "table", "output: table or json (one object)", "table", "json")
	c.Flags().BoolVar(&o.verify, "verify", false, "also check that every document's quads match its stored facts (reads the whole store)")
	c.RunE = body(func(ctx context.Context, args []string) int { return runStats(ctx, e, &o) })
	return c
}

func runStats(ctx context.Context, e env, o *statsOpts) int {
	db, format, verify := &o.db, &o.format, &o.verify
	s, code := openReader(e, dbDir(*db))
	if s == nil {
		return code
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg stats: %v\n", err)
		return exitFatal
	}
	var problems []string
	if *verify {
		if problems, err = s.Verify(ctx); err != nil {
			fmt.Fprintf(e.stderr, "unkg stats: verify: %v\n", err)
			return exitFatal
		}
	}
	if *format == "json" {
		out := struct {
			graph.Stats
			Problems []string `json:"problems,omitempty"`
		}{st, problems}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.Encode(out)
	} else {
		tw := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', 0)
		fmt.Fprintf(tw, "documents\t%d\n", st.Documents)
		fmt.Fprintf(tw, "files\t%d\n", st.Files)
		fmt.Fprintf(tw, "quads\t%d\n", st.Quads)
		fmt.Fprintln(tw, "\nentities\t")
		for _, t := range graph.EntityTypes {
			if n := st.Entities[t]; n > 0 {
				fmt.Fprintf(tw, "  %s\t%d\n", t, n)
			}
		}
		fmt.Fprintln(tw, "\nfacts\t")
		preds := make([]string, 0, len(st.Facts))
		for p := range st.Facts {
			preds = append(preds, p)
		}
		sort.Slice(preds, func(i, j int) bool {
			if a, b := st.Facts[preds[i]], st.Facts[preds[j]]; a != b {
				return a > b
			}
			return preds[i] < preds[j] // ties in a stable order, on every backend
		})
		for _, p := range preds {
			fmt.Fprintf(tw, "  %s\t%d\n", p, st.Facts[p])
		}
		tw.Flush()
		if *verify {
			fmt.Fprintf(e.stdout, "\nverify: %d problems\n", len(problems))
		}
	}
	for _, p := range problems {
		fmt.Fprintln(e.stderr, "verify:", p)
	}
	if len(problems) > 0 {
		return exitPartial
	}
	return exitOK
}
