package postgres

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Quads that no unique index can refuse before they are sent (the fast
// load of adds) go by COPY ... FROM STDIN in binary, straight into
// Cayley's quads table: the server inserts them a page at a time
// (heap_multi_insert, one WAL record a page), where INSERT ... SELECT
// inserts and logs a row at a time. The batch before the COPY reserves
// the quads' horizons (the table's BIGSERIAL) in one setval, since a
// default nextval() per row was a third of the server's time of a load,
// and reads the transaction's localtimestamp, which is what Cayley's
// writer stores in ts (now() into a timestamp column). The COPY's query
// carries the RELEASE SAVEPOINT and COMMIT after it, so a transaction
// costs two round trips. Under minCopy quads that second round trip
// costs more than the COPY saves (on a loaded machine a round trip waits
// for the scheduler): they go by one INSERT in the batch, their horizons
// reserved by the same setval in it (numberedQuads).
//
// The reservation is not atomic against another session's nextval on the
// same sequence; only the writer (who holds the writer's lock) adds quads.

// minCopy is the fewest quads a send copies (a variable for the tests).
var minCopy = 2000

// numberedQuads inserts the quads packed in $1 (quadsOf), numbered from
// horizons that one setval of seq reserves. MATERIALIZED: the
// reservation runs once, whatever the plan.
func numberedQuads(seq string) string {
	lit := `'` + seq + `'::regclass`
	return `WITH n AS (SELECT length($1::BYTEA)/80 AS n), r AS MATERIALIZED (
	SELECT setval(` + lit + `, nextval(` + lit + `) + n.n - 1) - n.n AS base FROM n)
INSERT INTO quads (horizon, subject_hash, predicate_hash, object_hash, label_hash, ts)
SELECT r.base + i + 1, substr($1::BYTEA, i*80+1, 20), substr($1::BYTEA, i*80+21, 20), substr($1::BYTEA, i*80+41, 20),
	nullif(substr($1::BYTEA, i*80+61, 20), '\x0000000000000000000000000000000000000000'::BYTEA), now()
FROM r, n, generate_series(0, n.n - 1) i`
}

// quadCopy is the quads of a send that go by COPY, and what the batch
// before it tells of them.
type quadCopy struct {
	packed []byte // quadSize bytes a quad, as quadsOf reads them
	// last is the last horizon reserved (the first is last-n+1); ts the
	// transaction's localtimestamp.
	last int64
	ts   time.Time
}

func (c *quadCopy) n() int { return len(c.packed) / quadSize }

// reserveSQL reserves $1 horizons of seq and reads the transaction's
// time; it returns the timestamp and the last horizon reserved.
func reserveSQL(seq string) string {
	lit := `'` + seq + `'::regclass`
	return `SELECT localtimestamp, setval(` + lit + `, nextval(` + lit + `) + $1 - 1)`
}

// queue adds the reservation to a batch.
func (c *quadCopy) queue(b *pgx.Batch, seq string) {
	b.Queue(reserveSQL(seq), int64(c.n())).QueryRow(func(r pgx.Row) error { return r.Scan(&c.ts, &c.last) })
}

// copyColumns are the columns that the COPY fills, in its rows' order.
const copyColumns = `horizon, subject_hash, predicate_hash, object_hash, label_hash, ts`

// pgEpoch is where PostgreSQL's binary timestamps count from.
var pgEpoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// data is the COPY's binary stream: a header, a row of six fields a quad
// (a field is its length, -1 for NULL, and its bytes), and a trailer.
func (c *quadCopy) data() []byte {
	const row = 2 + (4 + 8) + 4*(4+20) + (4 + 8)
	n := c.n()
	out := make([]byte, 0, 19+n*row+2)
	out = append(out, "PGCOPY\n\xff\r\n\x00"...)
	out = binary.BigEndian.AppendUint32(out, 0) // flags
	out = binary.BigEndian.AppendUint32(out, 0) // header extension
	// pgx reads a timestamp (without time zone) as that wall clock in UTC.
	ts := c.ts.Sub(pgEpoch).Microseconds()
	var noLabel [20]byte
	first := c.last - int64(n) + 1
	for i := range n {
		q := c.packed[i*quadSize : (i+1)*quadSize]
		out = binary.BigEndian.AppendUint16(out, 6)
		out = binary.BigEndian.AppendUint32(out, 8)
		out = binary.BigEndian.AppendUint64(out, uint64(first+int64(i)))
		for d := range 4 {
			h := q[d*20 : (d+1)*20]
			if d == 3 && bytes.Equal(h, noLabel[:]) {
				out = binary.BigEndian.AppendUint32(out, 0xFFFFFFFF) // NULL
				continue
			}
			out = binary.BigEndian.AppendUint32(out, 20)
			out = append(out, h...)
		}
		out = binary.BigEndian.AppendUint32(out, 8)
		out = binary.BigEndian.AppendUint64(out, uint64(ts))
	}
	return binary.BigEndian.AppendUint16(out, 0xFFFF) // trailer: -1
}

// send copies the quads, then runs after (RELEASE, COMMIT) in the same
// query: one round trip.
func (c *quadCopy) send(ctx context.Context, conn *pgx.Conn, after []stmt) error {
	if c.last < int64(c.n()) {
		return fmt.Errorf("copy %d quads: horizons not reserved (last %d)", c.n(), c.last)
	}
	q := `COPY quads (` + copyColumns + `) FROM STDIN (FORMAT binary)`
	for _, s := range after {
		q += `; ` + s.sql
	}
	if _, err := conn.PgConn().CopyFrom(ctx, bytes.NewReader(c.data()), q); err != nil {
		return fmt.Errorf("copy %d quads: %w", c.n(), err)
	}
	return nil
}
