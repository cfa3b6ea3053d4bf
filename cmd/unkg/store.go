package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/pflag"

	"github.com/unkg/unkg/graph"
)

// defaultDB is the store folder when neither --db nor UNKG_DB says.
const defaultDB = "unkg.db"

func dbFlag(fs *pflag.FlagSet, p *string) {
	fs.StringVar(p, "db", "", "store folder (default $UNKG_DB, else ./"+defaultDB+")")
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

// openStore opens the store, printing why not and the exit code when it cannot.
func openStore(e env, dir string) (*graph.Store, int) {
	s, err := graph.Open(dir, graph.Options{})
	if err != nil {
		if errors.Is(err, graph.ErrLocked) {
			fmt.Fprintf(e.stderr, "unkg: store %s is in use by another process\n", dir)
		} else {
			fmt.Fprintf(e.stderr, "unkg: %v\n", err)
		}
		return nil, exitFatal
	}
	return s, exitOK
}
