package ferro

import (
	"context"
	"database/sql/driver"
	"errors"
	"log/slog"

	"github.com/ferrosql/ferro/internal/sqltext"
)

// renewNow is a value of conn.seen that no epoch reaches: the connection
// renews its caches before its next statement.
const renewNow = ^uint64(0)

// conn wraps one inner connection. database/sql never uses a driver.Conn
// from two goroutines at once, so its fields need no lock; the epoch it
// compares against is atomic.
type conn struct {
	c     *connector
	inner driver.Conn
	// seen is the epoch this connection's caches were last renewed for.
	seen uint64
	// tx is the transaction begun through this wrapper, if any.
	tx *tx
	// stmts are the live wrapped statements, renewed with the connection
	// (only for engines whose renewal drops prepared statements).
	stmts map[*stmt]struct{}
	// bad is set when a renewal failed: the connection is discarded.
	bad bool
	// cached: the inner connection may hold prepared or cached statements
	// since its last renewal (a query, a statement with arguments, or a
	// Prepare ran). A renewal of a connection that cached nothing is free:
	// a migration's DDL, which takes no arguments, never pays for one.
	cached bool
	// pendingDDL: DDL ran inside a transaction begun with plain text
	// ("BEGIN"), not through BeginTx; the epoch is bumped once the session
	// is seen outside the transaction (see settle).
	pendingDDL bool

	// The inner connection's optional interfaces, resolved once.
	execer   driver.ExecerContext
	queryer  driver.QueryerContext
	preparer driver.ConnPrepareContext
	beginner driver.ConnBeginTx
	checker  driver.NamedValueChecker
	pinger   driver.Pinger
	resetter driver.SessionResetter
	validtr  driver.Validator
}

var (
	_ driver.Conn               = (*conn)(nil)
	_ driver.ConnBeginTx        = (*conn)(nil)
	_ driver.ConnPrepareContext = (*conn)(nil)
	_ driver.ExecerContext      = (*conn)(nil)
	_ driver.QueryerContext     = (*conn)(nil)
	_ driver.NamedValueChecker  = (*conn)(nil)
	_ driver.Pinger             = (*conn)(nil)
	_ driver.SessionResetter    = (*conn)(nil)
	_ driver.Validator          = (*conn)(nil)
)

func newConn(c *connector, inner driver.Conn) *conn {
	cn := &conn{c: c, inner: inner, seen: c.ep.Load()}
	cn.execer, _ = inner.(driver.ExecerContext)
	cn.queryer, _ = inner.(driver.QueryerContext)
	cn.preparer, _ = inner.(driver.ConnPrepareContext)
	cn.beginner, _ = inner.(driver.ConnBeginTx)
	cn.checker, _ = inner.(driver.NamedValueChecker)
	cn.pinger, _ = inner.(driver.Pinger)
	cn.resetter, _ = inner.(driver.SessionResetter)
	cn.validtr, _ = inner.(driver.Validator)
	return cn
}

// InnerConn returns the inner driver's connection behind dc, the value that
// (*sql.Conn).Raw passes to its function, and whether dc is a ferro
// connection. Use it to reach driver-specific API, for example pgx's
// CopyFrom:
//
//	err := conn.Raw(func(dc any) error {
//		inner, _ := ferro.InnerConn(dc)
//		pgxConn := inner.(*stdlib.Conn).Conn()
//		_, err := pgxConn.CopyFrom(ctx, pgx.Identifier{"t"}, cols, src)
//		return err
//	})
//
// Statements run on the inner connection bypass ferro: DDL run there is not
// seen, so call [BumpSchemaEpoch] after it.
func InnerConn(dc any) (driver.Conn, bool) {
	c, ok := dc.(*conn)
	if !ok {
		return nil, false
	}
	c.cached = true // whatever runs on the inner connection may cache
	return c.inner, true
}

// sync renews the connection's caches when the epoch moved since it last
// did. The check is one atomic load.
func (c *conn) sync(ctx context.Context) error {
	if c.seen == c.c.ep.Load() {
		return nil
	}
	return c.renew(ctx)
}

