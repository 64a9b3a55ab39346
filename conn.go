package ferro

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"time"

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
	// published: the current transaction already published its DDL.
	published bool
	// native reports a map or struct the inner driver has a codec for on
	// this connection (see bind.Forms.BindNative); nil: none.
	native func(v any) bool

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
	if c.eng.native != nil {
		cn.native = c.eng.native(inner)
	}
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

// afterDDL records that a DDL statement ran (or was attempted, ddlErr) on
// c. Other connections must not renew before the DDL commits (they would
// cache the old shape again), so inside a transaction the bump waits for
// its end; this connection renews at once, for the rest of its transaction.
// A DDL that succeeded is published to the other pools on the database
// (see publish); the error returned is the publication's.
func (c *conn) afterDDL(ctx context.Context, ddlErr error) error {
	if c.tx != nil {
		c.tx.ddl = true
		c.seen = renewNow
		return c.publishInTx(ctx, ddlErr)
	}
	if in, known := c.c.eng.inTx(c.inner); known && in {
		c.pendingDDL = true
		c.seen = renewNow
		return c.publishInTx(ctx, ddlErr)
	}
	c.c.bump("ddl")
	if ddlErr != nil {
		return nil
	}
	return c.publish(ctx)
}

// publishInTx publishes once per transaction, right after its first
// successful DDL: the server delivers the notification at commit only.
func (c *conn) publishInTx(ctx context.Context, ddlErr error) error {
	if ddlErr != nil || c.published {
		return nil
	}
	c.published = true
	return c.publish(ctx)
}

// publish tells every other pool on the database that the schema changed
// (Postgres: NOTIFY on ferro's channel, in the current transaction if any).
// Outside a transaction the DDL has already committed: a failure here is
// returned all the same, since other pools were not told.
func (c *conn) publish(ctx context.Context) error {
	if c.c.eng.publish == nil {
		return nil
	}
	if _, err := c.c.eng.publish(ctx, c.inner, c.c.origin); err != nil {
		return fmt.Errorf("ferro: the schema change ran, but telling other pools of %s about it failed (they will find out from the server's errors): %w", c.c.name, err)
	}
	return nil
}

// settle bumps the epoch for DDL run inside a text-level transaction once
// that transaction is over (committed or rolled back).
func (c *conn) settle() {
	if in, _ := c.c.eng.inTx(c.inner); !in {
		c.pendingDDL, c.published = false, false
		c.c.bump("ddl in transaction ended")
	}
}

// staleRetries bounds how many times one statement runs when the server
// keeps reporting a stale plan. One retry is not enough: DDL from another
// session can commit between the renewal and the retry (a DDL storm does:
// a statement prepared in one round trip and bound in the next has a
// window of one round trip). Each attempt renews first, and from the second
// retry on waits a random time up to staleBackoff doubling per attempt
// (capped at staleBackoffMax), so successive attempts do not line up with
// the same stream of DDL. The waits add up to about 80 ms on average at
// most, and happen only under such a storm.
const (
	staleRetries    = 8
	staleBackoff    = 2 * time.Millisecond
	staleBackoffMax = 32 * time.Millisecond
)

