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
