package extract

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/unkg/unkg/extract/input"
)

// Files expands paths (files and folders) into the sorted list of files to
// read: a file named is read whatever its name; in folders, text documents
// (TextDocument) are, and hidden files and folders are skipped. "-" stands
// for standard input and is kept as it is. The first path that cannot be
// read is an error.
func Files(paths []string) ([]File, error) {
	files, errs := WalkFiles(paths, TextDocument)
	if len(errs) > 0 {
		return nil, errs[0]
	}
	return files, nil
}

// A File is an input to read: its path ("-" for standard input), and
// whether it is known to be a regular file. A regular file ends at the first
// short read; a pipe or a device is read until a read returns nothing, a
// system call more per file, which is a tenth of reading a small document.
type File struct {
	Path    string
	Regular bool
}

// TextDocument says whether a file found in a folder is a document to read:
// .txt, .text, no extension, and the formats input.Sniff tells by content
// (.pdf, .html, .htm); notes, data and code files beside a corpus are not.
func TextDocument(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text", "", ".pdf", ".html", ".htm":
		return true
	}
	return false
}

// Walk is Files with the choice of what to take from folders (keep), and an
// error for each path that cannot be read while the others go on.
func Walk(paths []string, keep func(path string) bool) ([]string, []error) {
	files, errs := WalkFiles(paths, keep)
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = f.Path
	}
	return out, errs
}

// ErrNotRegular is a folder entry that is neither a file nor a folder (a
// named pipe, a socket, a device), or a symbolic link to none or to a folder
// that holds it (a loop).
var ErrNotRegular = errors.New("not a regular file")

// WalkFiles is Walk telling which files are regular. In folders, symbolic
// links are followed to files and folders; a link back into a folder being
// walked is reported as a loop, a folder reached twice is walked once.
func WalkFiles(paths []string, keep func(path string) bool) ([]File, []error) {
	var out []File
	var errs []error
	for _, p := range paths {
		if p == "-" {
			out = append(out, File{Path: p})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("read %s: %w", p, err))
			continue
		}
		if !st.IsDir() {
			out = append(out, File{Path: p, Regular: st.Mode().IsRegular()})
			continue
		}
		w := &walker{keep: keep, seen: map[any]bool{}}
		w.dir(p, st, nil)
		errs = append(errs, w.errs...)
		sort.Strings(w.found)
		for _, f := range w.found {
			out = append(out, File{Path: f, Regular: true})
		}
	}
	return out, errs
}

type walker struct {
	keep  func(string) bool
	seen  map[any]bool // folders walked, by device and inode
	found []string
	errs  []error
}

// dir walks the folder at path; up are the folders that hold it.
func (w *walker) dir(path string, st os.FileInfo, up []os.FileInfo) {
	w.seen[fileKey(path, st)] = true
	entries, err := os.ReadDir(path)
	if err != nil {
		w.errs = append(w.errs, fmt.Errorf("read %s: %w", path, err))
	}
	up = append(up, st)
	for _, de := range entries {
		if strings.HasPrefix(de.Name(), ".") {
			continue
		}
		p := filepath.Join(path, de.Name())
		mode := de.Type()
		if mode.IsDir() {
			info, err := de.Info()
			if err != nil {
				w.errs = append(w.errs, fmt.Errorf("read %s: %w", p, err))
				continue
			}
			if !w.seen[fileKey(p, info)] {
				w.dir(p, info, up)
			}
			continue
		}
		if mode&fs.ModeSymlink != 0 {
			info, err := os.Stat(p) // the link's target
			if err != nil {
				w.errs = append(w.errs, fmt.Errorf("read %s: symbolic link to nothing readable: %w", p, err))
				continue
			}
			if info.IsDir() {
				switch {
				case w.loops(info, up) || holds(p):
					w.errs = append(w.errs, fmt.Errorf("read %s: %w: a symbolic link loop (to a folder that holds it)", p, ErrNotRegular))
				case !w.seen[fileKey(p, info)]:
					w.dir(p, info, up)
				}
				continue
			}
			mode = info.Mode().Type()
		}
		if mode.IsRegular() {
			if w.keep(p) {
				w.found = append(w.found, p)
			}
			continue
		}
		w.errs = append(w.errs, fmt.Errorf("read %s: %w (%s)", p, ErrNotRegular, kindOf(mode)))
	}
}

// loops says whether the folder info holds the folder being walked.
func (w *walker) loops(info os.FileInfo, up []os.FileInfo) bool {
	for _, a := range up {
		if os.SameFile(a, info) {
			return true
		}
	}
	return false
}

// holds says whether the folder the link at path points to holds the link.
func holds(path string) bool {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return false
	}
	here, err := filepath.EvalSymlinks(filepath.Dir(path))
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(target, here)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, "../")
}

// kindOf names a file type for a message.
func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "type " + m.String()
}

// DefaultMaxSize is the largest input read unless Options.MaxSize says
// otherwise: far over any UN document, and under what the extractor's offset
// maps keep in memory comfortably.
const DefaultMaxSize = 256 << 20

// ErrTooLarge is an input over the size bound.
var ErrTooLarge = input.ErrTooLarge

