//go:build !linux

package badger

type filePages struct{}

// DropFilePages does nothing where the pages of mapped files cannot be
// released one mapping at a time.
func (s *Store) DropFilePages() {}
