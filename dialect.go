package ferro

import (
	"context"
	"database/sql/driver"

	"github.com/ferrosql/ferro/coerce"

	"github.com/ferrosql/ferro/internal/dialect"
	_ "github.com/ferrosql/ferro/internal/dialect/all" // registers the engines
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
	// open opens the inner connector for a DSN given to sql.Open;
	// keepAlive asks to hold one connection for the life of the pool.
	open func(dsn string) (inner driver.Connector, keepAlive bool, err error)
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
}

// engines are the registered engines (see internal/dialect's registry),
// each wrapped once for the driver code.
var engines = func() []*engine {
	var out []*engine
	for _, e := range dialect.Engines() {
		h := e.Conn
		out = append(out, &engine{
			dialect: Dialect(e.Name), isDriver: h.IsDriver, open: h.OpenConnector, renew: h.Renew, inTx: h.InTx,
			isStalePlan: h.IsStalePlan, safeToRetry: h.SafeToRetry, reprepares: h.Reprepares, bindAs: h.BindAs,
		})
	}
	return out
}()

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
