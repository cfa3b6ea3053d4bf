package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/dgraph-io/badger/v4"
	hkv "github.com/hidal-go/hidalgo/kv"

	"github.com/unkg/unkg/extract"
)

// Doc is one document ready to be written: its facts, their quads and the
// record that keeps the facts in the store. Prepare is safe to call from
// many goroutines, so extraction workers can prepare while one writes.
type Doc struct {
	Facts  *extract.Facts
	Quads  []quad.Quad
	key    string // the record's path key
	record []byte // Facts as JSON
}

// ID is the document id, the label of its quads.
func (d *Doc) ID() string { return d.Facts.Doc.ID }

// Path is the file the facts came from.
func (d *Doc) Path() string { return d.Facts.Doc.Path }

// Prepare checks f and computes its quads and record.
func Prepare(f *extract.Facts) (*Doc, error) {
	if f == nil {
		return nil, errors.New("no facts")
	}
	qs, err := Quads(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", describe(f), err)
	}
	rec, err := json.Marshal(f)
	if err != nil {
		return nil, fmt.Errorf("%s: encode facts: %w", describe(f), err)
	}
	return &Doc{Facts: f, Quads: qs, key: pathKey(f), record: rec}, nil
}

func describe(f *extract.Facts) string {
	if f.Doc.Path != "" {
		return f.Doc.Path
	}
	return f.Doc.ID
}

// pathKey is what identifies a file across ingests: its path, or for facts
// without one (standard input) its document id.
func pathKey(f *extract.Facts) string {
	if f.Doc.Path == "" || f.Doc.Path == "-" {
		return "id:" + f.Doc.ID
	}
	return f.Doc.Path
}

// DocError is a document that was not written, and why.
type DocError struct {
	Path string
	ID   string
	Err  error
}

func (e *DocError) Error() string {
	name := e.Path
	if name == "" {
		name = e.ID
	}
	return fmt.Sprintf("%s: %v", name, e.Err)
}

func (e *DocError) Unwrap() error { return e.Err }

// ErrTooBig is a document whose quads do not fit in one transaction.
var ErrTooBig = errors.New("document too big for one transaction")

// WriteResult counts what a Write did.
type WriteResult struct {
	Written      int // documents new to the store
	Replaced     int // documents whose file changed since it was last ingested
	Unchanged    int // documents ingested before with the same facts
	QuadsAdded   int
	QuadsDeleted int
	Transactions int
	Errors       []*DocError // documents refused; nothing of them was written
}

// Add adds the counts and refused documents of o to r.
func (r *WriteResult) Add(o WriteResult) {
	r.Written += o.Written
	r.Replaced += o.Replaced
	r.Unchanged += o.Unchanged
	r.QuadsAdded += o.QuadsAdded
	r.QuadsDeleted += o.QuadsDeleted
	r.Transactions += o.Transactions
	r.Errors = append(r.Errors, o.Errors...)
}

// Write stores the facts of a batch of documents. Each document is written
// atomically with the quads of the file previously ingested at the same
// path (or with the same id) removed in the same transaction; small
// documents are grouped into one transaction. A document that cannot be
// written is listed in the result's Errors; the error return is for
// failures of the store itself.
func (s *Store) Write(ctx context.Context, batch []*extract.Facts) (WriteResult, error) {
	docs := make([]*Doc, 0, len(batch))
	var res WriteResult
	for _, f := range batch {
		d, err := Prepare(f)
		if err != nil {
			e := &DocError{Err: err}
			if f != nil {
				e.Path, e.ID = f.Doc.Path, f.Doc.ID
			}
			res.Errors = append(res.Errors, e)
			continue
		}
		docs = append(docs, d)
	}
	r, err := s.WriteDocs(ctx, docs)
	res.Add(r)
	return res, err
}

// Budget of one group, estimated from a document's quads: Cayley writes
// about 3 to 4 Badger entries per new quad (log entry, index lists, node
// reference counts), and about 200 bytes.
const (
	entriesPerQuad = 5
	bytesPerQuad   = 200
)

func (d *Doc) estimate() (count, size int64) {
	n := int64(len(d.Quads))
	return entriesPerQuad*n + 8, bytesPerQuad*n + int64(len(d.record)) + 256
}