// renew drops everything the inner connection caches and every wrapped
// statement's inner statement (re-prepared lazily), then records the epoch.
func (c *conn) renew(ctx context.Context) error {
	target := c.c.ep.Load()
	if !c.cached {
		c.seen = target
		return nil
	}
	done, err := c.c.eng.renew(ctx, c.inner)
	if err != nil {
		c.bad = true // the connection's cache state is unknown: discard it
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		// Nothing of the caller's statement reached the server: database/sql
		// may retry it on another connection.
		if c.c.log != nil {
			c.c.log.LogAttrs(ctx, slog.LevelDebug, "ferro: renewing connection caches failed; discarding connection",
				slog.String("db", c.c.name), slog.String("error", err.Error()))
		}
		return driver.ErrBadConn
	}
	if !done {
		return nil // inside a failed transaction; renewed after it ends
	}
	for s := range c.stmts {
		s.dropInner()
	}
	c.seen, c.cached = target, false
	return nil
}

// inTx reports whether the session is inside a transaction, begun through
// ferro or by a plain BEGIN where the driver tells.
func (c *conn) inTx() bool {
	if c.tx != nil {
		return true
	}
	in, known := c.c.eng.inTx(c.inner)
	return known && in
}

// afterDDL records that a DDL statement ran (or was attempted) on c. Other
// connections must not renew before the DDL commits (they would cache the
// old shape again), so inside a transaction the bump waits for its end;
// this connection renews at once, for the rest of its transaction.
func (c *conn) afterDDL() {
	if c.tx != nil {
		c.tx.ddl = true
		c.seen = renewNow
		return
	}
	if in, known := c.c.eng.inTx(c.inner); known && in {
		c.pendingDDL = true
		c.seen = renewNow
		return
	}
	c.c.bump("ddl")
}

// settle bumps the epoch for DDL run inside a text-level transaction once
// that transaction is over (committed or rolled back).
func (c *conn) settle() {
	if in, _ := c.c.eng.inTx(c.inner); !in {
		c.pendingDDL = false
		c.c.bump("ddl in transaction ended")
	}
}

// recoverStale inspects err from query. When it is the server reporting a
// stale cached plan, it bumps the epoch and either renews c and returns
// retry=true (outside a transaction: the statement did not run, running it
// again is safe) or returns a *SchemaChangedError (inside one).
func (c *conn) recoverStale(ctx context.Context, query string, err error) (retry bool, _ error) {
	if !c.c.eng.isStalePlan(err) {
		return false, err
	}
	c.c.bump("stale plan reported by server")
	if c.inTx() {
		return false, &SchemaChangedError{Query: query, Err: err}
	}
	if rerr := c.renew(ctx); rerr != nil {
		return false, rerr
	}
	if c.c.log != nil {
		c.c.log.LogAttrs(ctx, slog.LevelDebug, "ferro: recovered from stale cached plan; retrying statement",
			slog.String("db", c.c.name), slog.String("error", err.Error()))
	}
	return true, nil
}

// Prepare implements driver.Conn.
func (c *conn) Prepare(query string) (driver.Stmt, error) {
	return c.PrepareContext(context.Background(), query)
}

// PrepareContext implements driver.ConnPrepareContext.
func (c *conn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	if err := c.sync(ctx); err != nil {
		return nil, err
	}
	si, err := c.prepareInner(ctx, query)
	if err != nil {
		retry, err := c.recoverStale(ctx, query, err)
		if !retry {
			return nil, err
		}
		if si, err = c.prepareInner(ctx, query); err != nil {
			return nil, err
		}
	}
	return newStmt(c, query, si), nil
}

// prepareInner prepares on the inner connection exactly as database/sql
// would without the wrapper.
func (c *conn) prepareInner(ctx context.Context, query string) (driver.Stmt, error) {
	c.cached = true
	if c.preparer != nil {
		return c.preparer.PrepareContext(ctx, query)
	}
	si, err := c.inner.Prepare(query)
	if err == nil {
		select {
		default:
		case <-ctx.Done():
			si.Close()
			return nil, ctx.Err()
		}
	}
	return si, err
}

// Close implements driver.Conn. DDL of an unfinished text-level
// transaction is rolled back by the server as the session ends; the epoch
// is bumped all the same, as for any attempted DDL.
func (c *conn) Close() error {
	if c.pendingDDL {
		c.pendingDDL = false
		c.c.bump("connection closed inside a transaction that ran ddl")
	}
	return c.inner.Close()
}

// Begin implements driver.Conn.
func (c *conn) Begin() (driver.Tx, error) {
	return c.BeginTx(context.Background(), driver.TxOptions{})
}

// BeginTx implements driver.ConnBeginTx.
func (c *conn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	if err := c.sync(ctx); err != nil {
		return nil, err
	}
	var (
		itx driver.Tx
		err error
	)
	if c.beginner != nil {
		itx, err = c.beginner.BeginTx(ctx, opts)
	} else {
		itx, err = legacyBegin(ctx, c.inner, opts)
	}
	if err != nil {
		return nil, err
	}
	t := &tx{c: c, inner: itx}
	c.tx = t
	return t, nil
}

