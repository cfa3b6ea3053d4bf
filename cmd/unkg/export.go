package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/unkg/unkg/graph"
	"github.com/unkg/unkg/graph/export"
)

func exportSynopsis() string {
	var b strings.Builder
	b.WriteString("export [flags]\n\nWrite the graph, or a part of it, for graph tools. Formats:\n")
	for _, f := range export.Formats() {
		fmt.Fprintf(&b, "  %-8s %s\n", f.Name, f.Doc)
	}
	b.WriteString(`
Nodes are entities and documents, with their type, id, a label in --lang and their dates; edges are
relations with their predicate and the documents that state them. Examples:

  unkg export --format gexf -o un.gexf
  unkg export --format dot | dot -Tsvg > un.svg
  unkg export --format graphml --around org:AU --depth 2
  unkg export --format gexf --predicates attended,presidedBy --from 2003-01-01 --to 2005-12-31`)
	return b.String()
}

func runExport(ctx context.Context, e env, args []string) int {
	fs := newFlags(e, "export", exportSynopsis())
	db := dbFlag(fs)
	format := fs.String("format", "", "output format: "+export.FormatNames()+" (default from the -o extension)")
	out := fs.String("o", "", "output file (default standard output)")
	lang := fs.String("lang", "en", "language of node labels: en, ar, zh, fr, es, ru (falls back to English, then any name)")
	around := fs.String("around", "", "export only the neighbourhood of these entities: ids or names, comma-separated")
	depth := fs.Int("depth", 1, "with --around: the number of relation steps")
	preds := fs.String("predicates", "", "keep only edges with these predicates, comma-separated (attended,presidedBy,...)")
	from := fs.String("from", "", "keep only edges dated (by their meeting, else document) on or after this date")
	to := fs.String("to", "", "keep only edges dated on or before this date")
	pos, done, code := parseInterspersed(fs, args)
	if done {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(e.stderr, "unkg export: unexpected argument %q\n", pos[0])
		return exitUsage
	}
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
		fmt.Fprintf(e.stderr, "unkg export: say --format (%s)\n", export.FormatNames())
		return exitUsage
	}
	o := export.Options{Format: *format, Lang: *lang, Depth: *depth, From: *from, To: *to,
		Predicates: splitList(*preds)}
	if err := o.Check(); err != nil {
		fmt.Fprintf(e.stderr, "unkg export: %v\n", err)
		return exitUsage
	}
	for _, p := range o.Predicates {
		if !export.IsRelation(p) {
			fmt.Fprintf(e.stderr, "unkg export: --predicates: %q is an attribute, not a relation\n", p)
			return exitUsage
		}
	}
	s, code := openReader(e, dbDir(*db))
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
	var w io.Writer = e.stdout
	var tmp *os.File
	if *out != "" && *out != "-" {
		var err error
		tmp, err = os.CreateTemp(filepath.Dir(*out), "."+filepath.Base(*out)+".*")
		if err != nil {
			fmt.Fprintf(e.stderr, "unkg export: %v\n", err)
			return exitFatal
		}
		defer os.Remove(tmp.Name())
		w = tmp
	}
	st, err := export.Export(ctx, s, w, o)
	if err == nil && tmp != nil {
		err = tmp.Chmod(0o644) // CreateTemp makes 0600; an export is for sharing
		if err == nil {
			err = tmp.Close()
		}
		if err == nil {
			err = os.Rename(tmp.Name(), *out)
		}
	}
	if err != nil {
		if tmp != nil {
			tmp.Close()
		}
		fmt.Fprintf(e.stderr, "unkg export: %v\n", err)
		return exitFatal
	}
	dest := *out
	if dest == "" {
		dest = "standard output"
	}
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
