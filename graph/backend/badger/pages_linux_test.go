package badger

import (
	"context"
	"crypto/rand"
	"fmt"
	"testing"

	"github.com/unkg/unkg/graph/backend"
)

// TestDropFilePagesKeepsReadsWithinBudget reads a read-only store whose
// files are several times the page budget and checks that DropFilePages
// brings the resident pages of its mapped files back within the budget:
// what keeps an export's memory flat as the store grows.
func TestDropFilePagesKeepsReadsWithinBudget(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Open(dir, backend.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const records, size = 480, 48 << 10 // about 22 MiB, incompressible
	val := make([]byte, size)
	for i := 0; i < records; i += 40 {
		tx, err := s.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for j := i; j < i+40; j++ {
			rand.Read(val)
			if err := tx.Put(backend.Doc, fmt.Appendf(nil, "r%04d", j), val); err != nil {
				t.Fatal(err)
			}
		}
		if err := tx.Commit(ctx); err != nil {
			t.Fatal(err)
		}
		tx.Close()
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	ro, err := Open(dir, backend.Options{ReadOnly: true, Scan: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	ro.DropFilePages() // sets the base: the binary and libraries
	base := ro.pages.base
	if base == 0 {
		t.Skip("no /proc/self/statm")
	}
	r, err := ro.View(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	peak := int64(0)
	for j := range records {
		if _, err := r.Get(ctx, backend.Doc, fmt.Appendf(nil, "r%04d", j)); err != nil {
			t.Fatal(err)
		}
		if n, _ := sharedPages(); n > peak {
			peak = n
		}
	}
	if peak-base < 2*filePageBudget {
		t.Fatalf("reading %d MiB mapped %d pages beyond the base, fewer than twice the budget of %d: the test reads too little to mean anything",
			records*size>>20, peak-base, filePageBudget)
	}
	ro.DropFilePages()
	n, _ := sharedPages()
	if n-base >= filePageBudget {
		t.Errorf("after DropFilePages %d file pages beyond the base are resident, budget %d (peak %d)", n-base, filePageBudget, peak-base)
	}
	t.Logf("file pages beyond the base: peak %d, after the drop %d (budget %d)", peak-base, n-base, filePageBudget)
}
