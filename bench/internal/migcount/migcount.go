// Package migcount counts what a database client sends to the engine, so
// the migrate benchmarks (bench/migratebench) can report round trips next to
// time for ferro and for GORM on the same connections.
//
// # PostgreSQL
//
// [Tracer] is a pgx QueryTracer (and PrepareTracer, BatchTracer,
// CopyFromTracer) set on the pgx.ConnConfig that both ferro
// (ferro.NewConnector(stdlib.GetConnector(cfg))) and GORM
// (gorm.io/driver/postgres with Conn: sql.OpenDB(stdlib.GetConnector(cfg)))
// use. Each traced query, batch and copy is one round trip; a Prepare is one
// more unless pgx already had the statement (TracePrepareEndData.AlreadyPrepared).
//
// # SQLite
//
// SQLite is in-process, so there is no network round trip: [Connector] wraps
// a driver.Connector and counts every call that crosses the database/sql
// driver boundary with SQL to run (Exec, Query, Prepare, a prepared
// statement's Exec and Query, Begin, Commit, Rollback). That is the number of
// statements the engine was asked to run.
//
// This package must not import ferro: the GORM SQLite benchmark links
// github.com/glebarez/sqlite, whose driver registers the name "sqlite" that
// modernc.org/sqlite (inside ferro) also registers, so the two cannot share
// a binary.
package migcount

import (
	"context"
	"strings"
	"sync/atomic"

	"github.com/jackc/pgx/v5"
)

// Counts are the totals seen so far. Both fields only grow.
type Counts struct {
	// RoundTrips is the number of requests that waited for the engine.
	RoundTrips int64
	// DDL is how many of them were CREATE, ALTER or DROP statements.
	DDL int64
}

// Sub returns c - o.
func (c Counts) Sub(o Counts) Counts {
	return Counts{RoundTrips: c.RoundTrips - o.RoundTrips, DDL: c.DDL - o.DDL}
}

type counter struct {
	rt, ddl atomic.Int64
}

func (c *counter) add(query string) {
	c.rt.Add(1)
	if isDDL(query) {
		c.ddl.Add(1)
	}
}

func (c *counter) load() Counts { return Counts{RoundTrips: c.rt.Load(), DDL: c.ddl.Load()} }

// isDDL is a plain keyword test, enough for the statements migrators send
// (ferro.IsDDL cannot be used here, see the package doc).
func isDDL(query string) bool {
	q := strings.TrimLeft(query, " \t\r\n(")
	if len(q) > 6 {
		q = q[:6]
	}
	switch strings.ToUpper(q) {
	case "CREATE", "ALTER ", "DROP T", "DROP I", "DROP C", "DROP V":
		return true
	}
	return false
}

// Tracer counts pgx round trips. The zero value is ready; it is safe for
// concurrent use by every connection of a pool.
type Tracer struct {
	c counter
}

var (
	_ pgx.QueryTracer    = (*Tracer)(nil)
	_ pgx.PrepareTracer  = (*Tracer)(nil)
	_ pgx.BatchTracer    = (*Tracer)(nil)
	_ pgx.CopyFromTracer = (*Tracer)(nil)
)

// Counts returns the totals so far.
func (t *Tracer) Counts() Counts { return t.c.load() }

// TraceQueryStart counts one round trip.
func (t *Tracer) TraceQueryStart(ctx context.Context, _ *pgx.Conn, d pgx.TraceQueryStartData) context.Context {
	t.c.add(d.SQL)
	return ctx
}

// TraceQueryEnd does nothing.
func (t *Tracer) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}

// TracePrepareStart does nothing: whether the prepare reaches the server is
// known at its end.
func (t *Tracer) TracePrepareStart(ctx context.Context, _ *pgx.Conn, _ pgx.TracePrepareStartData) context.Context {
	return ctx
}

// TracePrepareEnd counts one round trip unless the statement was already
// prepared on the connection.
func (t *Tracer) TracePrepareEnd(_ context.Context, _ *pgx.Conn, d pgx.TracePrepareEndData) {
	if !d.AlreadyPrepared {
		t.c.rt.Add(1)
	}
}

// TraceBatchStart counts one round trip for the whole batch.
func (t *Tracer) TraceBatchStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceBatchStartData) context.Context {
	t.c.rt.Add(1)
	return ctx
}

// TraceBatchQuery does nothing: the batch was counted.
func (t *Tracer) TraceBatchQuery(context.Context, *pgx.Conn, pgx.TraceBatchQueryData) {}

// TraceBatchEnd does nothing.
func (t *Tracer) TraceBatchEnd(context.Context, *pgx.Conn, pgx.TraceBatchEndData) {}

// TraceCopyFromStart counts one round trip.
func (t *Tracer) TraceCopyFromStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceCopyFromStartData) context.Context {
	t.c.rt.Add(1)
	return ctx
}

// TraceCopyFromEnd does nothing.
func (t *Tracer) TraceCopyFromEnd(context.Context, *pgx.Conn, pgx.TraceCopyFromEndData) {}
