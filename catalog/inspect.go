package catalog

import (
	"context"
	"database/sql/driver"
	"fmt"

	"github.com/ferrosql/ferro/internal/dialect"
	_ "github.com/ferrosql/ferro/internal/dialect/all" // registers the engines
	"github.com/ferrosql/ferro/schema"
)

// Dialect names accepted by InspectDialect and Render.
const (
	SQLite   = "sqlite"
	Postgres = "postgres"
)

func lookup(name string) (dialect.Dialect, error) {
	e, ok := dialect.Lookup(name)
	if !ok {
		return nil, fmt.Errorf("%w %q: use %q or %q", ErrUnknownDialect, name, SQLite, Postgres)
	}
	return e.Catalog, nil
}

// Detect names the dialect q talks to: "sqlite" or "postgres".
//
// For a *sql.DB it looks at the driver (modernc.org/sqlite, pgx stdlib, or a
// driver with a `Dialect() string` method, such as ferro's) without any
// query. Otherwise (a *sql.Conn, a *sql.Tx) it sends `SELECT
// current_schema()` with ExecContext: it succeeds only on Postgres, where an
// Exec without arguments uses pgx's simple protocol (no statement is
// prepared or cached); when it fails, `SELECT sqlite_version()` must succeed
// for SQLite. The probe cannot break a Postgres transaction, because the
// Postgres query is the one tried first, and a failing statement does not
// end a SQLite transaction. When neither succeeds Detect returns an error
// wrapping ErrUnknownDialect and both causes.
func Detect(ctx context.Context, q schema.ExecQuerier) (string, error) {
	if dq, ok := q.(interface{ Driver() driver.Driver }); ok {
		if name := driverDialect(dq.Driver()); name != "" {
			return name, nil
		}
	}
	_, pgErr := q.ExecContext(ctx, "SELECT current_schema()")
	if pgErr == nil {
		return Postgres, nil
	}
	_, liteErr := q.ExecContext(ctx, "SELECT sqlite_version()")
	if liteErr == nil {
		return SQLite, nil
	}
	return "", fmt.Errorf("%w: neither a PostgreSQL (%v) nor a SQLite (%v) connection; use InspectDialect to name it", ErrUnknownDialect, pgErr, liteErr)
}

func driverDialect(d driver.Driver) string { return dialect.OfDriver(d) }

// Inspect reads the live schema q talks to, after finding its dialect with
// Detect: the tables of Postgres's current_schema() or of SQLite's main
// database, without the engines' own tables and ferro's (prefix ferro_).
// It sends a constant number of queries (SQLite 4, Postgres 1, plus at most
// two probe statements when q is not a *sql.DB), whatever the number of
// tables, and their cost grows linearly with the schema's objects; on
// Postgres the query carries pgx.QueryExecModeExec, so no statement is
// prepared or cached. What is and is not modelled is listed in
// docs/models.md: views are listed by name, triggers ignored, native
// Postgres enums and other unmodelled types are unknown(...), partial and
// expression indexes carry their predicate and expressions, other schemas
// are ignored.
func Inspect(ctx context.Context, q schema.ExecQuerier) (*schema.Schema, error) {
	name, err := Detect(ctx, q)
	if err != nil {
		return nil, err
	}
	return InspectDialect(ctx, q, name)
}

// InspectDialect is Inspect for a known dialect ("sqlite" or "postgres"),
// without the probe.
func InspectDialect(ctx context.Context, q schema.ExecQuerier, dialectName string) (*schema.Schema, error) {
	d, err := lookup(dialectName)
	if err != nil {
		return nil, err
	}
	return d.Inspect(ctx, q)
}
