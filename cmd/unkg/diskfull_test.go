//go:build linux

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// An ingest onto a full disk says so and exits 3, without a fault; stats
// still works (read-only). It needs a small tmpfs: as root it mounts one,
// else it skips.
func TestDiskFull(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=40m"); err != nil {
		t.Skipf("cannot mount a 40 MB tmpfs (needs root): %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
	db := filepath.Join(dir, "unkg.db")
	if code, _, errs := unkg(t, "ingest", "--db", db, "--progress", "none", "../../testdata/seeds"); code != exitOK {
		t.Fatalf("ingest: exit %d %s", code, errs)
	}
	// Fill the disk to the last byte.
	f, err := os.Create(filepath.Join(dir, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 1<<20)
	for {
		if _, err := f.Write(buf); err != nil {
			break
		}
	}
	f.Close()
	corpus := filepath.Join(t.TempDir(), "corpus")
	os.MkdirAll(corpus, 0o755)
	seeds, _ := filepath.Glob("../../testdata/seeds/*.txt")
	for i, s := range seeds {
		b, _ := os.ReadFile(s)
		os.WriteFile(filepath.Join(corpus, filepath.Base(s)), append(b, []byte("\nchanged "+strings.Repeat("x", i))...), 0o644)
	}
	code, _, errs := unkg(t, "ingest", "--db", db, "--progress", "none", corpus)
	if code != exitFatal || !strings.Contains(errs, "no space left on device writing "+db) {
		t.Errorf("ingest onto a full disk: exit %d %q", code, errs)
	}
	t.Logf("ingest onto a full disk: exit %d: %s", code, strings.TrimSpace(errs))
	code, out, errs := unkg(t, "stats", "--db", db)
	if code != exitOK || !strings.Contains(out, "documents") {
		t.Errorf("stats on a full disk: exit %d %s %s", code, out, errs)
	}
}
