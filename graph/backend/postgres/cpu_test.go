package postgres

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// cpuClock reads the CPU time of this process and of the PostgreSQL
// server, when the server runs on this machine (its processes read from
// /proc): on a shared machine the clock times of two writers taking turns
// move with the other users' load, their CPU times much less.
type cpuClock struct{ postmaster int }

// clockTick is the kernel's USER_HZ, the unit of /proc/PID/stat times.
const clockTick = 10 * time.Millisecond

// newCPUClock finds the server's postmaster as the parent of a session's
// backend; nil when the server's processes are not visible here.
func newCPUClock(tb testing.TB, addr string) *cpuClock {
	tb.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, addr)
	if err != nil {
		tb.Fatalf("connect to %s: %v", addr, err)
	}
	defer conn.Close(ctx)
	var pid int
	if err := conn.QueryRow(ctx, `SELECT pg_backend_pid()`).Scan(&pid); err != nil {
		tb.Fatalf("backend pid: %v", err)
	}
	f, err := procStat(pid)
	if err != nil {
		return nil
	}
	pm, err := strconv.Atoi(f[1])
	if err != nil || !strings.Contains(readFile(fmt.Sprintf("/proc/%d/task/%d/children", pm, pm)), strconv.Itoa(pid)) {
		return nil
	}
	return &cpuClock{postmaster: pm}
}

// procStat is the fields of /proc/PID/stat after the command's name
// (field 3, the state, first).
func procStat(pid int) ([]string, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return nil, err
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return nil, fmt.Errorf("/proc/%d/stat: no command name", pid)
	}
	return strings.Fields(s[i+1:]), nil
}

func readFile(p string) string {
	b, _ := os.ReadFile(p)
	return string(b)
}

// ticks adds the stat fields (counted from 1 as in proc(5)) of a process.
func ticks(pid int, fields ...int) time.Duration {
	f, err := procStat(pid)
	if err != nil {
		return 0 // exited: its time is in the postmaster's cutime
	}
	var n int64
	for _, k := range fields {
		if v, err := strconv.ParseInt(f[k-3], 10, 64); err == nil {
			n += v
		}
	}
	return time.Duration(n) * clockTick
}

// read is this process's CPU time and the server's: the postmaster's own
// and its exited children's, and its live children's (backends, parallel
// workers, autovacuum, WAL writer).
func (c *cpuClock) read() (client, server time.Duration) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err == nil {
		client = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	if c == nil {
		return client, 0
	}
	server = ticks(c.postmaster, 14, 15, 16, 17) // utime, stime, cutime, cstime
	for _, s := range strings.Fields(readFile(fmt.Sprintf("/proc/%d/task/%d/children", c.postmaster, c.postmaster))) {
		if pid, err := strconv.Atoi(s); err == nil {
			server += ticks(pid, 14, 15)
		}
	}
	return client, server
}

// cpuSpent is CPU time spent, in this process and in the server.
type cpuSpent struct{ client, server time.Duration }

func (s cpuSpent) total() time.Duration { return s.client + s.server }

// measure runs fn and adds what it cost to d (clock) and s (CPU).
func (c *cpuClock) measure(d *time.Duration, s *cpuSpent, fn func()) {
	c0, s0 := c.read()
	start := time.Now()
	fn()
	*d += time.Since(start)
	c1, s1 := c.read()
	s.client += c1 - c0
	s.server += s1 - s0
}
