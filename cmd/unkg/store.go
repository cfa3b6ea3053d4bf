package main

import (
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/unkg/unkg/graph"
)

// defaultDB is the store folder when neither --db nor UNKG_DB says.
const defaultDB = "unkg.db"

func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "", "store folder (default $UNKG_DB, else ./"+defaultDB+")")
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

// parseInterspersed parses flags that may come before, between or after
// the positional arguments, and returns the positional ones.
func parseInterspersed(fs *flag.FlagSet, args []string) (pos []string, done bool, code int) {
	for {
		if done, code := parseFlags(fs, args); done {
			return nil, true, code
		}
		if fs.NArg() == 0 {
			return pos, false, 0
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}
