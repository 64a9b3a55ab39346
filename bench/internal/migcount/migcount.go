// Package migcount counts what a database client sends to the engine, so
// the migrate benchmarks (bench/migratebench) can report round trips next to
// time for ferro and for GORM on the same connections.
//
// # PostgreSQL
//
// [Tracer] is set on the pgx.ConnConfig that both ferro
// (ferro.NewConnector(stdlib.GetConnector(cfg))) and GORM
// (gorm.io/driver/postgres with Conn: sql.OpenDB(stdlib.GetConnector(cfg)))
// use: its DialFunc counts round trips on the wire (every ReadyForQuery the
// server sends), so nothing pgx does below its own tracer hooks escapes the
// count; its QueryTracer half counts DDL statements.
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
	"encoding/binary"
	"net"
	"strings"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
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

// Tracer counts PostgreSQL round trips on the wire and DDL statements
// through pgx. Set both halves on the pgx.ConnConfig:
//
//	cfg.Tracer = tr
//	cfg.DialFunc = tr.DialFunc()
//
// A round trip is a ReadyForQuery message from the server: one per simple
// query, one per extended-protocol Sync, whoever sent it (pgx statements,
// and what pgx sends below its tracer, such as the "deallocate all" of
// Conn.DeallocateAll). The ReadyForQuery that ends each connection's
// start-up is not counted. The zero value is ready; it is safe for
// concurrent use by every connection of a pool. The connection must not use
// TLS (sslmode=disable), since the count reads the protocol stream.
type Tracer struct {
	c      counter
	broken atomic.Bool
}

var (
	_ pgx.QueryTracer = (*Tracer)(nil)
)

// Counts returns the totals so far. It panics if a connection used TLS,
// which the count cannot read.
func (t *Tracer) Counts() Counts {
	if t.broken.Load() {
		panic("migcount: a connection negotiated TLS; use sslmode=disable to count round trips")
	}
	return t.c.load()
}

// TraceQueryStart counts a DDL statement (round trips are counted on the
// wire).
func (t *Tracer) TraceQueryStart(ctx context.Context, _ *pgx.Conn, d pgx.TraceQueryStartData) context.Context {
	if isDDL(d.SQL) {
		t.c.ddl.Add(1)
	}
	return ctx
}

// TraceQueryEnd does nothing.
func (t *Tracer) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}

// DialFunc returns a pgconn.DialFunc that dials like pgx's default and
// counts the round trips of every connection it makes.
func (t *Tracer) DialFunc() pgconn.DialFunc {
	d := &net.Dialer{KeepAlive: 5 * time.Minute}
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := d.DialContext(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return &wireConn{Conn: c, t: t}, nil
	}
}

// wireConn follows the backend message stream (a type byte and a 4-byte
// length, then the body) across reads and counts ReadyForQuery ('Z').
type wireConn struct {
	net.Conn
	t      *Tracer
	first  bool // the first byte was seen
	hdr    [5]byte
	hdrN   int
	remain int
	ready  int
}

func (c *wireConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.scan(p[:n])
	return n, err
}

func (c *wireConn) scan(b []byte) {
	if !c.first && len(b) > 0 {
		c.first = true
		switch b[0] {
		case 'N': // the one-byte answer refusing an SSLRequest
			b = b[1:]
		case 'S': // TLS accepted: the rest is encrypted
			c.t.broken.Store(true)
			return
		}
	}
	for len(b) > 0 {
		if c.remain > 0 {
			k := min(c.remain, len(b))
			c.remain -= k
			b = b[k:]
			continue
		}
		k := copy(c.hdr[c.hdrN:], b)
		c.hdrN += k
		b = b[k:]
		if c.hdrN < len(c.hdr) {
			return
		}
		c.hdrN = 0
		c.remain = int(binary.BigEndian.Uint32(c.hdr[1:])) - 4
		if c.hdr[0] == 'Z' {
			c.ready++
			if c.ready > 1 { // the first ends the start-up
				c.t.c.rt.Add(1)
			}
		}
	}
}
