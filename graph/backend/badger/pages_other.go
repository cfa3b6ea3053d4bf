//go:build !linux

package badger

// DropFilePages does nothing where the pages of mapped files cannot be
// released one mapping at a time.
func (s *Store) DropFilePages() {}
