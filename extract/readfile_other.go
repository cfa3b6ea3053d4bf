//go:build !unix

package extract

import "os"

// readFile reads the file at path; buf is not used on this system.
func readFile(path string, buf []byte, regular bool) ([]byte, error) {
	return os.ReadFile(path)
}
