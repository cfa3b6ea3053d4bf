package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/graph/backend"
)

// Doc is one document ready to be written: its facts, their quads and the
// record that keeps the facts in the store. Prepare is safe to call from
// many goroutines, so extraction workers can prepare while one writes.
type Doc struct {
	Facts  *extract.Facts
	Quads  []quad.Quad
	key    string   // the record's path key
	record []byte   // Facts as JSON
	stored []byte   // record as stored (compressed)
	names  []string // name index entries (nameKeys), folded by the preparing goroutine
	refs   []string // QuadRef keys of Quads, hashed by the preparing goroutine
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
	refs := make([]string, len(qs))
	for i, q := range qs {
		refs[i] = string(backend.QuadRefKey(q))
	}
	return &Doc{Facts: f, Quads: qs, key: pathKey(f), record: rec, stored: encodeRecord(rec), names: nameKeys(f), refs: refs}, nil
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

// ErrTooBig is a document that the store cannot take in one transaction.
var ErrTooBig = backend.ErrTooBig

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

// Budget of one group, estimated from a document's quads: a new quad
// costs about 4 writes (measured on the corpus: 3.1 — its log entry, its
// share of the index lists, adjacency records and nodes; a file count per
// quad only for ids of several files) and about 200 bytes. A replaced
// file's deletions come on top: the group fraction leaves room for them.
const (
	entriesPerQuad = 4
	bytesPerQuad   = 200
)

func (d *Doc) estimate() (count, size int64) {
	n := int64(len(d.Quads))
	return entriesPerQuad*n + 16, bytesPerQuad*n + int64(len(d.stored)) + 512
}

func (s *Store) groupLimits() (maxCount, maxSize int64) {
	l := s.be.Limits()
	return int64(s.opts.GroupFraction * float64(l.MaxWrites)), int64(s.opts.GroupFraction * float64(l.MaxBytes))
}

// asyncCommitter is a transaction that can be sent to be written while
// the next one is planned (the Badger backend): wait says when it is stored.
type asyncCommitter interface {
	CommitAsync(ctx context.Context) (wait func() error, err error)
}

// committer counts what groups wrote, a group only once its commit is
// known to be applied; at most one commit is in flight.
type committer struct {
	done     WriteResult
	pend     *WriteResult
	pendDocs []*Doc // the documents of the commit in flight
	wait     func() error
}

// add records a group of docs sent with wait (nil: already committed),
// after settling the group before it.
func (c *committer) add(r WriteResult, wait func() error, docs []*Doc) error {
	if err := c.settle(); err != nil {
		return err
	}
	if wait == nil {
		c.done.Add(r)
		return nil
	}
	c.pend, c.wait, c.pendDocs = &r, wait, docs
	return nil
}

// settle waits for the commit in flight and counts it.
func (c *committer) settle() error {
	if c.pend == nil {
		return nil
	}
	r, wait := c.pend, c.wait
	c.pend, c.wait, c.pendDocs = nil, nil, nil
	if err := wait(); err != nil {
		return err
	}
	c.done.Add(*r)
	return nil
}

// refusedInFlight says whether a commit in flight failed for its data
// (backend.ErrRefused): the backend rolled it back and goes on, and what
// was planned on it is planned again.
func refusedInFlight(err error) bool { return errors.Is(err, backend.ErrRefused) }

// settleRefused settles the commit in flight; if the store refused it for
// its data, it writes its group again a document at a time (refusing the
// bad ones alone) and says so (redone), which leaves the last of them in
// flight. Its error is the store's.
func (s *Store) settleRefused(ctx context.Context, c *committer) (redone bool, err error) {
	docs := c.pendDocs
	err = c.settle()
	if err == nil || !refusedInFlight(err) {
		return false, err
	}
	if len(docs) == 1 {
		d := docs[0]
		c.done.Errors = append(c.done.Errors, &DocError{Path: d.Path(), ID: d.ID(),
			Err: fmt.Errorf("%w (%d quads): nothing of it was written", err, len(d.Quads))})
		return true, nil
	}
	for _, d := range docs {
		if err := s.writeGroup(ctx, []*Doc{d}, c); err != nil {
			return true, err
		}
	}
	return true, nil
}

// settle settles the commits in flight, writing again the groups that the
// store refused (settleRefused), until none is in flight.
func (s *Store) settle(ctx context.Context, c *committer) error {
	for c.pend != nil {
		if _, err := s.settleRefused(ctx, c); err != nil {
			return err
		}
	}
	return nil
}

// WriteDocs stores prepared documents (see Write).
func (s *Store) WriteDocs(ctx context.Context, docs []*Doc) (WriteResult, error) {
	c := &committer{}
	err := s.writeDocs(ctx, docs, c)
	if err == nil {
		err = s.settle(ctx, c)
	} else {
		c.settle() // counts the last commit if it was applied; err says why the writer stopped
	}
	return c.done, err
}

// writeDocs groups documents and writes the groups, leaving the last
// group's commit in flight in c.
func (s *Store) writeDocs(ctx context.Context, docs []*Doc, c *committer) error {
	res := &c.done
	maxCount, maxSize := s.groupLimits()
	var (
		group       []*Doc
		count, size int64
		keys        = map[string]bool{}
	)
	flush := func() error {
		if len(group) == 0 {
			return nil
		}
		err := s.writeGroup(ctx, group, c)
		group, count, size = nil, 0, 0
		clear(keys)
		return err
	}
	limits := s.be.Limits()
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		n, sz := d.estimate()
		if (limits.MaxWrites > 0 && n > limits.MaxWrites) || (limits.MaxBytes > 0 && sz > limits.MaxBytes) {
			res.Errors = append(res.Errors, &DocError{Path: d.Path(), ID: d.ID(),
				Err: fmt.Errorf("%w: %d quads need about %d writes, the store takes %d in one transaction; nothing of it was written",
					ErrTooBig, len(d.Quads), n, limits.MaxWrites)})
			continue
		}
		conflict := keys["p"+d.key]
		if len(group) > 0 && (conflict || count+n > maxCount || size+sz > maxSize) {
			if err := flush(); err != nil {
				return err
			}
		}
		group = append(group, d)
		count += n
		size += sz
		keys["p"+d.key] = true
	}
	return flush()
}

