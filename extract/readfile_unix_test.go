//go:build unix

package extract

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// A pipe named on the command line (unkg extract <(cmd)) is not a regular
// file: it is read to its end, though its writer pauses half way.
func TestNamedPipeReadToTheEnd(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "letter")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	seed, err := os.ReadFile("../testdata/seeds/000_9228917cbab8df9d.txt")
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer w.Close()
		w.Write(seed[:len(seed)/2])
		time.Sleep(100 * time.Millisecond)
		w.Write(seed[len(seed)/2:])
	}()
	files, errs := WalkFiles([]string{fifo}, TextDocument)
	if len(errs) > 0 || len(files) != 1 || files[0].Regular {
		t.Fatalf("WalkFiles(fifo) = %v, %v: want one file, not regular", files, errs)
	}
	var got []byte
	err = Run(context.Background(), builtin(t), files, 1, nil, func(r Result) error {
		if r.Err != nil {
			return r.Err
		}
		got = r.Facts.AppendJSON(nil)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want, err := builtin(t).Document(fifo, seed)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.AppendJSON(nil)) {
		t.Error("the facts of the pipe differ from those of the whole document: it was not read to its end")
	}
}
