package ferro

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"sync"

	"github.com/ferrosql/ferro/internal/bind"
	"github.com/ferrosql/ferro/internal/dialect"
	_ "github.com/ferrosql/ferro/internal/dialect/all" // registers the engines
	"github.com/ferrosql/ferro/internal/sqltext"
	"github.com/ferrosql/ferro/schema"
)

// engine is what the wrapper needs to know about one inner driver. The
// generic wrapper code never compares dialect names; it asks the engine.
type engine struct {
	dialect schema.Dialect
	// isDriver reports whether an inner driver.Driver is this engine's.
	isDriver func(driver.Driver) bool
	// open opens the inner connector for a DSN given to sql.Open;
	// keepAlive asks to hold one connection for the life of the pool.
	open func(dsn string) (inner driver.Connector, keepAlive bool, err error)
	// checkDSN says what the driver cannot use in a DSN, quoting none of it.
	checkDSN func(dsn string) error
	// dsnForm is how the driver reads a DSN, for redaction.
	dsnForm sqltext.Form
	// renew drops every statement the inner connection caches. It reports
	// false when it cannot run now (Postgres inside a failed transaction).
	renew func(context.Context, driver.Conn) (bool, error)
	// inTx reports the server-side transaction state when the driver knows it.
	inTx func(driver.Conn) (inTx, known bool)
	// isStalePlan reports the server saying a cached plan no longer fits.
	isStalePlan func(error) bool
	// lostStatement reports, of a stale plan, a prepared statement the
	// server session does not have, which a pooler causes (see proxied).
	lostStatement func(error) bool
	// proxied reports whether a connection reaches the server through a
	// proxy; known is false when the connection cannot ask now.
	proxied func(ctx context.Context, c driver.Conn) (proxied, known bool, err error)
	// safeToRetry reports errors raised before anything reached the server.
	safeToRetry func(error) bool
	// reprepares is true when wrapped driver.Stmts must be prepared again
	// after a renewal (their server-side statements were dropped).
	reprepares bool
	// forms are the engine's write-side canonical forms (see bind.go).
	forms bind.Forms
	// native returns the connection's predicate for values its driver
	// encodes with a codec of its own (see bind.Forms.BindNative); nil: none.
	native func(c driver.Conn) func(v any) bool
	// publish tells the other pools on the database that the schema
	// changed, inside the connection's transaction if any; false when the
	// connection is not one the engine can reach. nil: nothing to publish
	// on (SQLite: processes share the file, see docs/epoch.md).
	publish func(ctx context.Context, c driver.Conn, origin string) (bool, error)
	// watch starts following the changes other pools publish on a
	// dedicated connection c; connect opens another connection when the
	// engine must prove delivery end to end. nil when the engine has no
	// such channel.
	watch func(ctx context.Context, c driver.Conn, connect func(context.Context) (driver.Conn, error)) (watcher, error)
	// installNotifier installs the trigger that publishes DDL by anyone
	// (see InstallSchemaNotifier); nil: the engine has none.
	installNotifier func(ctx context.Context, db *sql.DB) error
	// cutTimeParam removes SQLiteTimeParam from a DSN; nil: the engine
	// does not know it.
	cutTimeParam func(dsn string) (out string, driverTime bool, err error)
	// cutListenParam removes the listener's DSN parameter (see WithListen).
	cutListenParam func(dsn string) (out string, on, set bool, err error)
	// refused reads a value the engine refused for its SQL type out of a
	// statement's error (see refusedError); nil: the engine reports none.
	refused func(ctx context.Context, c driver.Conn, query string, args []driver.NamedValue, prepared bool, err error) *dialect.Refusal
	// setup prepares each new inner connection before it is wrapped; nil:
	// nothing to prepare.
	setup func(c driver.Conn)
}

// watcher is a dialect's follower of published schema changes.
type watcher = dialect.Watcher

// wrapped holds each registered engine (see internal/dialect's registry)
// wrapped once for the driver code: *dialect.Engine -> *engine. Engines
// are looked up when a connector is made, so an engine registered after
// this package's init (a test's toy engine) is found by NewConnector.
var wrapped sync.Map

func wrap(e *dialect.Engine) *engine {
	if w, ok := wrapped.Load(e); ok {
		return w.(*engine)
	}
	h := e.Conn
	w, _ := wrapped.LoadOrStore(e, &engine{
		dialect: e.Name, isDriver: h.IsDriver, open: h.OpenConnector, checkDSN: h.CheckDSN, dsnForm: h.DSNForm, renew: h.Renew, inTx: h.InTx,
		isStalePlan: h.IsStalePlan, lostStatement: h.LostStatement, proxied: h.Proxied, safeToRetry: h.SafeToRetry, reprepares: h.Reprepares, forms: h.Bind, native: h.Native,
		publish: h.Publish, watch: watchWith(h), installNotifier: h.InstallNotifier, cutListenParam: h.CutListenParam, cutTimeParam: h.CutTimeParam, refused: h.Refused, setup: h.Setup,
	})
	return w.(*engine)
}

// watchWith adapts the engine's Watch hook: the probe that proves delivery
// runs on a connection of its own, opened by connect.
func watchWith(h dialect.ConnHooks) func(ctx context.Context, c driver.Conn, connect func(context.Context) (driver.Conn, error)) (watcher, error) {
	if h.Watch == nil {
		return nil
	}
	return func(ctx context.Context, c driver.Conn, connect func(context.Context) (driver.Conn, error)) (watcher, error) {
		probe := func(ctx context.Context, payload string) error {
			pc, err := connect(ctx)
			if err != nil {
				return err
			}
			defer pc.Close()
			return h.Probe(ctx, pc, payload)
		}
		return h.Watch(ctx, c, probe)
	}
}

// engineFor returns the registered engine named d, nil when none is.
func engineFor(d schema.Dialect) *engine {
	if e, ok := dialect.Lookup(d); ok {
		return wrap(e)
	}
	return nil
}

// detectEngine returns the registered engine whose inner driver d is, nil
// when none is.
func detectEngine(d driver.Driver) *engine {
	if e, ok := dialect.ForDriver(d); ok {
		return wrap(e)
	}
	return nil
}
