package bench

import (
	"expvar"
	"fmt"
	"strconv"
)

// Writes is what Badger was asked to write and wrote, from its process-wide
// metrics (expvar "badger_*"): take one snapshot before a run and one after,
// and their difference is the run's.
type Writes struct {
	Entries    int64 // entries sent in commits (each a skiplist insert and a log record)
	UserBytes  int64 // their estimated size (key, value, metadata)
	L0Bytes    int64 // bytes put into memtables (flushed to level 0)
	Compaction int64 // bytes compactions wrote, all levels
}

// BadgerWrites is a snapshot of Badger's write counters.
func BadgerWrites() Writes {
	return Writes{
		Entries:    expInt("badger_put_num_user"),
		UserBytes:  expInt("badger_write_bytes_user"),
		L0Bytes:    expInt("badger_write_bytes_l0"),
		Compaction: expMapSum("badger_write_bytes_compaction"),
	}
}

// Sub is w minus an earlier snapshot.
func (w Writes) Sub(o Writes) Writes {
	return Writes{w.Entries - o.Entries, w.UserBytes - o.UserBytes, w.L0Bytes - o.L0Bytes, w.Compaction - o.Compaction}
}

// PerQuad describes the writes divided among n quads.
func (w Writes) PerQuad(n int) string {
	q := float64(max(n, 1))
	return fmt.Sprintf("%.2f entries/quad, %.0f bytes/quad committed, %.0f into memtables, %.0f by compactions",
		float64(w.Entries)/q, float64(w.UserBytes)/q, float64(w.L0Bytes)/q, float64(w.Compaction)/q)
}

func expInt(name string) int64 {
	if v, ok := expvar.Get(name).(*expvar.Int); ok {
		return v.Value()
	}
	return 0
}

func expMapSum(name string) int64 {
	m, ok := expvar.Get(name).(*expvar.Map)
	if !ok {
		return 0
	}
	var n int64
	m.Do(func(kv expvar.KeyValue) {
		if x, err := strconv.ParseInt(kv.Value.String(), 10, 64); err == nil {
			n += x
		}
	})
	return n
}