// WriteDocs stores prepared documents (see Write).
func (s *Store) WriteDocs(ctx context.Context, docs []*Doc) (WriteResult, error) {
	var res WriteResult
	maxCount := int64(s.opts.GroupFraction * float64(s.bdb.MaxBatchCount()))
	maxSize := int64(s.opts.GroupFraction * float64(s.bdb.MaxBatchSize()))
	var (
		group       []*Doc
		count, size int64
		keys        = map[string]bool{}
	)
	flush := func() error {
		if len(group) == 0 {
			return nil
		}
		err := s.writeGroup(ctx, group, &res)
		group, count, size = nil, 0, 0
		clear(keys)
		return err
	}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		c, sz := d.estimate()
		conflict := keys["p"+d.key] || keys["i"+d.ID()]
		if len(group) > 0 && (conflict || count+c > maxCount || size+sz > maxSize) {
			if err := flush(); err != nil {
				return res, err
			}
		}
		group = append(group, d)
		count += c
		size += sz
		keys["p"+d.key], keys["i"+d.ID()] = true, true
	}
	return res, flush()
}

// writeGroup writes a group in one transaction; if Badger finds it too big
// it splits it, down to single documents, which are then refused.
func (s *Store) writeGroup(ctx context.Context, group []*Doc, res *WriteResult) error {
	r, err := s.tryGroup(ctx, group)
	if err == nil {
		res.Add(r)
		return nil
	}
	if !isTooBig(err) {
		return err
	}
	if len(group) == 1 {
		d := group[0]
		res.Errors = append(res.Errors, &DocError{Path: d.Path(), ID: d.ID(),
			Err: fmt.Errorf("%w (%d quads; Badger accepts about %d writes per transaction): nothing of it was written",
				ErrTooBig, len(d.Quads), s.bdb.MaxBatchCount())})
		return nil
	}
	half := len(group) / 2
	if err := s.writeGroup(ctx, group[:half], res); err != nil {
		return err
	}
	return s.writeGroup(ctx, group[half:], res)
}

func isTooBig(err error) bool {
	// Cayley formats some errors with %v, so match the text too.
	return errors.Is(err, badger.ErrTxnTooBig) || strings.Contains(err.Error(), badger.ErrTxnTooBig.Error())
}

// tryGroup writes a group of documents, with unkg's records, in one Badger
// transaction that it lends to Cayley's ApplyDeltas.
func (s *Store) tryGroup(ctx context.Context, group []*Doc) (res WriteResult, err error) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.kv.KV.Tx(true)
	if err != nil {
		return res, fmt.Errorf("begin transaction: %w", err)
	}
	s.kv.set(tx)
	defer func() {
		s.kv.set(nil)
		tx.Close()
		if err != nil {
			// Caches may hold what was not committed.
			s.dropNodes()
			clear(s.adjCache)
			s.adjBytes = 0
			if rerr := s.resetQuadStore(); rerr != nil {
				err = fmt.Errorf("%w; then: %v", err, rerr)
			}
		}
	}()

	var adds, dels []graph.Delta
	names := map[string]struct{}{}
	for _, d := range group {
		p, err := s.planDoc(ctx, tx, d)
		if err != nil {
			return res, fmt.Errorf("%s: %w", d.Path(), err)
		}
		switch {
		case p.unchanged:
			res.Unchanged++
			continue
		case p.replaced:
			res.Replaced++
		default:
			res.Written++
		}
		for _, q := range p.del {
			dels = append(dels, graph.Delta{Quad: q, Action: graph.Delete})
		}
		for _, q := range p.add {
			adds = append(adds, graph.Delta{Quad: q, Action: graph.Add})
		}
		res.QuadsAdded += len(p.add)
		res.QuadsDeleted += len(p.del)
		if p.oldID != "" && p.oldID != d.ID() {
			if err := tx.Del(keyDoc(p.oldID, d.key)); err != nil {
				return res, err
			}
		}
		if err := tx.Put(keyPath(d.key), []byte(d.ID())); err != nil {
			return res, err
		}
		if err := tx.Put(keyDoc(d.ID(), d.key), d.record); err != nil {
			return res, err
		}
		for _, k := range nameKeys(d.Facts) {
			if _, ok := s.namesSeen[k]; !ok {
				names[k] = struct{}{}
			}
		}
		for _, e := range d.Facts.Entities {
			if err := s.putDisplayName(ctx, tx, e.ID, e.Name, names); err != nil {
				return res, err
			}
		}
	}
	// Additions first (see addquads.go), then deletions through Cayley's
	// ApplyDeltas, in the same transaction. (Given additions and deletions
	// at once, ApplyDeltas nets each node's reference count and writes the
	// new quads without the directions whose node's count went down.)
	var written *committed
	if len(adds) > 0 {
		quads := make([]quad.Quad, len(adds))
		for i, d := range adds {
			quads[i] = d.Quad
		}
		if written, err = s.addQuads(ctx, tx, quads); err != nil {
			return res, fmt.Errorf("write quads: %w", err)
		}
	}
	if len(dels) > 0 {
		if err := s.kqs().ApplyDeltas(dels, graph.IgnoreOpts{IgnoreMissing: true}); err != nil {
			return res, fmt.Errorf("delete quads: %w", err)
		}
	}
	adj := adjChanges{}
	for _, d := range dels {
		adj.quad(d.Quad, false)
	}
	for _, d := range adds {
		adj.quad(d.Quad, true)
	}
	if err := s.writeAdj(ctx, tx, adj); err != nil {
		return res, fmt.Errorf("adjacency records: %w", err)
	}
	if len(adds)+len(dels) > 0 {
		counts := map[string]int64{}
		for _, d := range slices.Concat(adds, dels) {
			n := int64(1)
			if d.Action == graph.Delete {
				n = -1
			}
			counts[predName(d.Quad.Predicate)] += n
		}
		for p, n := range counts {
			if n == 0 {
				continue
			}
			v, err := getInt(ctx, tx, keyCount(p))
			if err != nil {
				return res, err
			}
			if err := putInt(tx, keyCount(p), v+n); err != nil {
				return res, err
			}
		}
	}
	for k := range names {
		if strings.HasPrefix(k, "\x01") {
			continue // a display name, written by putDisplayName
		}
		folded, id, _ := strings.Cut(k, "\x00")
		if err := tx.Put(keyName(folded, id), nil); err != nil {
			return res, err
		}
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}
	if err := tx.Commit(ctx); err != nil {
		return res, fmt.Errorf("commit: %w", err)
	}
	res.Transactions++
	s.rememberAdj(adj)
	if len(dels) > 0 {
		// Cayley changed reference counts and may have removed nodes.
		s.dropNodes()
	} else {
		s.remember(written)
	}
	for k := range names {
		if !strings.HasPrefix(k, "\x02") {
			s.namesSeen[k] = struct{}{}
		}
	}
	return res, nil
}

