//go:build !unix

package extract

import (
	"io"
	"os"
)

// readFile reads the file at path, refusing one over limit bytes; buf is
// not used on this system.
func readFile(path string, buf []byte, regular bool, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(limit)
	}
	return data, nil
}

// fileKey identifies a folder: by its path on this system.
func fileKey(path string, st os.FileInfo) any { return path }