// tooLarge is the error of an input over limit bytes; the caller names it.
func tooLarge(limit int64) error {
	return fmt.Errorf("%w: over the %s bound (--max-size)", ErrTooLarge, sizeText(limit))
}

func sizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// ReadInput reads one input as Run does: a file, or stdin for "-", under
// limit bytes (DefaultMaxSize when 0).
func ReadInput(file File, stdin io.Reader, limit int64) ([]byte, error) {
	return ReadInputBuf(file, stdin, nil, limit)
}

// ReadInputBuf is ReadInput into buf, grown as needed: a caller that reads
// many files passes the last one's bytes back (Document keeps nothing of
// its input), so that reading allocates nothing once buf has grown to the
// largest file. Without it each file took a new 64 KB buffer: 640 MB
// allocated and cleared for 10,000 files of 1.8 KB.
func ReadInputBuf(file File, stdin io.Reader, buf []byte, limit int64) ([]byte, error) {
	data, err := readInput(file, stdin, buf, limit)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", file.Path, err)
	}
	return data, nil
}

func readInput(file File, stdin io.Reader, buf []byte, limit int64) ([]byte, error) {
	if limit <= 0 {
		limit = DefaultMaxSize
	}
	if file.Path != "-" {
		return readFile(file.Path, buf, file.Regular, limit)
	}
	if stdin == nil {
		return nil, errors.New("no standard input")
	}
	data, err := io.ReadAll(io.LimitReader(stdin, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(limit)
	}
	return data, nil
}

// Result is the outcome of one input.
type Result struct {
	Path  string
	Size  int
	Facts *Facts // from Run
	JSON  []byte // from RunJSON: the facts as AppendJSON writes them, valid until emit returns
	Err   error  // wraps the cause; the message names the path
}

// Run extracts every path on workers goroutines and calls emit for each
// result in the order of paths, whatever the number of workers. At most
// 8*workers documents are held at once: room enough that a long document
// at the head of the line does not leave the other workers idle, and memory
// still bounded by the largest document. stdin is read for the path "-".
func Run(ctx context.Context, x *Extractor, files []File, workers int, stdin io.Reader, emit func(Result) error) error {
	return run(ctx, x, files, workers, stdin, false, emit)
}

// RunJSON is Run for a caller that wants the facts as JSON only (unkg
// extract): the workers write it straight from their working state
// (Extractor.AppendDocumentJSON) and emit receives it in Result.JSON, with
// Facts nil.
func RunJSON(ctx context.Context, x *Extractor, files []File, workers int, stdin io.Reader, emit func(Result) error) error {
	return run(ctx, x, files, workers, stdin, true, emit)
}

func run(ctx context.Context, x *Extractor, files []File, workers int, stdin io.Reader, asJSON bool, emit func(Result) error) error {
	if workers < 1 {
		workers = 1
	}
	type job struct {
		i    int
		file File
	}
	jobs := make(chan job, 8*workers) // filled ahead: a worker does not wait on the feeder for its next path
	results := make([]chan Result, len(files))
	for i := range results {
		results[i] = make(chan Result, 1)
	}
	// window bounds how far workers run ahead of the emitter.
	window := make(chan struct{}, 8*workers)
	// JSON buffers come back once emitted: as many as results can be held.
	spare := make(chan []byte, 8*workers+1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte // the worker's read buffer: Facts keep nothing of the input bytes
			for j := range jobs {
				var out []byte // nil for Facts
				if asJSON {
					select {
					case out = <-spare:
					default:
						out = make([]byte, 0, 64<<10)
					}
				}
				var r Result
				r, buf = one(x, j.file, stdin, buf, out)
				results[j.i] <- r
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i, f := range files {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{i, f}:
			case <-ctx.Done():
				return
			}
		}
	}()
	var err error
	for i := range files {
		var r Result
		select {
		case r = <-results[i]:
		case <-ctx.Done():
			err = ctx.Err()
		}
		if err != nil {
			break
		}
		<-window
		if err = emit(r); err != nil {
			break
		}
		if r.JSON != nil {
			select {
			case spare <- r.JSON[:0]:
			default:
			}
		}
	}
	cancel()
	wg.Wait()
	return err
}

// one extracts the document of file, read into buf; it returns buf for the
// next document. With out not nil, it writes the facts as JSON there.
func one(x *Extractor, file File, stdin io.Reader, buf, out []byte) (Result, []byte) {
	path := file.Path
	var data []byte
	var err error
	data, err = readInput(file, stdin, buf, x.opts.MaxSize)
	if path != "-" && cap(data) > 0 {
		buf = data
	}
	if err != nil {
		return Result{Path: path, Err: fmt.Errorf("read %s: %w", path, err)}, buf
	}
	r := Result{Path: path, Size: len(data)}
	if out != nil {
		r.JSON, err = x.AppendDocumentJSON(out, path, data)
	} else {
		r.Facts, err = x.Document(path, data)
	}
	if err != nil {
		return Result{Path: path, Size: len(data), Err: fmt.Errorf("extract %s: %w", path, err)}, buf
	}
	return r, buf
}
