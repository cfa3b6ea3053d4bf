package badger

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// DropFilePages tells the kernel that this process no longer needs the
// pages of the store's table and value-log files it has mapped
// (madvise MADV_DONTNEED), so that a scan over a large store does not keep
// every page it read resident. It acts only on a read-only store: there
// Badger neither writes, compacts nor unmaps its files while open, so the
// ranges read from /proc/self/maps stay the files' mappings. On a shared
// file mapping MADV_DONTNEED drops only this process's page table entries;
// the data stays in the page cache and on disk.
func (s *Store) DropFilePages() {
	if !s.ro {
		return
	}
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
