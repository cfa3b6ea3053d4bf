package extract

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
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
// .txt, .text, or no extension (notes, data and code files beside a corpus are not).
func TextDocument(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text", "":
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

// WalkFiles is Walk telling which files are regular.
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
		var found []string
		err = filepath.WalkDir(p, func(path string, de fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, fmt.Errorf("read %s: %w", path, err))
				return nil
			}
			if path != p && strings.HasPrefix(de.Name(), ".") {
				if de.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if de.Type().IsRegular() && keep(path) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, err)
		}
		sort.Strings(found)
		for _, f := range found {
			out = append(out, File{Path: f, Regular: true})
		}
	}
	return out, errs
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
	if path == "-" {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = readFile(path, buf, file.Regular)
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
