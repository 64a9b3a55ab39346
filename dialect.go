package ferro

import (
	"context"
	"database/sql/driver"

	"github.com/ferrosql/ferro/coerce"

	"github.com/ferrosql/ferro/internal/dialect/postgres"
	"github.com/ferrosql/ferro/internal/dialect/sqlite"
)

// Dialect names a database engine ferro supports.
type Dialect string

// The dialects ferro supports.
const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// engine is what the wrapper needs to know about one inner driver. The
// generic wrapper code never compares dialect names; it asks the engine.
type engine struct {
	dialect Dialect
	// isDriver reports whether an inner driver.Driver is this engine's.
	isDriver func(driver.Driver) bool
	// renew drops every statement the inner connection caches. It reports
	// false when it cannot run now (Postgres inside a failed transaction).
	renew func(context.Context, driver.Conn) (bool, error)
	// inTx reports the server-side transaction state when the driver knows it.
	inTx func(driver.Conn) (inTx, known bool)
	// isStalePlan reports the server saying a cached plan no longer fits.
	isStalePlan func(error) bool
	// safeToRetry reports errors raised before anything reached the server.
	safeToRetry func(error) bool
	// reprepares is true when wrapped driver.Stmts must be prepared again
	// after a renewal (their server-side statements were dropped).
	reprepares bool
	// bindAs selects coerce's write-side canonical forms.
	bindAs coerce.Dialect
	// publish tells the other pools on the database that the schema
	// changed, inside the connection's transaction if any; false when the
	// connection is not one the engine can reach. nil: nothing to publish
	// on (SQLite: processes share the file, see docs/architecture.md).
	publish func(ctx context.Context, c driver.Conn, origin string) (bool, error)
	// watch starts following the changes other pools publish on a
	// dedicated connection c; connect opens another connection when the
	// engine must prove delivery end to end. nil when the engine has no
	// such channel.
	watch func(ctx context.Context, c driver.Conn, connect func(context.Context) (driver.Conn, error)) (watcher, error)
	// cutListenParam removes the listener's DSN parameter (see WithListen).
	cutListenParam func(dsn string) (out string, on, set bool, err error)
}

// watcher is a dialect's follower of published schema changes.
type watcher interface {
	// Next blocks until the next change and returns its origin.
	Next(ctx context.Context) (origin string, err error)
	Close() error
}

var (
	sqliteEngine = &engine{
		dialect:     SQLite,
		isDriver:    sqlite.IsDriver,
		renew:       sqlite.RenewConn,
		inTx:        sqlite.InTx,
		isStalePlan: sqlite.IsStalePlan,
		safeToRetry: sqlite.IsSafeToRetry,
		bindAs:      coerce.SQLite,
	}
	postgresEngine = &engine{
		dialect:     Postgres,
		isDriver:    postgres.IsDriver,
		renew:       postgres.RenewConn,
		inTx:        postgres.InTx,
		isStalePlan: postgres.IsStalePlan,
		safeToRetry: postgres.IsSafeToRetry,
		reprepares:  true,
		bindAs:      coerce.Postgres,
		publish:     postgres.Publish,
		watch: func(ctx context.Context, c driver.Conn, connect func(context.Context) (driver.Conn, error)) (watcher, error) {
			probe := func(ctx context.Context, payload string) error {
				pc, err := connect(ctx)
				if err != nil {
					return err
				}
				defer pc.Close()
				return postgres.Probe(ctx, pc, payload)
			}
			w, err := postgres.Watch(ctx, c, probe)
			if err != nil {
				return nil, err
			}
			return w, nil
		},
		cutListenParam: postgres.CutListenParam,
	}
	engines = []*engine{sqliteEngine, postgresEngine}
)

func engineFor(d Dialect) *engine {
	for _, e := range engines {
		if e.dialect == d {
			return e
		}
	}
	return nil
}

func detectEngine(d driver.Driver) *engine {
	for _, e := range engines {
		if e.isDriver(d) {
			return e
		}
	}
	return nil
}
