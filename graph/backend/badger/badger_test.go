package badger_test

import (
	"path/filepath"
	"testing"

	"github.com/unkg/unkg/graph/backend/backendtest"
)

func TestConformance(t *testing.T) {
	backendtest.TestAll(t, func(t *testing.T) string {
		return "badger:" + filepath.Join(t.TempDir(), "unkg.db")
	})
}
