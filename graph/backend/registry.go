package backend

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Registration is how a backend is opened.
type Registration struct {
	// Prefixes are the --db prefixes that choose the backend besides
	// "NAME:" (which is stripped); a prefix listed here is kept in the
	// address (PostgreSQL: "postgres://", "postgresql://").
	Prefixes []string
	// Open opens (or, unless read-only, creates) the store at addr.
	Open func(addr string, o Options) (Backend, error)
}

// Default is the backend for a --db value without a known prefix: a path.
const Default = "badger"

var (
	regMu sync.RWMutex
	reg   = map[string]Registration{}
)

// Register makes a backend available under name. It panics on a second
// registration of the same name, as graph.RegisterQuadStore does.
func Register(name string, r Registration) {
	regMu.Lock()
	defer regMu.Unlock()
	if _, dup := reg[name]; dup {
		panic("backend: " + name + " registered twice")
	}
	reg[name] = r
}

// Names lists the registered backends.
func Names() []string {
	regMu.RLock()
	defer regMu.RUnlock()
	out := make([]string, 0, len(reg))
	for n := range reg {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Resolve splits a --db value into a backend name and its address:
// "badger:DIR" is ("badger", "DIR"), "postgres://h/db" is ("postgres",
// "postgres://h/db"), and anything else a folder for Default.
func Resolve(db string) (name, addr string) {
	regMu.RLock()
	defer regMu.RUnlock()
	for n, r := range reg {
		for _, p := range r.Prefixes {
			if strings.HasPrefix(db, p) {
				return n, db
			}
		}
	}
	if n, rest, ok := strings.Cut(db, ":"); ok {
		if _, known := reg[n]; known {
			return n, rest
		}
	}
	return Default, db
}

// Open opens the store that a --db value names.
func Open(db string, o Options) (Backend, error) {
	name, addr := Resolve(db)
	regMu.RLock()
	r, ok := reg[name]
	regMu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("open %s: no backend %q (this unkg has %s)", db, name, strings.Join(Names(), ", "))
	}
	return r.Open(addr, o)
}
