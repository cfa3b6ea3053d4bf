package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/export"
)

type exportOpts struct {
	db, format, out, lang, around, preds, from, to string
	depth                                          int
}

func exportCmd(e env) *cobra.Command {
	var o exportOpts
	var long strings.Builder
	long.WriteString("Write the graph, or a part of it, for graph tools. Formats:\n")
	for _, f := range export.Formats() {
		fmt.Fprintf(&long, "  %-8s %s\n", f.Name, f.Doc)
	}
	long.WriteString("\nNodes are entities and documents, with their type, id, a label in --lang and their dates; edges are\n" +
		"relations with their predicate and the documents that state them.")
	c := &cobra.Command{
		Use:   "export [flags]",
		Short: "write the graph for Gephi, yEd, Graphviz, Cytoscape or Cayley (gexf, graphml, dot, cyjs, nquads)",
		Long:  long.String(),
		Example: "  unkg export --format gexf -o un.gexf\n" +
			"  unkg export --format dot --around org:AU | dot -Tsvg > au.svg\n" +
			"  unkg export --format graphml --around org:AU --depth 2\n" +
			"  unkg export --format gexf --predicates attended,presidedBy --from 2003-01-01 --to 2005-12-31",
		Args: cobra.NoArgs,
	}
	f := c.Flags()
	dbFlag(f, &o.db)
	var names []string
	for _, fm := range export.Formats() {
		names = append(names, fm.Name)
	}
	enumVar(c, &o.format, "format", "", "output format: "+export.FormatNames()+" (default from the -o extension)", names...)
	f.StringVarP(&o.out, "output", "o", "", "output file (default standard output)")
	enumVar(c, &o.lang, "lang", "en", "language of node labels (falls back to English, then any name)", "en", "ar", "zh", "fr", "es", "ru")
	f.StringVar(&o.around, "around", "", "export only the neighbourhood of these entities: ids or names, comma-separated")
	intVar(c, &o.depth, "depth", 1, 0, "with --around: the number of relation steps")
	f.StringVar(&o.preds, "predicates", "", "keep only edges with these predicates, comma-separated: "+strings.Join(export.Relations(), ","))
	c.RegisterFlagCompletionFunc("predicates", cobra.FixedCompletions(export.Relations(), cobra.ShellCompDirectiveNoFileComp))
	f.StringVar(&o.from, "from", "", "keep only edges dated (by their meeting, else document) on or after this date")
	f.StringVar(&o.to, "to", "", "keep only edges dated on or before this date")
	c.RunE = body(func(ctx context.Context, args []string) int { return runExport(ctx, e, c, &o) })
	return c
}

func runExport(ctx context.Context, e env, c *cobra.Command, eo *exportOpts) int {
	db, format, out, lang, around, depth, preds, from, to := &eo.db, &eo.format, &eo.out, &eo.lang, &eo.around, &eo.depth, &eo.preds, &eo.from, &eo.to
	if *format == "" && *out != "" {
		ext := strings.ToLower(filepath.Ext(*out))
		for _, f := range export.Formats() {
			if f.Ext == ext || "."+f.Name == ext {
				*format = f.Name
			}
		}
		if ext == ".nquads" {
			*format = "nquads"
		}
	}
	if *format == "" {
		return usageError(e, c, "say --format (%s)", export.FormatNames())
	}
	o := export.Options{Format: *format, Lang: *lang, Depth: *depth, From: *from, To: *to,
		Predicates: splitList(*preds)}
	if err := o.Check(); err != nil {
		return usageError(e, c, "%v", err)
	}
	for _, p := range o.Predicates {
		if !slices.Contains(export.Relations(), p) {
			return usageError(e, c, "--predicates: %q is not a relation (want some of %s)", p, strings.Join(export.Relations(), ", "))
		}
	}
	s, code := openWith(e, dbDir(*db), graph.Options{ReadOnly: true, Scan: true})
	if s == nil {
		return code
	}
	defer s.Close()
	for _, a := range splitList(*around) {
		ids, err := s.Entities(ctx, a, "")
		if err != nil {
			fmt.Fprintf(e.stderr, "unkg export: --around %s: %v\n", a, err)
			if errors.Is(err, graph.ErrNotFound) {
				return exitPartial
			}
			return exitFatal
		}
		o.Around = append(o.Around, ids...)
	}

	start := time.Now()
	w, err := openOutput(e.stdout, *out)
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg export: %v\n", err)
		return exitFatal
	}
	st, err := export.Export(ctx, s, w, o)
	if err == nil {
		err = w.commit()
	} else {
		w.abort()
	}
	if errors.Is(err, export.ErrTooLargeForDOT) {
		return usageError(e, c, "%v", err)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg export: %v\n", err)
		return exitFatal
	}
	dest := w.name
	secs := time.Since(start).Seconds()
	if o.Format == "nquads" && st.Nodes == 0 && st.Edges == 0 {
		fmt.Fprintf(e.stderr, "exported %d quads as nquads to %s in %.2fs\n", st.Quads, dest, secs)
	} else {
		fmt.Fprintf(e.stderr, "exported %d nodes, %d edges (%d quads read) as %s to %s in %.2fs\n",
			st.Nodes, st.Edges, st.Quads, o.Format, dest, secs)
	}
	return exitOK
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
