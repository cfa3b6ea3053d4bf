package postgres

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"
	"github.com/jackc/pgx/v5"

	"github.com/unkg/unkg/graph/backend"
	"github.com/unkg/unkg/graph/backend/postgres/pgtest"
)

var ctx = context.Background()

func commitAll(t testing.TB, b backend.Backend, fn func(tx backend.Tx) error) {
	t.Helper()
	tx, err := b.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Close()
	if err := fn(tx); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
}

func scanAll(t testing.TB, r backend.Reader, bk backend.Bucket, prefix []byte) []string {
	t.Helper()
	var out []string
	if err := r.Scan(ctx, bk, prefix, func(k, v []byte) error {
		out = append(out, string(k)+"="+string(v))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestRecordsTxAndSnapshots(t *testing.T) {
	b, _ := openNew(t)
	commitAll(t, b, func(tx backend.Tx) error {
		for _, k := range []string{"a\x00x", "a\x00y", "a\xff", "b", "a\x00\xff\xff"} {
			if err := tx.Put(backend.Name, []byte(k), []byte("v"+k)); err != nil {
				return err
			}
		}
		return tx.Put(backend.Meta, []byte("version"), []byte("3"))
	})

	tx, err := b.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The transaction's reads see its own writes, in key order.
	if err := tx.Put(backend.Name, []byte("a\x00w"), []byte("new")); err != nil {
		t.Fatal(err)
	}
	if err := tx.Delete(backend.Name, []byte("a\x00y")); err != nil {
		t.Fatal(err)
	}
	got := scanAll(t, tx, backend.Name, []byte("a\x00"))
	want := []string{"a\x00w=new", "a\x00x=va\x00x", "a\x00\xff\xff=va\x00\xff\xff"}
	if !slices.Equal(got, want) {
		t.Errorf("scan in tx = %q, want %q", got, want)
	}
	// A snapshot taken now sees neither, before or after the commit.
	v, err := b.View(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	before := scanAll(t, v, backend.Name, []byte("a\x00"))
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	after := scanAll(t, v, backend.Name, []byte("a\x00"))
	wantOld := []string{"a\x00x=va\x00x", "a\x00y=va\x00y", "a\x00\xff\xff=va\x00\xff\xff"}
	if !slices.Equal(before, wantOld) || !slices.Equal(after, wantOld) {
		t.Errorf("snapshot before/after the commit = %q / %q, want %q", before, after, wantOld)
	}
	v2, err := b.View(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer v2.Close()
	if got := scanAll(t, v2, backend.Name, []byte("a\x00")); !slices.Equal(got, want) {
		t.Errorf("new snapshot = %q, want %q", got, want)
	}
	if _, err := v2.Get(ctx, backend.Name, []byte("a\x00y")); !errors.Is(err, backend.ErrNotFound) {
		t.Errorf("deleted record: err %v, want ErrNotFound", err)
	}
	if got, err := v2.Get(ctx, backend.Meta, []byte("version")); err != nil || string(got) != "3" {
		t.Errorf("meta version = %q, %v", got, err)
	}
	// The whole bucket, prefix "": every key, 0xFF last.
	if got := scanAll(t, v2, backend.Name, nil); len(got) != 5 || got[4] != "b=vb" {
		t.Errorf("scan of all = %q", got)
	}

	// A transaction closed without Commit leaves nothing.
	tx, err = b.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.Put(backend.Path, []byte("p"), []byte("doc")); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Get(ctx, backend.Path, []byte("p")); err != nil { // flushed into the SQL transaction
		t.Fatal(err)
	}
	tx.Close()
	v3, err := b.View(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer v3.Close()
	if _, err := v3.Get(ctx, backend.Path, []byte("p")); !errors.Is(err, backend.ErrNotFound) {
		t.Errorf("record of a discarded transaction: err %v, want ErrNotFound", err)
	}
}

func TestScanPagesAndStop(t *testing.T) {
	b, _ := openNew(t)
	const n = 2*scanPage + 17
	commitAll(t, b, func(tx backend.Tx) error {
		for i := range n {
			if err := tx.Put(backend.Adj, []byte(fmt.Sprintf("k\x00%05d", i)), nil); err != nil {
				return err
			}
		}
		return tx.Put(backend.Adj, []byte("l"), nil)
	})
	v, err := b.View(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	var keys []string
	err = v.Scan(ctx, backend.Adj, []byte("k\x00"), func(k, _ []byte) error {
		keys = append(keys, string(k))
		// A read during the scan, on the same snapshot.
		if len(keys) == scanPage {
			if _, err := v.Get(ctx, backend.Adj, []byte("l")); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) != n || !sort.StringsAreSorted(keys) || keys[n-1] != fmt.Sprintf("k\x00%05d", n-1) {
		t.Errorf("scan over pages: %d keys (want %d), sorted %v", len(keys), n, sort.StringsAreSorted(keys))
	}
	count := 0
	err = v.Scan(ctx, backend.Adj, nil, func(k, _ []byte) error {
		count++
		if count == 3 {
			return backend.ErrStopScan
		}
		return nil
	})
	if err != nil || count != 3 {
		t.Errorf("stopped scan: %d records, err %v", count, err)
	}
}

// rows returns a table's rows as text, sorted, for comparing two databases.
func rows(t testing.TB, addr, q string) []string {
	t.Helper()
	conn, err := pgx.Connect(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rs, err := conn.Query(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	out, err := pgx.CollectRows(rs, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return out
}

const (
	nodeRows = `SELECT row(hash, refs, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time)::TEXT FROM nodes ORDER BY hash`
	quadRows = `SELECT row(subject_hash, predicate_hash, object_hash, label_hash)::TEXT FROM quads ORDER BY 1`
)

func sameRows(t *testing.T, what, addrA, addrB, q string) {
	t.Helper()
	a, b := rows(t, addrA, q), rows(t, addrB, q)
	if len(a) == 0 {
		t.Fatalf("%s: no rows", what)
	}
	if slices.Equal(a, b) {
		return
	}
	t.Errorf("%s: Cayley's writer made %d rows, this backend %d", what, len(a), len(b))
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			t.Errorf("first difference, row %d:\n Cayley: %s\n   ours: %s", i, a[i], b[i])
			break
		}
	}
}

// TestSameTablesAsCayleysWriter writes the real documents' quads with
// Cayley's own SQL writer into one database and with this backend into
// another, deletes every other document's quads in both, and compares the
// nodes (hashes, values, reference counts) and quads tables row by row.
func TestSameTablesAsCayleysWriter(t *testing.T) {
	docs := realDocs(t)
	addrC, cqs := newCayleyStore(t)
	b, addrB := openNew(t)

	apply := cayleyApply(t, cqs)
	total := 0
	for _, qs := range docs {
		apply(qs, graph.Add)
		commitAll(t, b, func(tx backend.Tx) error { return tx.AddQuads(ctx, qs) })
		total += len(qs)
	}
	t.Logf("%d real documents, %d quads", len(docs), total)
	sameRows(t, "quads after adding", addrC, addrB, quadRows)
	// The nodes' counts wait in the writer (refs.go), the store marked so
	// that a crash has them counted again; the deletes add them first.
	if got := rows(t, addrB, `SELECT count(*)::TEXT FROM unkg_refs_pending`); got[0] != "1" {
		t.Errorf("%s marker rows of references to add, want 1", got[0])
	}

	// Deletes, and adds in the same transaction after them.
	for i := 0; i < len(docs); i += 2 {
		apply(docs[i], graph.Delete)
	}
	apply(docs[0], graph.Add)
	commitAll(t, b, func(tx backend.Tx) error {
		for i := 0; i < len(docs); i += 2 {
			if err := tx.DeleteQuads(ctx, docs[i]); err != nil {
				return err
			}
		}
		return tx.AddQuads(ctx, docs[0])
	})
	sameRows(t, "nodes after deleting", addrC, addrB, nodeRows)
	sameRows(t, "quads after deleting", addrC, addrB, quadRows)
	if b.(*Backend).pending != nil {
		t.Errorf("%d nodes' references still to add after the deletes", len(b.(*Backend).pending))
	}

	// Quads that are there already, with new ones: the new are added, the
	// others change nothing (Cayley's own writer would count their nodes
	// again).
	nodesBefore, quadsBefore := rows(t, addrB, nodeRows), rows(t, addrB, quadRows)
	commitAll(t, b, func(tx backend.Tx) error { return tx.AddQuads(ctx, append(slices.Clone(docs[1]), docs[2]...)) })
	apply(docs[2], graph.Add)
	sameRows(t, "nodes after adding quads held and not", addrC, addrB, nodeRows)
	sameRows(t, "quads after adding quads held and not", addrC, addrB, quadRows)
	commitAll(t, b, func(tx backend.Tx) error { return tx.AddQuads(ctx, docs[1]) })
	if got := rows(t, addrB, nodeRows); !slices.Equal(got, rows(t, addrC, nodeRows)) || slices.Equal(got, nodesBefore) {
		t.Errorf("adding quads held changed the nodes")
	}
	if got := rows(t, addrB, quadRows); len(got) != len(quadsBefore)+len(docs[2]) {
		t.Errorf("%d quads after adding held ones, want %d", len(got), len(quadsBefore)+len(docs[2]))
	}
}

// TestGizmoReadsTheBackend runs Gizmo through the backend's Cayley quad
// store and checks the answer against the quads written.
func TestGizmoReadsTheBackend(t *testing.T) {
	docs := realDocs(t)
	b, _ := openNew(t)
	want := map[string]bool{}
	var subject quad.Value
	for _, qs := range docs {
		commitAll(t, b, func(tx backend.Tx) error { return tx.AddQuads(ctx, qs) })
		for _, q := range qs {
			if q.Predicate != quad.IRI("attended") {
				continue
			}
			if subject == nil {
				subject = q.Subject
			}
			if q.Subject == subject {
				want[q.Object.String()] = true
			}
		}
	}
	if subject == nil {
		t.Fatal("no attended quads in the real documents")
	}
	ses := gizmo.NewSession(b.QuadStore())
	it, err := ses.Execute(ctx, fmt.Sprintf(`g.V(%q).Out("<attended>").All()`, subject.String()), query.Options{Collation: query.JSON})
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	got := map[string]bool{}
	for it.Next(ctx) {
		m, ok := it.Result().(map[string]any)
		if !ok {
			t.Fatalf("result %T", it.Result())
		}
		got[fmt.Sprint(m["id"])] = true
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Gizmo: %v attended %v, want %v", subject, got, want)
	}
	st, err := b.QuadStore().Stats(ctx, true)
	if err != nil || st.Quads.Size == 0 {
		t.Errorf("Cayley's stats: %+v, %v", st, err)
	}
}

func TestOneWriterManyReaders(t *testing.T) {
	b, addr := openNew(t)
	commitAll(t, b, func(tx backend.Tx) error { return tx.Put(backend.Meta, []byte("v"), []byte("1")) })
	_, err := backend.Open(addr, backend.Options{})
	if !errors.Is(err, backend.ErrLocked) || !strings.Contains(err.Error(), "unkg pid") {
		t.Errorf("second writer: %v, want ErrLocked naming the process", err)
	}
	for range 2 {
		r, err := backend.Open(addr, backend.Options{ReadOnly: true})
		if err != nil {
			t.Fatalf("reader beside the writer: %v", err)
		}
		defer r.Close()
		if _, err := r.Begin(ctx); !errors.Is(err, backend.ErrReadOnly) {
			t.Errorf("Begin on a reader: %v, want ErrReadOnly", err)
		}
		v, err := r.View(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := v.Get(ctx, backend.Meta, []byte("v")); err != nil || string(got) != "1" {
			t.Errorf("reader's get = %q, %v", got, err)
		}
		v.Close()
	}
	// The lock goes with the writer.
	b.Close()
	w, err := backend.Open(addr, backend.Options{})
	if err != nil {
		t.Fatalf("writer after the first closed: %v", err)
	}
	w.Close()
}

func TestReadOnlyWhereNoStore(t *testing.T) {
	addr := pgtest.Open(t)
	if _, err := backend.Open(addr, backend.Options{ReadOnly: true}); !errors.Is(err, backend.ErrNoStore) {
		t.Errorf("read-only open of an empty database: %v, want ErrNoStore", err)
	}
	if got := rows(t, addr, `SELECT count(*)::TEXT FROM pg_tables WHERE schemaname = 'public'`); got[0] != "0" {
		t.Errorf("a read-only open made %s tables", got[0])
	}
	missing := strings.Replace(addr, "/unkg_t", "/unkg_missing_t", 1)
	if _, err := backend.Open(missing, backend.Options{ReadOnly: true}); !errors.Is(err, backend.ErrNoStore) {
		t.Errorf("read-only open of a missing database: %v, want ErrNoStore", err)
	}
}

func TestTooBigRefusedAndStoreUsable(t *testing.T) {
	b, _ := openNew(t)
	tx, err := b.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.Put(backend.Doc, bytes.Repeat([]byte("k"), b.Limits().MaxKey+1), nil); !errors.Is(err, backend.ErrTooBig) {
		t.Errorf("key over the limit: %v, want ErrTooBig", err)
	}
	tx.Close()
	// A value that PostgreSQL's text type refuses fails the commit, not the store.
	tx, err = b.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bad := quad.Quad{Subject: quad.IRI("doc:x"), Predicate: quad.IRI("name"), Object: quad.String("a\xffb"), Label: quad.IRI("doc:x")}
	if err := tx.AddQuads(ctx, []quad.Quad{bad}); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(ctx); err == nil {
		t.Error("a quad with invalid UTF-8 was committed")
	}
	commitAll(t, b, func(tx backend.Tx) error { return tx.Put(backend.Meta, []byte("after"), []byte("ok")) })
	v, err := b.View(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer v.Close()
	if got, err := v.Get(ctx, backend.Meta, []byte("after")); err != nil || string(got) != "ok" {
		t.Errorf("write after a refused one = %q, %v", got, err)
	}
}

func TestLocationHidesPassword(t *testing.T) {
	if got := redact("postgres://u:secret@h:5/db?sslmode=disable"); strings.Contains(got, "secret") || !strings.Contains(got, "u@h:5/db") {
		t.Errorf("redact = %q", got)
	}
}

func TestPrefixEnd(t *testing.T) {
	for _, c := range []struct{ in, want []byte }{
		{[]byte("a\x00"), []byte("a\x01")},
		{[]byte("a\xff"), []byte("b")},
		{[]byte("\xff\xff"), nil},
		{nil, nil},
	} {
		if got := prefixEnd(c.in); !bytes.Equal(got, c.want) {
			t.Errorf("prefixEnd(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
