package ferro

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ferrosql/ferro/internal/epoch"
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
// A 26000 is a stale plan only on a connection to the server itself. Behind
// a connection pooler that runs each transaction on any server session
// (PgBouncer in pool_mode=transaction), it means the pooler ran a statement
// pgx prepared on another session: no schema changed, and ferro returns an
// error that says so and what to change in the pooler or the DSN, which is
// not ErrSchemaChanged (it unwraps to the driver's error).
//
// Test for it with errors.Is; the error also unwraps to the driver's own
// error (for example *pgconn.PgError).
var ErrSchemaChanged = errors.New("ferro: schema changed under a cached statement")

// ErrNotFerro is returned (wrapped) by the functions that take a *sql.DB
// that must have been opened through ferro, when it was not:
// [SchemaEpoch], [BumpSchemaEpoch], [BumpSchemaEpochContext],
// [InstallSchemaNotifier], [Migrate], [MigrateContext], and migrate's
// Plan.Apply. It is the same value as migrate.ErrNotFerro. Test for it with
// errors.Is.
var ErrNotFerro = epoch.ErrNotFerro

// errNotFerro is ErrNotFerro with how to open the database through ferro.
var errNotFerro = fmt.Errorf(`%w: open it with sql.Open("ferro-sqlite"|"ferro-postgres", dsn) or sql.OpenDB(ferro.NewConnector(inner))`, ErrNotFerro)

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

// ErrInvalidValue is wrapped by every [*InvalidValueError]: the database
// refused a statement's value for the SQL type of the column or parameter
// it was written to. Test for it with errors.Is.
var ErrInvalidValue = errors.New("ferro: value refused for its SQL type")

// InvalidValueError reports a value the database refused for the SQL type
// it was written to, at write time, naming what the engine can tell. Today
// that is a value that is not a UUID, for a uuid column or parameter:
//
//   - on PostgreSQL the server refuses text it cannot read (SQLSTATE
//     22P02), and ferro refuses a byte slice ([]byte, json.RawMessage ...)
//     whose length is not 16, which pgx would otherwise pad or cut to 16
//     bytes without a word (Reason says so); ferro names the argument, from
//     the statement's parameter types; the server does not say which
//     column;
//   - on SQLite the column's CHECK refuses it (ferro declares every uuid
//     column with one, see docs/coercion.md), and ferro names the table and
//     the column; SQLite does not say which argument.
//
// Only canonical UUID text (36 characters, lowercase hex 8-4-4-4-12, the
// form ferro binds a uuid.UUID in) is a uuid on SQLite, never a blob;
// PostgreSQL also reads upper case, braces and bare hex digits, and 16
// bytes. Err is the driver's error.
type InvalidValueError struct {
	// Type is the SQL type ("uuid").
	Type string
	// Table and Column are where the value went; empty when the engine
	// does not say (PostgreSQL).
	Table, Column string
	// Arg names the argument: its position from 1 ("2"), or its name;
	// empty when the engine does not say (SQLite) or cannot (Unknown).
	Arg string
	// Value is the argument's value when Arg is set.
	Value any
	// Reason says what is wrong with a value that is not text (a byte
	// slice); empty for text the engine cannot read as Type.
	Reason string
	// Unknown says why the argument could not be named on an engine that
	// names it, e.g. inside a transaction the error aborted.
	Unknown string
	// Err is the driver's error.
	Err error
}

func (e *InvalidValueError) Error() string {
	var b strings.Builder
	b.WriteString("ferro: ")
	switch {
	case e.Arg != "" && e.Reason != "":
		fmt.Fprintf(&b, "argument %s (%s, a %T): %s", e.Arg, e.Type, e.Value, e.Reason)
		b.WriteString("; write a uuid.UUID, a [16]byte, or the UUID's text as a string")
	case e.Reason != "":
		fmt.Fprintf(&b, "an argument of a %s parameter of the statement: %s", e.Type, e.Reason)
		if e.Unknown != "" {
			b.WriteString(" (ferro cannot say which: " + e.Unknown + ")")
		}
	case e.Arg != "":
		v := fmt.Sprint(e.Value)
		if s, ok := e.Value.([]byte); ok {
			v = string(s)
		}
		fmt.Fprintf(&b, "argument %s (%s): value %q is not %s text", e.Arg, e.Type, v, e.Type)
		b.WriteString("; write a uuid.UUID, or text the server reads as a UUID")
	case e.Column != "":
		fmt.Fprintf(&b, "%s.%s (%s): the value written is not %s text in canonical form (36 characters: lowercase hex digits 8-4-4-4-12)", e.Table, e.Column, e.Type, e.Type)
		b.WriteString("; write a uuid.UUID (ferro binds it in that form), or lowercase canonical text")
	default:
		fmt.Fprintf(&b, "a %s parameter of the statement, or a literal in its text, is not %s text", e.Type, e.Type)
		if e.Unknown != "" {
			b.WriteString(" (ferro cannot say which: " + e.Unknown + ")")
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the driver's error.
func (e *InvalidValueError) Unwrap() error { return e.Err }

// Is reports whether target is ErrInvalidValue.
func (e *InvalidValueError) Is(target error) bool { return target == ErrInvalidValue }
