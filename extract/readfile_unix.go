//go:build unix

package extract

import (
	"io/fs"
	"syscall"
)

// readFile reads the file at path into buf, grown as needed, and returns the
// bytes. Most documents are a few kilobytes, so the system calls are most of
// the cost of reading one: os.ReadFile makes six (open, an fcntl for the
// poller, fstat, two reads, close), this makes three for a regular file
// (whose first short read is its end) and allocates nothing once buf has
// grown to the largest document.
//
// A file over limit bytes is refused (ErrTooLarge): a regular file as soon
// as its first 64 KB show it is not small (one fstat then tells its size),
// a pipe or device once it has given limit bytes.
func readFile(path string, buf []byte, regular bool, limit int64) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return buf[:0], &fs.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	if cap(buf) < 64<<10 {
		buf = make([]byte, 0, 64<<10)
	}
	data := buf[:0]
	sized := false
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := syscall.Read(fd, data[len(data):cap(data)])
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return data[:0], &fs.PathError{Op: "read", Path: path, Err: err}
		case n == 0:
			return data, nil
		}
		short := len(data)+n < cap(data)
		data = data[:len(data)+n]
		if int64(len(data)) > limit {
			return data[:0], tooLarge(limit)
		}
		if regular && short {
			return data, nil
		}
		if regular && !sized && len(data) == cap(data) {
			sized = true
			var st syscall.Stat_t
			if err := syscall.Fstat(fd, &st); err == nil && st.Size > limit {
				return data[:0], tooLarge(limit)
			}
		}
	}
}

// fileKey identifies a folder by device and inode, to walk it once.
func fileKey(path string, st fs.FileInfo) any {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		return [2]uint64{uint64(s.Dev), uint64(s.Ino)}
	}
	return path
}