// writeGroup writes a group in one transaction. If the store refuses it as
// too big, or a document of it is bad, it splits the group down to single
// documents, and refuses those alone. If it fails because the commit in
// flight before it was refused (a backend whose reads wait for that commit
// to land, PostgreSQL), that group is written again without its bad
// documents, and this one planned again on the store as it then is.
func (s *Store) writeGroup(ctx context.Context, group []*Doc, c *committer) error {
	r, wait, err := s.tryGroup(ctx, group)
	if err == nil {
		return c.add(r, wait, group)
	}
	if c.pend != nil {
		redone, serr := s.settleRefused(ctx, c)
		if serr != nil {
			return serr
		}
		if redone {
			return s.writeGroup(ctx, group, c)
		}
	}
	if !docFault(err) {
		return err
	}
	if len(group) == 1 {
		d := group[0]
		c.done.Errors = append(c.done.Errors, &DocError{Path: d.Path(), ID: d.ID(),
			Err: fmt.Errorf("%w (%d quads): nothing of it was written", err, len(d.Quads))})
		return nil
	}
	half := len(group) / 2
	if err := s.writeGroup(ctx, group[:half], c); err != nil {
		return err
	}
	return s.writeGroup(ctx, group[half:], c)
}

// errBadDoc marks a failure caused by one document's data.
var errBadDoc = errors.New("bad document")

// docFault says whether err is a document's fault (refuse it, go on) rather
// than the store's (stop).
func docFault(err error) bool {
	return errors.Is(err, backend.ErrTooBig) || errors.Is(err, backend.ErrRefused) ||
		errors.Is(err, errBadDoc) || errors.Is(err, errBadRecord)
}

// refState is one quad's file count in the group being written.
type refState struct {
	q             quad.Quad
	id            *idState
	before, count uint64
}

// idState is one document id's files in the group being written. A quad
// of an id is stated only by files of that id (its label is the id), so
// while an id has one file every quad of it has one file: QuadRef keeps
// per-quad counts only for ids of two files or more (a resolution's six
// language versions), and the id's own record (key Prefix(id)) its number
// of files. A document new to the store reads and writes no count per quad.
type idState struct {
	prefix      string               // its QuadRef keys' prefix: backend.Prefix of its label
	docPrefix   string               // its Doc records' prefix
	files, now  uint64               // files before the group, and after what it planned
	single      map[string]quad.Quad // files == 1: that file's quads by QuadRef key
	singleKnown bool
}