// staleWait waits before the attempt-th retry (see staleRetries).
func staleWait(ctx context.Context, attempt int) error {
	if attempt < 2 {
		return nil
	}
	limit := min(staleBackoff<<(attempt-2), staleBackoffMax)
	t := time.NewTimer(rand.N(limit) + 1)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// recoverStale inspects err from the attempt-th run of query (counting
// from 1). When it is the server reporting a stale cached plan, it bumps the
// epoch and either renews c and returns retry=true (outside a transaction:
// the statement did not run, running it again is safe) or returns a
// *SchemaChangedError (inside a transaction, or once staleRetries attempts
// failed). No stale-plan error leaves ferro unwrapped.
func (c *conn) recoverStale(ctx context.Context, query string, err error, attempt int) (retry bool, _ error) {
	if !c.c.eng.isStalePlan(err) {
		return false, err
	}
	if perr := c.poolerLost(ctx, err); perr != nil {
		return false, perr
	}
	c.c.bump("stale plan reported by server")
	if c.inTx() {
		if !c.restartTx(ctx, attempt) {
			return false, &SchemaChangedError{Query: query, Err: err, Attempts: attempt}
		}
	}
	if attempt >= staleRetries {
		return false, &SchemaChangedError{Query: query, Err: err, Attempts: attempt}
	}
	if werr := staleWait(ctx, attempt); werr != nil {
		return false, werr
	}
	if rerr := c.renew(ctx); rerr != nil {
		return false, rerr
	}
	if c.c.log != nil {
		c.c.log.LogAttrs(ctx, slog.LevelDebug, "ferro: recovered from stale cached plan; retrying statement",
			slog.String("db", c.c.name), slog.Int("attempt", attempt), slog.String("error", err.Error()))
	}
	return true, nil
}

// poolerLost returns the error to report when err, a stale plan, is a
// prepared statement the server session does not have because a pooler
// between ferro and the server ran it on another session than the one that
// prepared it; nil when err is the server's own stale plan. Only the server
// can report a stale plan: renewing would not help (the next statement may
// land on yet another session) and would run DEALLOCATE ALL on whichever
// session the pooler picks, another client's perhaps, and ErrSchemaChanged
// would ask for a retry after a schema change that never happened.
func (c *conn) poolerLost(ctx context.Context, err error) error {
	if c.c.eng.lostStatement == nil || !c.c.eng.lostStatement(err) {
		return nil
	}
	proxied, perr := c.c.viaProxy(ctx, c.inner)
	if perr != nil {
		return fmt.Errorf("ferro: the server session has no prepared statement of the name %s sent, and asking the server whether a connection pooler lost it failed: %w", c.c.name, errors.Join(err, perr))
	}
	if !proxied {
		return nil
	}
	return fmt.Errorf("ferro: the server session that ran the statement has no prepared statement of it, and the schema did not change: a connection pooler sits between %s and the server (the server's pg_backend_pid() is not the process id the connection was given) and ran the statement on another server session than the one that prepared it, as PgBouncer does in pool_mode=transaction; make the pooler keep each client on its server session (pool_mode=session) or keep prepared statements (PgBouncer 1.21+: max_prepared_statements), or let pgx prepare nothing: default_query_exec_mode=exec (or simple_protocol) in the DSN, and no db.Prepare: %w", c.c.name, err)
}

// restartTx handles a stale plan met by the first statement of a
// transaction begun through BeginTx: nothing ran in it before, and the
// failed statement did not run either (the server refuses a stale plan
// before executing it), so rolling back and beginning again with the same
// options is invisible to the caller. It reports whether it did; any other
// transaction is the caller's to retry (ErrSchemaChanged).
func (c *conn) restartTx(ctx context.Context, attempt int) bool {
	t := c.tx
	if t == nil || t.stmts != 1 || attempt >= staleRetries {
		return false
	}
	if err := t.inner.Rollback(); err != nil {
		c.bad = true
		return false
	}
	var (
		itx driver.Tx
		err error
	)
	if c.beginner != nil {
		itx, err = c.beginner.BeginTx(ctx, t.opts)
	} else {
		itx, err = legacyBegin(ctx, c.inner, t.opts)
	}
	if err != nil {
		c.bad = true // no transaction where database/sql believes one is open
		return false
	}
	t.inner = itx
	return true
}

// txStatement counts a statement begun inside a ferro transaction.
func (c *conn) txStatement() {
	if c.tx != nil {
		c.tx.stmts++
	}
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
	for attempt := 1; err != nil; attempt++ {
		var retry bool
		if retry, err = c.recoverStale(ctx, query, err, attempt); !retry {
			return nil, err
		}
		si, err = c.prepareInner(ctx, query)
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
	t := &tx{c: c, inner: itx, opts: opts}
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
	return ci.Begin()
}

// ExecContext implements driver.ExecerContext.
func (c *conn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	if c.execer == nil {
		//lint:ignore SA1019 database/sql prepares when the inner conn lacks Execer; ferro must answer the same
		if _, ok := c.inner.(driver.Execer); !ok {
			return nil, driver.ErrSkip // database/sql prepares instead
		}
	}
	res, _, err := c.run(ctx, nil, query, sqltext.IsDDL(query), opExec, args)
	return res, err
}

// QueryContext implements driver.QueryerContext.
func (c *conn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	if c.queryer == nil {
		//lint:ignore SA1019 database/sql prepares when the inner conn lacks Queryer; ferro must answer the same
		if _, ok := c.inner.(driver.Queryer); !ok {
			return nil, driver.ErrSkip
		}
	}
	_, rows, err := c.run(ctx, nil, query, sqltext.IsDDL(query), opQuery, args)
	return rows, err
}

// op is what a statement runs for: database/sql's Exec or its Query.
type op uint8

const (
	opExec op = iota
	opQuery
)

// run is the one path of a statement through the wrapper: Exec and Query
// of query text on the connection (st nil) and of the prepared statement st
// all take it, in the steps of docs/epoch.md ("How a statement flows
// through the wrapper"): sync with the epoch (preparing st again if a
// renewal dropped it), run on the inner driver, recover from a stale plan
// (recoverStale: run again, or the error), name a value the engine refused
// (refusedError), record DDL (afterDDL) or settle a text-level
// transaction's (settle), wrap the rows. It returns the Result for opExec
// (with the error, as the inner driver returned them) and the wrapped Rows
// for opQuery.
func (c *conn) run(ctx context.Context, st *stmt, query string, isDDL bool, o op, args []driver.NamedValue) (driver.Result, driver.Rows, error) {
	var err error
	if st == nil {
		err = c.sync(ctx)
	} else {
		err = st.ready(ctx)
	}
	if err != nil {
		return nil, nil, err
	}
	c.txStatement()
	if st != nil && st.deferCheck {
		if args, err = st.checkDeferred(args); err != nil {
			return nil, nil, err
		}
	}
	var (
		res  driver.Result
		rows driver.Rows
	)
	for attempt := 1; ; attempt++ {
		// Run once on the inner driver, exactly as database/sql would
		// without the wrapper.
		switch {
		case st == nil && o == opQuery:
			rows, err = c.queryInner(ctx, query, args)
		case st == nil:
			res, err = c.execInner(ctx, query, args)
		case o == opQuery:
			rows, err = stmtQuery(ctx, st.inner, args)
		default:
			res, err = stmtExec(ctx, st.inner, args)
		}
		if err == nil {
			break
		}
		var retry bool
		if retry, err = c.recoverStale(ctx, query, err, attempt); !retry {
			break
		}
		// recoverStale renewed c: sync has nothing left to do unless the
		// epoch moved again meanwhile; st is prepared again.
		if st == nil {
			err = c.sync(ctx)
		} else {
			err = st.ready(ctx)
		}
		if err != nil {
			break
		}
	}
	if err != nil {
		err = c.refusedError(ctx, query, args, st != nil, err)
	}
	if isDDL {
		if perr := c.afterDDL(ctx, err); err == nil && perr != nil {
			if rows != nil {
				rows.Close()
			}
			err = perr
		}
	} else if c.pendingDDL {
		c.settle()
	}
	if o == opExec {
		return res, nil, err
	}
	if err != nil {
		return nil, nil, err
	}
	return nil, c.wrapRows(query, rows), nil
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
	//lint:ignore SA1019 the inner conn has only the pre-context Execer
	return c.inner.(driver.Execer).Exec(query, dargs)
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
	//lint:ignore SA1019 the inner conn has only the pre-context Queryer
	return c.inner.(driver.Queryer).Query(query, dargs)
}

// refusedError returns err as an *InvalidValueError when the engine says it
// refused one of the statement's values for its SQL type (text that is not
// a UUID, or a byte slice that is not 16 bytes long, for a uuid column or
// parameter), naming what the engine can tell; otherwise err unchanged. It runs on the error path only.
func (c *conn) refusedError(ctx context.Context, query string, args []driver.NamedValue, prepared bool, err error) error {
	if c.c.eng.refused == nil {
		return err
	}
	r := c.c.eng.refused(ctx, c.inner, query, args, prepared, err)
	if r == nil {
		return err
	}
	return &InvalidValueError{Type: r.Type, Table: r.Table, Column: r.Column, Arg: r.Arg, Value: r.Value, Reason: r.Reason, Unknown: r.Unknown, Err: err}
}

// CheckNamedValue implements driver.NamedValueChecker: ferro's write-side
// conversion first (see bind.go), then the inner driver's own check,
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