func predName(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri)
	}
	return quad.StringOf(v)
}

// nameKeys are the name index entries of the entities of f: "folded\x00id".
func nameKeys(f *extract.Facts) []string {
	var out []string
	add := func(name, id string) {
		if k := FoldName(name); k != "" {
			out = append(out, k+"\x00"+id)
		}
	}
	for _, e := range f.Entities {
		if e.Name != "" {
			add(e.Name, e.ID)
		}
		for _, m := range e.Mentions {
			add(m.Text, e.ID)
		}
		if code, ok := strings.CutPrefix(e.ID, "org:"); ok {
			add(code, e.ID)
		} else if code, ok := strings.CutPrefix(e.ID, "country:"); ok {
			add(code, e.ID)
		}
	}
	return out
}

type docPlan struct {
	unchanged, replaced bool
	oldID               string
	add, del            []quad.Quad
}

// planDoc compares a document with what the store holds for its path and
// id, and returns the quads to add and to delete. The store's quads of a
// document id are the union of the quads of its files (the six language
// versions of a resolution share its symbol, hence its id).
func (s *Store) planDoc(ctx context.Context, tx hkv.Tx, d *Doc) (docPlan, error) {
	var p docPlan
	old, err := tx.Get(ctx, keyPath(d.key))
	if err != nil && !errors.Is(err, hkv.ErrNotFound) {
		return p, err
	}
	p.oldID = string(old)
	var oldQuads []quad.Quad
	if p.oldID != "" {
		rec, err := tx.Get(ctx, keyDoc(p.oldID, d.key))
		if err != nil && !errors.Is(err, hkv.ErrNotFound) {
			return p, err
		}
		if err == nil {
			if p.oldID == d.ID() && bytes.Equal(rec, d.record) {
				p.unchanged = true
				return p, nil
			}
			p.replaced = true
			var f extract.Facts
			if err := json.Unmarshal(rec, &f); err != nil {
				return p, fmt.Errorf("stored facts of %s: %w", p.oldID, err)
			}
			if oldQuads, err = Quads(&f); err != nil {
				return p, fmt.Errorf("stored facts of %s: %w", p.oldID, err)
			}
		}
	}
	// Quads of the other files with the new id stay.
	rest, err := s.siblingQuads(ctx, tx, d.ID(), d.key)
	if err != nil {
		return p, err
	}
	present := rest
	if p.oldID == d.ID() {
		present = union(rest, oldQuads)
	}
	desired := union(rest, d.Quads)
	p.add = minus(d.Quads, present)
	if p.oldID == d.ID() {
		p.del = minus(oldQuads, desired)
	} else if p.oldID != "" {
		restOld, err := s.siblingQuads(ctx, tx, p.oldID, d.key)
		if err != nil {
			return p, err
		}
		p.del = minus(oldQuads, restOld)
	}
	return p, nil
}

