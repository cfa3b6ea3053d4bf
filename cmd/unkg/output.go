package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// output is where a command writes with -o: standard output, a regular
// file written atomically (a temporary file in the same folder renamed
// over it when everything is written, so a failed run leaves the old file
// as it was), or anything else written through: a FIFO, a device such as
// /dev/stdout or /dev/null, or the target of a symbolic link. A symbolic
// link, a device or a FIFO is never replaced.
type output struct {
	io.Writer
	name string   // what the summary calls it
	tmp  *os.File // the temporary file of an atomic write
	file *os.File // a file written through
	dest string   // the path tmp is renamed to
	mode os.FileMode
}

// openOutput opens path for writing ("" or "-": stdout).
func openOutput(stdout io.Writer, path string) (*output, error) {
	if path == "" || path == "-" {
		return &output{Writer: stdout, name: "standard output"}, nil
	}
	o := &output{name: path, dest: path, mode: 0o644}
	st, err := os.Lstat(path)
	switch {
	case err == nil && st.Mode().IsRegular():
		o.mode = st.Mode().Perm() // replacing a file keeps its permissions
	case err == nil, !os.IsNotExist(err):
		// A link, FIFO, device or socket (or a path we cannot look at):
		// write through it, as a shell's > would.
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
		if err != nil {
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
		o.file, o.Writer = f, f
		return o, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return nil, fmt.Errorf("create a temporary file beside %s: %w", path, err)
	}
	o.tmp, o.Writer = tmp, tmp
	return o, nil
}

// commit makes the output final: the temporary file, synced, takes the
// place of the destination.
func (o *output) commit() error {
	switch {
	case o.file != nil:
		if err := o.file.Close(); err != nil {
			return fmt.Errorf("write %s: %w", o.name, err)
		}
	case o.tmp != nil:
		err := o.tmp.Chmod(o.mode) // CreateTemp makes 0600; an export is for sharing
		if err == nil {
			err = o.tmp.Sync()
		}
		if cerr := o.tmp.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(o.tmp.Name(), o.dest)
		}
		if err != nil {
			os.Remove(o.tmp.Name())
			return fmt.Errorf("write %s: %w", o.name, err)
		}
	}
	return nil
}

// abort drops a temporary file; what was at the destination stays.
func (o *output) abort() {
	if o.file != nil {
		o.file.Close()
	}
	if o.tmp != nil {
		o.tmp.Close()
		os.Remove(o.tmp.Name())
	}
}
