package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// -o writes through a FIFO, a symbolic link and a device, and leaves each
// what it was; a regular file is replaced whole.
func TestExportOutputKinds(t *testing.T) {
	db := seedDB(t)
	dir := t.TempDir()

	fifo := filepath.Join(dir, "pipe.dot")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	got := make(chan []byte)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- nil
			return
		}
		b, _ := io.ReadAll(f)
		f.Close()
		got <- b
	}()
	code, _, errs := unkg(t, "export", "--db", db, "--format", "dot", "-o", fifo)
	var b []byte
	select {
	case b = <-got:
	case <-time.After(10 * time.Second): // the FIFO was replaced, its reader never gets a writer
	}
	if code != exitOK || !bytes.Contains(b, []byte("digraph")) {
		t.Errorf("-o FIFO: exit %d %s; the reader got %d bytes", code, errs, len(b))
	}
	if st, err := os.Lstat(fifo); err != nil || st.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: %v %v", st.Mode(), err)
	}

	target := filepath.Join(dir, "target.gexf")
	os.WriteFile(target, []byte("old"), 0o600)
	link := filepath.Join(dir, "link.gexf")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	code, _, errs = unkg(t, "export", "--db", db, "-o", link)
	if st, err := os.Lstat(link); code != exitOK || err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("-o symlink: exit %d %s; the link is now %v", code, errs, st.Mode())
	}
	if b, _ := os.ReadFile(target); !bytes.Contains(b, []byte("<gexf")) {
		t.Errorf("the link's target was not written: %.80q", b)
	}

	// A device of our own (the null device's numbers) in the test's folder.
	dev := filepath.Join(dir, "null")
	if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, 1<<8|3); err == nil {
		code, _, errs = unkg(t, "export", "--db", db, "--format", "nquads", "-o", dev)
		if st, err := os.Lstat(dev); code != exitOK || err != nil || st.Mode()&os.ModeCharDevice == 0 {
			t.Errorf("-o device: exit %d %s; the device is now %v", code, errs, st.Mode())
		}
	} else {
		t.Logf("no device test: mknod: %v", err)
	}

	// A regular file: replaced whole, its permissions kept, no temporary file left.
	reg := filepath.Join(dir, "un.graphml")
	os.WriteFile(reg, []byte("old"), 0o640)
	if code, _, errs := unkg(t, "export", "--db", db, "-o", reg); code != exitOK {
		t.Fatalf("-o regular: exit %d %s", code, errs)
	}
	if st, _ := os.Stat(reg); st.Mode().Perm() != 0o640 {
		t.Errorf("permissions: %v, want 0640", st.Mode().Perm())
	}
	if m, _ := filepath.Glob(filepath.Join(dir, ".un.graphml.*")); len(m) > 0 {
		t.Errorf("temporary files left: %v", m)
	}
}

// -o /dev/stdout writes to the process's standard output (a pipe here).
// The test's own link to /proc/self/fd/1 stands for /dev/stdout, so that a
// broken -o would replace the link in the test's folder, not the machine's.
func TestExportToDevStdout(t *testing.T) {
	db := seedDB(t)
	stdout := filepath.Join(t.TempDir(), "stdout")
	if err := os.Symlink("/proc/self/fd/1", stdout); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$", "--", "export", "--db", db, "--format", "dot", "-o", stdout)
	cmd.Env = append(os.Environ(), "UNKG_TEST_MAIN=1")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil || !strings.Contains(out.String(), "digraph") || !strings.Contains(errb.String(), "to "+stdout) {
		t.Errorf("-o /dev/stdout: %v; stdout %.60q; stderr %q", err, out.String(), errb.String())
	}
}

// A failed write leaves the file that was there.
func TestOutputAbortKeepsOldFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "un.gexf")
	os.WriteFile(path, []byte("old"), 0o644)
	o, err := openOutput(nil, path)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(o, "half of a new export")
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("the file changed before commit: %q", b)
	}
	o.abort()
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("after abort: %q", b)
	}
	if m, _ := filepath.Glob(path + "*"); len(m) != 1 {
		t.Errorf("files left: %v", m)
	}
}
