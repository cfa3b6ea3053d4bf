package postgres

import (
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/unkg/unkg/graph/backend"
)

// TestCopyAndInsertMakeCayleysRows loads the real documents by COPY (all
// in one transaction, past minCopy quads) and by INSERT (one document a
// transaction), then by COPY again onto the copied store with its
// indexes up, half of the quads already there (the unique index refuses
// the COPY, the merges take it): each store ends with Cayley's writer's
// nodes and quads, horizons numbered without repeats, and one ts a
// transaction. The loads onto empty stores insert their nodes without ON
// CONFLICT (knownAll), the one onto a store that holds some with it.
func TestCopyAndInsertMakeCayleysRows(t *testing.T) {
	docs := realDocs(t)
	var all []quad.Quad
	most := 0
	for _, d := range docs {
		all = append(all, d...)
		most = max(most, len(d))
	}
	// Every document under minCopy, half of them over it.
	defer func(n int) { minCopy = n }(minCopy)
	minCopy = most + 1
	cayley := cayleyStore(t, docs)

	copied, addrC := openNew(t)
	half := len(docs) / 2
	var first []quad.Quad
	for _, d := range docs[half:] {
		first = append(first, d...)
	}
	if len(first) < minCopy {
		t.Fatalf("%d quads in the second half, want %d at least", len(first), minCopy)
	}
	commitAll(t, copied, func(tx backend.Tx) error { return tx.AddQuads(ctx, first) })
	if !copied.(*Backend).knownAll {
		t.Error("a writer that opened an empty store does not know it holds every node")
	}
	if got := rows(t, addrC, `SELECT count(DISTINCT ts)::TEXT FROM quads WHERE ts IS NOT NULL`); got[0] != "1" {
		t.Errorf("one transaction copied quads with %s times", got[0])
	}
	if err := copied.Close(); err != nil {
		t.Fatal(err)
	}
	// Indexes up: the COPY meets quads held, goes back and merges.
	again, err := backend.Open(addrC, backend.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if again.(*Backend).knownAll {
		t.Error("a writer that opened a store holding nodes takes its nodes for new")
	}
	commitAll(t, again, func(tx backend.Tx) error { return tx.AddQuads(ctx, all) })
	if err := again.Close(); err != nil {
		t.Fatal(err)
	}
	checkLoaded(t, "copied", cayley, addrC)

	inserted, addrI := openNew(t)
	for _, d := range docs {
		if len(d) >= minCopy {
			t.Fatalf("a document of %d quads: the test wants each under minCopy (%d)", len(d), minCopy)
		}
		commitAll(t, inserted, func(tx backend.Tx) error { return tx.AddQuads(ctx, d) })
	}
	if err := inserted.Close(); err != nil {
		t.Fatal(err)
	}
	checkLoaded(t, "inserted", cayley, addrI)
	if got := rows(t, addrI, `SELECT count(DISTINCT ts)::TEXT FROM quads`); got[0] == "1" {
		t.Errorf("%d transactions inserted quads with one time", len(docs))
	}

	for _, addr := range []string{addrC, addrI} {
		got := rows(t, addr, `SELECT (count(*) = count(DISTINCT horizon) AND min(horizon) >= 1 AND count(ts) = count(*))::TEXT FROM quads`)
		if got[0] != "true" {
			t.Errorf("%s: horizons repeated or below 1, or a ts missing", addr)
		}
	}
	// Numbered from 1 without gaps where every quad went by COPY or INSERT.
	if got := rows(t, addrI, `SELECT (max(horizon) = count(*))::TEXT FROM quads`); got[0] != "true" {
		t.Errorf("inserted: horizons with gaps: %q", rows(t, addrI, `SELECT min(horizon)::TEXT || '-' || max(horizon)::TEXT || ' of ' || count(*)::TEXT FROM quads`))
	}
}
