package migcount

import (
	"context"
	"database/sql/driver"
)

// Connector wraps a driver.Connector and counts the statements its
// connections are asked to run (see the package doc). Driver returns the
// inner connector's driver, so code that detects the engine from it (ferro's
// NewConnector) still does. It is safe for concurrent use.
type Connector struct {
	inner driver.Connector
	c     counter
}

// NewConnector wraps inner.
func NewConnector(inner driver.Connector) *Connector { return &Connector{inner: inner} }

var _ driver.Connector = (*Connector)(nil)

// Counts returns the totals so far.
func (c *Connector) Counts() Counts { return c.c.load() }

// Connect opens an inner connection and wraps it.
func (c *Connector) Connect(ctx context.Context) (driver.Conn, error) {
	ic, err := c.inner.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &conn{inner: ic, c: &c.c}, nil
}

// Driver returns the inner driver.
func (c *Connector) Driver() driver.Driver { return c.inner.Driver() }

// conn forwards to an inner connection that implements the context
// interfaces (modernc's and glebarez's SQLite connections do); it fails
// loudly if one is missing rather than degrading.
type conn struct {
	inner driver.Conn
	c     *counter
}

var (
	_ driver.Conn               = (*conn)(nil)
	_ driver.ExecerContext      = (*conn)(nil)
	_ driver.QueryerContext     = (*conn)(nil)
	_ driver.ConnPrepareContext = (*conn)(nil)
	_ driver.ConnBeginTx        = (*conn)(nil)
	_ driver.SessionResetter    = (*conn)(nil)
	_ driver.Validator          = (*conn)(nil)
	_ driver.Pinger             = (*conn)(nil)
)

func (c *conn) Prepare(query string) (driver.Stmt, error) {
	return c.PrepareContext(context.Background(), query)
}

func (c *conn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	c.c.add(query)
	s, err := c.inner.(driver.ConnPrepareContext).PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	return &stmt{inner: s, query: query, c: c.c}, nil
}

func (c *conn) Close() error { return c.inner.Close() }

func (c *conn) Begin() (driver.Tx, error) { //nolint:staticcheck
	return c.BeginTx(context.Background(), driver.TxOptions{})
}

func (c *conn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	c.c.add("BEGIN")
	t, err := c.inner.(driver.ConnBeginTx).BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &tx{inner: t, c: c.c}, nil
}

func (c *conn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	c.c.add(query)
	return c.inner.(driver.ExecerContext).ExecContext(ctx, query, args)
}

func (c *conn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	c.c.add(query)
	return c.inner.(driver.QueryerContext).QueryContext(ctx, query, args)
}

func (c *conn) ResetSession(ctx context.Context) error {
	if r, ok := c.inner.(driver.SessionResetter); ok {
		return r.ResetSession(ctx)
	}
	return nil
}

func (c *conn) IsValid() bool {
	if v, ok := c.inner.(driver.Validator); ok {
		return v.IsValid()
	}
	return true
}

func (c *conn) Ping(ctx context.Context) error {
	if p, ok := c.inner.(driver.Pinger); ok {
		return p.Ping(ctx)
	}
	return nil
}

type stmt struct {
	inner driver.Stmt
	query string
	c     *counter
}

var (
	_ driver.StmtExecContext  = (*stmt)(nil)
	_ driver.StmtQueryContext = (*stmt)(nil)
)

func (s *stmt) Close() error  { return s.inner.Close() }
func (s *stmt) NumInput() int { return s.inner.NumInput() }

func (s *stmt) Exec(args []driver.Value) (driver.Result, error) {
	s.c.add(s.query)
	//lint:ignore SA1019 driver.Stmt requires Exec; it forwards to the inner statement's
	return s.inner.Exec(args)
}

func (s *stmt) Query(args []driver.Value) (driver.Rows, error) {
	s.c.add(s.query)
	//lint:ignore SA1019 driver.Stmt requires Query; it forwards to the inner statement's
	return s.inner.Query(args)
}

func (s *stmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	s.c.add(s.query)
	return s.inner.(driver.StmtExecContext).ExecContext(ctx, args)
}

func (s *stmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	s.c.add(s.query)
	return s.inner.(driver.StmtQueryContext).QueryContext(ctx, args)
}

type tx struct {
	inner driver.Tx
	c     *counter
}

func (t *tx) Commit() error {
	t.c.add("COMMIT")
	return t.inner.Commit()
}

func (t *tx) Rollback() error {
	t.c.add("ROLLBACK")
	return t.inner.Rollback()
}
