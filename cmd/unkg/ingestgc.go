package main

import (
	"os"
	"runtime/debug"
)

// An ingest's heap is mostly long-lived: the store's caches of nodes and
// index lists, and Badger's memtables. Go's default collector (GOGC=100)
// scans all of it each time the heap doubles, about 6% of an ingest's CPU
// (measured on 10,000 files). Collecting at three times the live heap
// spends half that. No soft memory limit: one near the live heap (a
// benchmark holding every document's facts) made the collector run
// without pause.
const ingestGCPercent = 200

// ingestGC sets the collector for an ingest unless the user set GOGC or
// GOMEMLIMIT; the returned function restores the setting.
func ingestGC() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	pct := debug.SetGCPercent(ingestGCPercent)
	return func() { debug.SetGCPercent(pct) }
}
