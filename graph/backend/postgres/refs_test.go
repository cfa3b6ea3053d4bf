package postgres

import (
	"testing"

	"github.com/cayleygraph/cayley/graph"

	"github.com/unkg/unkg/graph/backend"
)

// TestNodesDeletedAndAddedAgain deletes a document's quads and adds them
// again in later transactions of one writer, on an empty store and on one
// that holds quads: the writer must not take the nodes that the delete
// took away for stored. Nodes and counts end as Cayley's writer's.
func TestNodesDeletedAndAddedAgain(t *testing.T) {
	docs := realDocs(t)[:6]
	for _, held := range []bool{false, true} {
		addrC, cqs := newCayleyStore(t)
		apply := cayleyApply(t, cqs)
		be, addr := openNew(t)
		if held {
			commitAll(t, be, func(tx backend.Tx) error { return tx.AddQuads(ctx, docs[5]) })
			apply(docs[5], graph.Add)
			if err := be.Close(); err != nil {
				t.Fatal(err)
			}
			var err error
			if be, err = backend.Open(addr, backend.Options{}); err != nil {
				t.Fatal(err)
			}
		}
		for _, d := range docs[:5] {
			commitAll(t, be, func(tx backend.Tx) error { return tx.AddQuads(ctx, d) })
			apply(d, graph.Add)
		}
		for _, d := range docs[:3] {
			commitAll(t, be, func(tx backend.Tx) error { return tx.DeleteQuads(ctx, d) })
			apply(d, graph.Delete)
		}
		for _, d := range docs[:3] {
			commitAll(t, be, func(tx backend.Tx) error { return tx.AddQuads(ctx, d) })
			apply(d, graph.Add)
		}
		sameRows(t, "quads before Close", addrC, addr, quadRows)
		// Every quad's nodes are stored (Cayley's reader joins them).
		if got := rows(t, addr, `SELECT count(*)::TEXT FROM quads q WHERE NOT EXISTS (SELECT 1 FROM nodes WHERE hash = q.subject_hash)
			OR NOT EXISTS (SELECT 1 FROM nodes WHERE hash = q.object_hash) OR NOT EXISTS (SELECT 1 FROM nodes WHERE hash = q.predicate_hash)`); got[0] != "0" {
			t.Errorf("held %v: %s quads whose nodes are not stored", held, got[0])
		}
		if err := be.Close(); err != nil {
			t.Fatal(err)
		}
		sameRows(t, "nodes after Close", addrC, addr, nodeRows)
		if got := rows(t, addr, `SELECT count(*)::TEXT FROM unkg_refs_pending`); got[0] != "0" {
			t.Errorf("held %v: the marker of references to add is left after Close", held)
		}
	}
}
