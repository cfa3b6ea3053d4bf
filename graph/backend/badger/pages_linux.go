package badger

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
)

// filePages keeps the resident file pages of a read-only scan within a
// budget: a random read of a mapped table maps the pages around it (the
// kernel's fault-around), so a count of reads bounds them poorly.
type filePages struct {
	mu   sync.Mutex
	base int64 // resident shared pages just after the last drop: the binary and libraries
}

// filePageBudget is how many pages of the store's files a scan may hold
// resident before they are dropped (4 MiB of 4 KiB pages).
const filePageBudget = 1024

// DropFilePages tells the kernel that this process no longer needs the
// pages of the store's table and value-log files it has mapped
// (madvise MADV_DONTNEED), once they exceed filePageBudget, so that a scan
// over a large store does not keep every page it read resident: call it
// often (its check reads one line of /proc/self/statm). It acts only on a
// read-only store: there Badger neither writes, compacts nor unmaps its
// files while open, so the ranges read from /proc/self/maps stay the
// files' mappings. On a shared file mapping MADV_DONTNEED drops only this
// process's page table entries; the data stays in the page cache and on
// disk.
func (s *Store) DropFilePages() {
	if !s.ro {
		return
	}
	s.pages.mu.Lock()
	defer s.pages.mu.Unlock()
	if s.pages.base > 0 {
		if n, ok := sharedPages(); ok && n-s.pages.base < filePageBudget {
			return
		}
	}
	s.dropFilePages()
	// Just after a drop the resident shared pages are the binary's and
	// the libraries' (which grow as new code runs): the new base.
	if n, ok := sharedPages(); ok {
		s.pages.base = n
	}
}

// sharedPages is the process's resident file-backed pages (the third
// field of /proc/self/statm).
func sharedPages() (int64, bool) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, false
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return 0, false
	}
	n, err := strconv.ParseInt(f[2], 10, 64)
	return n, err == nil
}

func (s *Store) dropFilePages() {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return
	}
	defer f.Close()
	dir, err := filepath.Abs(s.dir)
	if err != nil {
		return
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// 7f1c2a000000-7f1c2a400000 r--s 00000000 08:01 1234  /path/000001.sst
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 || !strings.Contains(fields[1], "s") {
			continue
		}
		path := fields[5]
		if filepath.Dir(path) != dir || !(strings.HasSuffix(path, ".sst") || strings.HasSuffix(path, ".vlog")) {
			continue
		}
		lo, hi, ok := strings.Cut(fields[0], "-")
		if !ok {
			continue
		}
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		if err1 != nil || err2 != nil || end <= start {
			continue
		}
		// The addresses come from the kernel, not from Go pointers: a raw
		// syscall, since unix.Madvise wants a []byte over them.
		syscall.Syscall(syscall.SYS_MADVISE, uintptr(start), uintptr(end-start), syscall.MADV_DONTNEED)
	}
}
