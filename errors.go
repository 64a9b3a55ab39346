package ferro

import (
	"errors"
)

// ErrSchemaChanged reports that a statement failed because the schema
// changed under a statement the server had cached (Postgres SQLSTATE 0A000
// "cached plan must not change result type" or 26000 "prepared statement
// does not exist"), inside a transaction, where ferro cannot run it again:
// on Postgres the transaction is aborted. (When it is the first statement
// of a transaction begun through BeginTx, nothing has run yet, and ferro
// begins the transaction again with the same options and runs the
// statement there: the caller does not see the error.) Roll back and run the transaction
// again; ferro has already bumped the schema epoch, so the retry runs on
// renewed statements. Outside a transaction ferro renews and runs the
// statement again by itself, up to 8 attempts in all; the caller sees this
// error only when the schema changed under the statement before each of
// them (a storm of DDL), and can simply run it again.
//
// Every stale-plan error ferro returns is a *SchemaChangedError: the
// server's own error (SQLSTATE 0A000, 26000 or 08P01, recognised by code
// and the server's untranslated routine name, so any lc_messages works)
// never reaches the caller unwrapped.
//
// Test for it with errors.Is; the error also unwraps to the driver's own
// error (for example *pgconn.PgError).
var ErrSchemaChanged = errors.New("ferro: schema changed under a cached statement")

// ErrNotFerro is returned by functions that take a *sql.DB, such as
// [SchemaEpoch], when the database was not opened through ferro.
var ErrNotFerro = errors.New(`ferro: *sql.DB was not opened through ferro: open it with sql.Open("ferro-sqlite"|"ferro-postgres", dsn) or sql.OpenDB(ferro.NewConnector(inner))`)

// SchemaChangedError is the error behind [ErrSchemaChanged].
type SchemaChangedError struct {
	// Query is the statement that failed.
	Query string
	// Err is the driver's error.
	Err error
	// Attempts is how many times the statement ran and met a stale plan:
	// 1 inside a transaction, the retry bound outside one.
	Attempts int
}

func (e *SchemaChangedError) Error() string {
	return "ferro: schema changed under a cached statement; run it again, after rolling back if it was inside a transaction (ferro has renewed its statements for the retry): " + e.Err.Error()
}

// Unwrap returns the driver's error.
func (e *SchemaChangedError) Unwrap() error { return e.Err }

// Is reports whether target is ErrSchemaChanged.
func (e *SchemaChangedError) Is(target error) bool { return target == ErrSchemaChanged }