// counted says whether QuadRef holds the id's per-quad counts before the group.
func (st *idState) counted() bool { return st.files >= 2 }

// group is the state of one transaction's documents. Its reads come
// first and its writes after (ops), which is what a backend that ships
// writes in batches (PostgreSQL's COPY) needs to be fast.
type group struct {
	ctx  context.Context
	tx   backend.Tx
	refs map[string]*refState
	ids  map[string]*idState
	ops  []recordOp
}

// recordOp is a record write waiting for the group's reads to finish.
type recordOp struct {
	b   backend.Bucket
	key []byte
	val []byte
	del bool
}

func (g *group) put(b backend.Bucket, key, val []byte) {
	g.ops = append(g.ops, recordOp{b: b, key: key, val: val})
}

func (g *group) del(b backend.Bucket, key []byte) {
	g.ops = append(g.ops, recordOp{b: b, key: key, del: true})
}

func (g *group) flush() error {
	for _, op := range g.ops {
		var err error
		if op.del {
			err = g.tx.Delete(op.b, op.key)
		} else {
			err = g.tx.Put(op.b, op.key, op.val)
		}
		if err != nil {
			return err
		}
	}
	g.ops = g.ops[:0]
	return nil
}

// count reads a file count kept in the QuadRef bucket (of a document id, or
// of one quad of an id stated by several files); a missing key is 0.
func (g *group) count(key string) (uint64, error) {
	v, err := g.tx.Get(g.ctx, backend.QuadRef, []byte(key))
	if errors.Is(err, backend.ErrNotFound) {
		return 0, nil
	} else if err != nil {
		return 0, err
	}
	n, k := binary.Uvarint(v)
	if k <= 0 {
		return 0, errBadCount
	}
	return n, nil
}

// errBadCount is a stored file count that does not decode.
var errBadCount = errors.New("bad file count")

// id returns the state of a document id, reading its number of files.
func (g *group) id(id string) (*idState, error) {
	prefix := string(backend.Prefix(boundID(id)))
	if st, ok := g.ids[prefix]; ok {
		return st, nil
	}
	st := &idState{prefix: prefix, docPrefix: string(backend.Prefix(id))}
	n, err := g.count(prefix)
	if err != nil {
		return nil, fmt.Errorf("file count of document %q: %w", prefix, err)
	}
	st.files = n
	st.now = st.files
	g.ids[prefix] = st
	return st, nil
}

// setSingle records the quads of an id's one file, when the caller has
// decoded them anyway.
func (st *idState) setSingle(qs []quad.Quad) {
	if st.files != 1 || st.singleKnown {
		return
	}
	st.single = make(map[string]quad.Quad, len(qs))
	for _, q := range qs {
		st.single[string(backend.QuadRefKey(q))] = q
	}
	st.singleKnown = true
}

// loadSingle reads the quads of an id's one file (once per group: only
// when a second file of the id comes).
func (g *group) loadSingle(st *idState) error {
	if st.files != 1 || st.singleKnown {
		return nil
	}
	var qs []quad.Quad
	err := g.tx.Scan(g.ctx, backend.Doc, []byte(st.docPrefix), func(k, v []byte) error {
		f, err := decodeRecord(v)
		if err != nil {
			return fmt.Errorf("stored facts %q: %w", k, err)
		}
		fq, err := Quads(f)
		if err != nil {
			return fmt.Errorf("stored facts %q: %w", k, err)
		}
		qs = append(qs, fq...)
		return nil
	})
	if err != nil {
		return err
	}
	st.setSingle(qs)
	return nil
}

func (g *group) ref(q quad.Quad) (*refState, error) {
	return g.refAt(q, string(backend.QuadRefKey(q)))
}

// refAt is ref for a quad whose QuadRef key k is known.
func (g *group) refAt(q quad.Quad, k string) (*refState, error) {
	if r, ok := g.refs[k]; ok {
		return r, nil
	}
	st := g.ids[k[:len(k)-quadRefHash]]
	if st == nil {
		return nil, fmt.Errorf("quad %v: its document's files were not read", q)
	}
	r := &refState{q: q, id: st}
	switch st.files {
	case 0:
	case 1:
		if err := g.loadSingle(st); err != nil {
			return nil, err
		}
		if _, ok := st.single[k]; ok {
			r.before, r.count = 1, 1
		}
	default:
		n, err := g.count(k)
		if err != nil {
			return nil, fmt.Errorf("file count of %v: %w", q, err)
		}
		r.before, r.count = n, n
	}
	g.refs[k] = r
	return r, nil
}

