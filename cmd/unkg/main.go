// Command unkg turns United Nations documents into a knowledge graph.
//
// Exit codes: 0 success; 1 some input failed (the rest was done); 2 usage
// error; 3 the command could not run at all (a store, rules or output error).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Exit codes that scripts can rely on.
const (
	exitOK      = 0
	exitPartial = 1
	exitUsage   = 2
	exitFatal   = 3
)

// env is what a command reads and writes, so tests can run commands in-process.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e env, args []string) int
}

func commands() []command {
	return []command{
		{"extract", "extract facts from documents and print them as JSON Lines", runExtract},
		{"rules", "check rule files (unkg rules check DIR) or list the built-in rules", runRules},
		{"ingest", "store the facts of documents in the graph (unkg ingest corpus/)", runIngest},
		{"query", "ask the graph: attendees, meetings, presidencies, trace, gizmo", runQuery},
		{"stats", "count documents, quads, entities and facts in the graph", runStats},
		{"export", "write the graph for Gephi, yEd, Graphviz, Cytoscape or Cayley (gexf, graphml, dot, cyjs, nquads)", runExport},
		{"serve", "serve the graph read-only over HTTP: a page that draws it and a JSON API", runServe},
		{"compact", "reclaim the space of replaced facts in the store", runCompact},
		{"bench-store", "time ingest and queries on a synthetic corpus", runBenchStore},
		{"bench", "measure extraction speed and memory on a corpus built from the bundled documents", runBench},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, env{os.Stdin, os.Stdout, os.Stderr}, os.Args[1:])
	stop()
	os.Exit(code)
}

func run(ctx context.Context, e env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, e, args[1:])
		}
	}
	fmt.Fprintf(e.stderr, "unkg: unknown command %q\n\n", args[0])
	usage(e.stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "unkg turns United Nations documents into a knowledge graph.")
	fmt.Fprintln(w, "\nUsage: unkg COMMAND [flags] [args]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'unkg COMMAND --help' for a command's flags.")
}

// newFlags returns a flag set that prints its usage to e.stderr.
func newFlags(e env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: unkg %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args and says how to exit when parsing ends the command.
func parseFlags(fs *flag.FlagSet, args []string) (done bool, code int) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return true, exitOK
		}
		return true, exitUsage
	}
	return false, 0
}
