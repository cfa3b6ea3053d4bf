//go:build unix

package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestWalkFollowsLinks: in a folder of symbolic links to documents, the
// documents are read; a link to a folder is walked, one back to a folder
// that holds it is a loop, reported; a dangling link and a named pipe are
// reported; PDF and HTML files are taken, notes are not.
func TestWalkFollowsLinks(t *testing.T) {
	dir := t.TempDir()
	store, links := filepath.Join(dir, "store"), filepath.Join(dir, "links")
	for _, d := range []string{store, filepath.Join(store, "sub"), links} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"a.txt", "b.pdf", "c.html", "notes.md", "sub/d.htm"} {
		if err := os.WriteFile(filepath.Join(store, name), []byte("text"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for link, target := range map[string]string{
		"a.txt":    "../store/a.txt",
		"b.pdf":    "../store/b.pdf",
		"c.html":   "../store/c.html",
		"notes.md": "../store/notes.md",
		"sub":      "../store/sub",
		"loop":     "..",
		"gone.txt": "../store/nothing.txt",
	} {
		if err := os.Symlink(target, filepath.Join(links, link)); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(links, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	files, errs := WalkFiles([]string{links}, TextDocument)
	var got []string
	for _, f := range files {
		if !f.Regular {
			t.Errorf("%s not regular", f.Path)
		}
		got = append(got, strings.TrimPrefix(f.Path, links+"/"))
	}
	if strings.Join(got, " ") != "a.txt b.pdf c.html sub/d.htm" {
		t.Errorf("files %v", got)
	}
	var msgs []string
	for _, err := range errs {
		msgs = append(msgs, err.Error())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"loop: not a regular file: a symbolic link loop", "gone.txt: symbolic link to nothing", "pipe.txt: not a regular file (a named pipe)"} {
		if !strings.Contains(all, want) {
			t.Errorf("no %q in\n%s", want, all)
		}
	}
	if len(errs) != 3 || !errors.Is(errs[0], ErrNotRegular) && !errors.Is(errs[1], ErrNotRegular) {
		t.Errorf("errors %v", errs)
	}
}