// quadRefHash is the length of the hash that ends a QuadRef key.
const quadRefHash = 16

// settleIDs queues the ids' new file counts, and makes QuadRef hold
// per-quad counts exactly for the ids that now have two files or more:
// an id that reaches two gets a record for every quad of its files, one
// that drops below loses them all.
func (g *group) settleIDs() error {
	prefixes := make([]string, 0, len(g.ids))
	for p := range g.ids {
		prefixes = append(prefixes, p)
	}
	sort.Strings(prefixes)
	for _, p := range prefixes {
		st := g.ids[p]
		if st.now != st.files {
			if st.now == 0 {
				g.del(backend.QuadRef, []byte(p))
			} else {
				g.put(backend.QuadRef, []byte(p), binary.AppendUvarint(nil, st.now))
			}
		}
		switch {
		case !st.counted() && st.now >= 2:
			// The quads of the one earlier file that this group left alone
			// still count one file each.
			if err := g.loadSingle(st); err != nil {
				return err
			}
			for k, q := range st.single {
				if _, ok := g.refs[k]; !ok {
					g.refs[k] = &refState{q: q, id: st, before: 1, count: 1}
				}
			}
		case st.counted() && st.now < 2:
			err := g.tx.Scan(g.ctx, backend.QuadRef, []byte(p), func(k, _ []byte) error {
				if _, ok := g.refs[string(k)]; !ok && len(k) == len(p)+quadRefHash {
					g.del(backend.QuadRef, bytes.Clone(k))
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// tryGroup writes a group of documents in one transaction. When the
// backend pipelines commits, the commit is in flight on return: wait (not
// nil) says when it is applied.
func (s *Store) tryGroup(ctx context.Context, docs []*Doc) (res WriteResult, wait func() error, err error) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	res, seen, err := s.planGroup(ctx, docs, func(tx backend.Tx) error {
		if a, ok := tx.(asyncCommitter); ok {
			var err error
			wait, err = a.CommitAsync(ctx)
			return err
		}
		return tx.Commit(ctx)
	})
	if err != nil {
		return res, nil, err
	}
	if wait != nil {
		// Names a failed commit did not write are written again (those
		// only: a display name that an earlier commit wrote is not
		// written over, as in a run without the failed commit).
		wait = func(w func() error) func() error {
			return func() error {
				err := w()
				if err != nil {
					s.forgetNames(seen)
				}
				return err
			}
		}(wait)
	}
	return res, wait, nil
}

// forgetNames takes names out of the cache of names written.
func (s *Store) forgetNames(names []string) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	for _, k := range names {
		delete(s.namesSeen, k)
	}
}

// planGroup plans a group of documents in one transaction and commits it
// with commit. seen are the names it added to the cache of names written.
func (s *Store) planGroup(ctx context.Context, docs []*Doc, commit func(backend.Tx) error) (res WriteResult, seen []string, err error) {
	tx, err := s.be.Begin(ctx)
	if err != nil {
		return res, nil, err
	}
	defer tx.Close()
	g := &group{ctx: ctx, tx: tx, refs: map[string]*refState{}, ids: map[string]*idState{}}
	names := map[string]struct{}{}
	for _, d := range docs {
		status, err := s.planDoc(g, d)
		if err != nil {
			return res, nil, fmt.Errorf("%s: %w", d.Path(), err)
		}
		switch status {
		case docUnchanged:
			res.Unchanged++
			continue
		case docReplaced:
			res.Replaced++
		default:
			res.Written++
		}
		for _, k := range d.names {
			if _, ok := s.namesSeen[k]; !ok {
				names[k] = struct{}{}
			}
		}
		for _, e := range d.Facts.Entities {
			if err := s.putDisplayName(g, e.ID, e.Name, names); err != nil {
				return res, nil, err
			}
		}
	}
	if err := g.settleIDs(); err != nil {
		return res, nil, fmt.Errorf("file counts: %w", err)
	}
	// Quads whose file count went from zero or to zero.
	keys := make([]string, 0, len(g.refs))
	for k := range g.refs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var adds, dels []quad.Quad
	for _, k := range keys {
		r := g.refs[k]
		switch {
		case r.before > 0 && r.count == 0:
			dels = append(dels, r.q)
		case r.before == 0 && r.count > 0:
			adds = append(adds, r.q)
		}
		had, has := r.id.counted(), r.id.now >= 2
		switch {
		case has && r.count > 0 && (r.count != r.before || !had):
			g.put(backend.QuadRef, []byte(k), binary.AppendUvarint(nil, r.count))
		case had && r.before > 0 && (r.count == 0 || !has):
			g.del(backend.QuadRef, []byte(k))
		}
	}
	if err := countChanges(g, adds, dels); err != nil {
		return res, nil, fmt.Errorf("counters: %w", err)
	}
	addAdj(g, adds, dels)
	for k := range names {
		if strings.HasPrefix(k, "\x01") || strings.HasPrefix(k, "\x02") {
			continue // a display name, written by putDisplayName
		}
		folded, id, _ := strings.Cut(k, "\x00")
		g.put(backend.Name, backend.Join(folded, id), nil)
	}
	// The writes.
	if err := g.flush(); err != nil {
		return res, nil, err
	}
	if err := tx.DeleteQuads(ctx, dels); err != nil {
		return res, nil, fmt.Errorf("delete quads: %w", err)
	}
	if err := tx.AddQuads(ctx, adds); err != nil {
		return res, nil, fmt.Errorf("write quads: %w", err)
	}
	res.QuadsAdded += len(adds)
	res.QuadsDeleted += len(dels)
	if err := ctx.Err(); err != nil {
		return res, nil, err
	}
	if err := commit(tx); err != nil {
		return res, nil, err
	}
	res.Transactions++
	for k := range names {
		if !strings.HasPrefix(k, "\x02") {
			s.namesSeen[k] = struct{}{}
			seen = append(seen, k)
		}
	}
	return res, seen, nil
}

// countChanges reads the counters that adds and dels change and queues
// their new values: quads by predicate and in all (""), and entities by
// type ("type:T", kept exact by the number of documents typing each
// entity, "typeof" records).
func countChanges(g *group, adds, dels []quad.Quad) error {
	delta := map[string]int64{}
	docs := map[typeKey]int64{}
	for _, qs := range []struct {
		qs []quad.Quad
		n  int64
	}{{adds, 1}, {dels, -1}} {
		for _, q := range qs.qs {
			delta[predName(q.Predicate)] += qs.n
			delta[""] += qs.n
			if q.Predicate == PredType {
				docs[typeKey{valueText(q.Object), valueText(q.Subject)}] += qs.n
			}
		}
	}
	for k, d := range docs {
		if d == 0 {
			continue
		}
		key := typeOfKey(k)
		var n int64
		v, err := g.tx.Get(g.ctx, backend.Count, key)
		if err == nil {
			n, _, err = typeOfCount(v)
		} else if errors.Is(err, backend.ErrNotFound) {
			err = nil
		}
		if err != nil {
			return err
		}
		if m := n + d; m <= 0 {
			g.del(backend.Count, key)
		} else {
			g.put(backend.Count, key, typeOfValue(k, m))
		}
		if n <= 0 && n+d > 0 {
			delta["type:"+k.typ]++
		} else if n > 0 && n+d <= 0 {
			delta["type:"+k.typ]--
		}
	}
	for k, d := range delta {
		if d == 0 {
			continue
		}
		v, err := getInt(g.ctx, g.tx, backend.Count, []byte(k))
		if err != nil {
			return err
		}
		g.put(backend.Count, []byte(k), backend.PutInt(v+d))
	}
	return nil
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
			out = append(out, k+"\x00"+boundID(id))
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

type docStatus int

const (
	docWritten docStatus = iota
	docReplaced
	docUnchanged
)

// planDoc compares a document with what the store holds for its path,
// counts its quads' files (and uncounts those of the file it replaces),
// and writes its records. The store's quads of a document id are the union
// of the quads of its files (the six language versions of a resolution
// share its symbol, hence its id); the counts say when a quad's last file
// goes, without reading the other files.
func (s *Store) planDoc(g *group, d *Doc) (docStatus, error) {
	ctx, tx := g.ctx, g.tx
	pk := []byte(backend.Part(d.key))
	old, err := tx.Get(ctx, backend.Path, pk)
	if err != nil && !errors.Is(err, backend.ErrNotFound) {
		return 0, err
	}
	oldID := string(old)
	status := docWritten
	if oldID != "" {
		rec, err := tx.Get(ctx, backend.Doc, backend.Join(oldID, d.key))
		if err != nil && !errors.Is(err, backend.ErrNotFound) {
			return 0, err
		}
		if err == nil {
			js, err := recordJSON(rec)
			if err != nil {
				return 0, fmt.Errorf("stored facts of %s: %w", oldID, err)
			}
			if oldID == d.ID() && bytes.Equal(js, d.record) {
				return docUnchanged, nil
			}
			status = docReplaced
			var f extract.Facts
			if err := json.Unmarshal(js, &f); err != nil {
				return 0, fmt.Errorf("stored facts of %s: %w", oldID, errBadRecord)
			}
			oldQuads, err := Quads(&f)
			if err != nil {
				return 0, fmt.Errorf("stored facts of %s: %w", oldID, err)
			}
			ost, err := g.id(oldID)
			if err != nil {
				return 0, err
			}
			ost.setSingle(oldQuads) // its one file is this one
			ost.now--
			for _, q := range oldQuads {
				r, err := g.ref(q)
				if err != nil {
					return 0, err
				}
				if r.count > 0 {
					r.count--
				}
			}
			if oldID != d.ID() {
				g.del(backend.Doc, backend.Join(oldID, d.key))
			}
		}
	}
	st, err := g.id(d.ID())
	if err != nil {
		return 0, err
	}
	st.now++
	for i, q := range d.Quads {
		r, err := g.refAt(q, d.refs[i])
		if err != nil {
			return 0, err
		}
		r.count++
	}
	g.put(backend.Path, pk, []byte(d.ID()))
	g.put(backend.Doc, backend.Join(d.ID(), d.key), d.stored)
	return status, nil
}

// putDisplayName records the name to show for an entity: its canonical
// name, the English one when the rules know it (Latin script); a name in
// another script only until an English one comes. names collects what this
// transaction wrote, for the process-wide cache once it commits.
func (s *Store) putDisplayName(g *group, id, name string, names map[string]struct{}) error {
	name = cutText(strings.TrimSpace(name), maxDisplayName)
	if id == "" || name == "" {
		return nil
	}
	id = boundID(id)
	latin := "\x01" + id
	if _, ok := s.namesSeen[latin]; ok {
		return nil
	}
	if _, ok := names[latin]; ok {
		return nil
	}
	key := []byte(backend.Part(id))
	if !IsLatin(name) {
		if _, ok := names["\x02"+id]; ok {
			return nil
		}
		if _, err := g.tx.Get(g.ctx, backend.DisplayName, key); err == nil {
			return nil
		} else if !errors.Is(err, backend.ErrNotFound) {
			return err
		}
		names["\x02"+id] = struct{}{}
		g.put(backend.DisplayName, key, []byte(name))
		return nil
	}
	names[latin] = struct{}{}
	g.put(backend.DisplayName, key, []byte(name))
	return nil
}

// DocumentFacts returns the stored facts of a document id (of the first of
// its files in path order when several files share the id; see
// DocumentFiles). It wraps ErrNotFound when the store has no such document.
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
var ErrNotFound = backend.ErrNotFound

// DocumentFiles returns the stored facts of every file with document id id.
func (s *Store) DocumentFiles(id string) ([]*extract.Facts, error) {
	ctx := context.Background()
	var out []*extract.Facts
	err := s.view(ctx, func(r backend.Reader) error {
		return r.Scan(ctx, backend.Doc, backend.Prefix(id), func(_, v []byte) error {
			f, err := decodeRecord(v)
			if err != nil {
				return fmt.Errorf("stored facts of %s: %w", id, err)
			}
			out = append(out, f)
			return nil
		})
	})
	return out, err
}

// DocumentAt returns the id of the document last ingested from path.
func (s *Store) DocumentAt(path string) (string, error) {
	ctx := context.Background()
	var id string
	err := s.view(ctx, func(r backend.Reader) error {
		v, err := r.Get(ctx, backend.Path, []byte(backend.Part(path)))
		if errors.Is(err, backend.ErrNotFound) {
			return fmt.Errorf("no document ingested from %s: %w", path, ErrNotFound)
		}
		id = string(v)
		return err
	})
	return id, err
}