// legacyBegin is what database/sql does for a driver without ConnBeginTx.
func legacyBegin(ctx context.Context, ci driver.Conn, opts driver.TxOptions) (driver.Tx, error) {
	if opts.Isolation != driver.IsolationLevel(0) {
		return nil, errors.New("sql: driver does not support non-default isolation level")
	}
	if opts.ReadOnly {
		return nil, errors.New("sql: driver does not support read-only transactions")
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	//lint:ignore SA1019 the driver offers nothing else
	return ci.Begin() //nolint:staticcheck
}

// ExecContext implements driver.ExecerContext.
func (c *conn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	if c.execer == nil {
		if _, ok := c.inner.(driver.Execer); !ok { //nolint:staticcheck
			return nil, driver.ErrSkip // database/sql prepares instead
		}
	}
	if err := c.sync(ctx); err != nil {
		return nil, err
	}
	res, err := c.execInner(ctx, query, args)
	if err != nil {
		var retry bool
		if retry, err = c.recoverStale(ctx, query, err); retry {
			res, err = c.execInner(ctx, query, args)
		}
	}
	if sqltext.IsDDL(query) {
		c.afterDDL()
	} else if c.pendingDDL {
		c.settle()
	}
	return res, err
}

func (c *conn) execInner(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	if len(args) > 0 {
		c.cached = true
	}
	if c.execer != nil {
		return c.execer.ExecContext(ctx, query, args)
	}
	dargs, err := namedValueToValue(args)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return c.inner.(driver.Execer).Exec(query, dargs) //nolint:staticcheck
}

// QueryContext implements driver.QueryerContext.
func (c *conn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	if c.queryer == nil {
		if _, ok := c.inner.(driver.Queryer); !ok { //nolint:staticcheck
			return nil, driver.ErrSkip
		}
	}
	if err := c.sync(ctx); err != nil {
		return nil, err
	}
	rows, err := c.queryInner(ctx, query, args)
	if err != nil {
		var retry bool
		if retry, err = c.recoverStale(ctx, query, err); retry {
			rows, err = c.queryInner(ctx, query, args)
		}
	}
	if sqltext.IsDDL(query) {
		c.afterDDL()
	}
	if err != nil {
		return nil, err
	}
	return c.wrapRows(query, rows), nil
}

func (c *conn) queryInner(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	c.cached = true
	if c.queryer != nil {
		return c.queryer.QueryContext(ctx, query, args)
	}
	dargs, err := namedValueToValue(args)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return c.inner.(driver.Queryer).Query(query, dargs) //nolint:staticcheck
}

// CheckNamedValue implements driver.NamedValueChecker: ferro's write-side
// conversion first (see [coerce.Bind]), then the inner driver's own check,
// or database/sql's default conversion when the inner driver has none.
func (c *conn) CheckNamedValue(nv *driver.NamedValue) error {
	if err := c.bind(nv); err != nil {
		return err
	}
	return c.checkInner(nv)
}

func (c *conn) checkInner(nv *driver.NamedValue) error {
	if c.checker != nil {
		return c.checker.CheckNamedValue(nv)
	}
	return driver.ErrSkip
}

// Ping implements driver.Pinger; without an inner Pinger it does what
// database/sql does: nothing.
func (c *conn) Ping(ctx context.Context) error {
	if c.pinger == nil {
		return nil
	}
	return c.pinger.Ping(ctx)
}

// ResetSession implements driver.SessionResetter.
func (c *conn) ResetSession(ctx context.Context) error {
	if c.bad {
		return driver.ErrBadConn
	}
	if c.pendingDDL {
		c.settle()
	}
	if c.resetter == nil {
		return nil
	}
	return c.resetter.ResetSession(ctx)
}

// IsValid implements driver.Validator.
func (c *conn) IsValid() bool {
	if c.bad {
		return false
	}
	if c.validtr == nil {
		return true
	}
	return c.validtr.IsValid()
}

// namedValueToValue is database/sql's conversion for drivers that predate
// named values.
func namedValueToValue(named []driver.NamedValue) ([]driver.Value, error) {
	dargs := make([]driver.Value, len(named))
	for n, param := range named {
		if len(param.Name) > 0 {
			return nil, errors.New("sql: driver does not support the use of Named Parameters")
		}
		dargs[n] = param.Value
	}
	return dargs, nil
}