// siblingQuads are the quads of the files with document id id, except the
// one at path key except.
func (s *Store) siblingQuads(ctx context.Context, tx hkv.Tx, id, except string) (map[quad.Quad]struct{}, error) {
	it := tx.Scan(keyDocPrefix(id))
	defer it.Close()
	var out map[quad.Quad]struct{}
	for it.Next(ctx) {
		k := it.Key()
		if len(k) != 4 || string(k[3]) == except {
			continue
		}
		var f extract.Facts
		if err := json.Unmarshal(it.Val(), &f); err != nil {
			return nil, fmt.Errorf("stored facts of %s: %w", id, err)
		}
		qs, err := Quads(&f)
		if err != nil {
			return nil, fmt.Errorf("stored facts of %s: %w", id, err)
		}
		if out == nil {
			out = map[quad.Quad]struct{}{}
		}
		for _, q := range qs {
			out[q] = struct{}{}
		}
	}
	return out, it.Err()
}

func union(a map[quad.Quad]struct{}, b []quad.Quad) map[quad.Quad]struct{} {
	out := make(map[quad.Quad]struct{}, len(a)+len(b))
	for q := range a {
		out[q] = struct{}{}
	}
	for _, q := range b {
		out[q] = struct{}{}
	}
	return out
}

func minus(a []quad.Quad, b map[quad.Quad]struct{}) []quad.Quad {
	if len(b) == 0 {
		return a
	}
	var out []quad.Quad
	for _, q := range a {
		if _, ok := b[q]; !ok {
			out = append(out, q)
		}
	}
	return out
}

// DocumentFacts returns the stored facts of a document id (of the first of
// its files in path order when several files share the id; see
// DocumentFiles). It wraps hkv.ErrNotFound when the store has no such
// document.
func (s *Store) DocumentFacts(id string) (*extract.Facts, error) {
	fs, err := s.DocumentFiles(id)
	if err != nil {
		return nil, err
	}
	if len(fs) == 0 {
		return nil, fmt.Errorf("document %s: %w", id, ErrNotFound)
	}
	return fs[0], nil
}

// ErrNotFound is a document, meeting or entity the store does not know.
var ErrNotFound = errors.New("not found")

// DocumentFiles returns the stored facts of every file with document id id.
func (s *Store) DocumentFiles(id string) ([]*extract.Facts, error) {
	ctx := context.Background()
	var out []*extract.Facts
	err := hkv.View(s.kv, func(tx hkv.Tx) error {
		it := tx.Scan(keyDocPrefix(id))
		defer it.Close()
		for it.Next(ctx) {
			var f extract.Facts
			if err := json.Unmarshal(it.Val(), &f); err != nil {
				return fmt.Errorf("stored facts of %s: %w", id, err)
			}
			out = append(out, &f)
		}
		return it.Err()
	})
	return out, err
}

// DocumentAt returns the id of the document last ingested from path.
func (s *Store) DocumentAt(path string) (string, error) {
	var id string
	err := hkv.View(s.kv, func(tx hkv.Tx) error {
		v, err := tx.Get(context.Background(), keyPath(path))
		if errors.Is(err, hkv.ErrNotFound) {
			return fmt.Errorf("no document ingested from %s: %w", path, ErrNotFound)
		}
		id = string(v)
		return err
	})
	return id, err
}

// dropNodes empties the caches of nodes and index lists; the next write
// reloads the nodes.
func (s *Store) dropNodes() {
	clear(s.nodes)
	clear(s.lists)
	s.listBytes = 0
	s.nodesComplete, s.nodesTried = false, false
}

// putDisplayName records the name to show for an entity: its canonical
// name, the English one when the rules know it (Latin script); a name in
// another script only until an English one comes. names collects what this
// transaction wrote, for the process-wide cache once it commits.
func (s *Store) putDisplayName(ctx context.Context, tx hkv.Tx, id, name string, names map[string]struct{}) error {
	name = strings.TrimSpace(name)
	if id == "" || name == "" {
		return nil
	}
	latin := "\x01" + id
	if _, ok := s.namesSeen[latin]; ok {
		return nil
	}
	if _, ok := names[latin]; ok {
		return nil
	}
	if !IsLatin(name) {
		if _, ok := names["\x02"+id]; ok {
			return nil
		}
		if _, err := tx.Get(ctx, keyDisplayName(id)); err == nil {
			return nil
		} else if !errors.Is(err, hkv.ErrNotFound) {
			return err
		}
		names["\x02"+id] = struct{}{}
		return tx.Put(keyDisplayName(id), []byte(name))
	}
	names[latin] = struct{}{}
	return tx.Put(keyDisplayName(id), []byte(name))
}
