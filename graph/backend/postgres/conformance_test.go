package postgres

import (
	"testing"

	"github.com/unkg/unkg/graph/backend/backendtest"
	"github.com/unkg/unkg/graph/backend/postgres/pgtest"
)

// TestConformance runs the suite that every backend passes, on a fresh
// database of the test server for each case.
func TestConformance(t *testing.T) {
	backendtest.TestAll(t, func(t *testing.T) string { return pgtest.Open(t) })
}
