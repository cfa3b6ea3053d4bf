package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/unkg/unkg/graph"
	_ "github.com/unkg/unkg/graph/backend/badger"   // the default backend
	_ "github.com/unkg/unkg/graph/backend/postgres" // --db postgres://...
)

// defaultDB is the store folder when neither --db nor UNKG_DB says.
const defaultDB = "unkg.db"

func dbFlag(fs *pflag.FlagSet, p *string) {
	fs.StringVar(p, "db", "", "store: a folder or badger:DIR (Badger), or postgres://... (default $UNKG_DB, else ./"+defaultDB+")")
}

func dbDir(flagValue string) string {
	if flagValue != "" {
		return flagValue
	}
	if v := os.Getenv("UNKG_DB"); v != "" {
		return v
	}
	return defaultDB
}

// openStore opens the store for writing, printing why not and the exit
// code when it cannot.
func openStore(e env, db string) (*graph.Store, int) {
	return openWith(e, db, graph.Options{})
}

// openReader opens the store read-only: readers run side by side, and
// where no store is nothing is created.
func openReader(e env, db string) (*graph.Store, int) {
	return openWith(e, db, graph.Options{ReadOnly: true})
}

func openWith(e env, db string, o graph.Options) (*graph.Store, int) {
	s, err := graph.Open(db, o)
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg: %s\n", storeError(db, err))
		return nil, exitFatal
	}
	return s, exitOK
}

// storeError is the one line to show for a failure of the store at db.
func storeError(db string, err error) string {
	switch {
	case errors.Is(err, graph.ErrNoStore):
		return fmt.Sprintf("no store at %s (run unkg ingest first)", db)
	case errors.Is(err, graph.ErrNoSpace):
		return fmt.Sprintf("no space left on device writing %s", db)
	case errors.Is(err, graph.ErrLocked):
		msg := err.Error()
		if i := strings.Index(msg, graph.ErrLocked.Error()); i >= 0 {
			msg = msg[i:]
		}
		return fmt.Sprintf("store %s: %s", db, msg)
	}
	return err.Error()
}

func compactCmd(e env) *cobra.Command {
	var db string
	c := &cobra.Command{
		Use:   "compact [flags]",
		Short: "reclaim the space of replaced facts in the store",
		Long:  "Reclaim the space of replaced and deleted facts (ingest does this at its end too).",
		Args:  cobra.NoArgs,
	}
	dbFlag(c.Flags(), &db)
	c.RunE = body(func(ctx context.Context, args []string) int { return runCompact(ctx, e, dbDir(db)) })
	return c
}

func runCompact(ctx context.Context, e env, db string) int {
	s, code := openStore(e, db)
	if s == nil {
		return code
	}
	before, _ := s.Size(ctx)
	err := s.Compact(ctx)
	after, _ := s.Size(ctx)
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "unkg compact: %s\n", storeError(db, err))
		return exitFatal
	}
	fmt.Fprintf(e.stdout, "compacted %s: %.1f MB -> %.1f MB\n", db, float64(before)/1e6, float64(after)/1e6)
	return exitOK
}
