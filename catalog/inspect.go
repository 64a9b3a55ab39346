package catalog

import (
	"context"
	"database/sql/driver"
	"fmt"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	_ "github.com/ferrosql/ferro/internal/dialect/all" // registers the engines
	"github.com/ferrosql/ferro/schema"
)

func lookup(d schema.Dialect) (dialect.Dialect, error) {
	e, ok := dialect.Lookup(d)
	if !ok {
		return nil, fmt.Errorf("%w %q: use %q or %q", ErrUnknownDialect, d, schema.SQLite, schema.Postgres)
	}
	return e.Catalog, nil
}

// Detect names the dialect q talks to: schema.SQLite or schema.Postgres.
//
// For a *sql.DB it looks at the driver (modernc.org/sqlite, pgx stdlib, or a
// driver with a `Dialect() string` method, such as ferro's) without any
// query. Otherwise (a *sql.Conn, a *sql.Tx) it sends each engine's probe
// statement with ExecContext until one succeeds: `SELECT current_schema()`,
// which succeeds only on Postgres, where an Exec without arguments uses
// pgx's simple protocol (no statement is prepared or cached); then `SELECT
// sqlite_version()` for SQLite. The probe cannot break a Postgres
// transaction, because the Postgres query is the one tried first, and a
// failing statement does not end a SQLite transaction. When none succeeds
// Detect returns an error wrapping ErrUnknownDialect and every cause.
func Detect(ctx context.Context, q schema.ExecQuerier) (schema.Dialect, error) {
	if dq, ok := q.(interface{ Driver() driver.Driver }); ok {
		if name := dialect.OfDriver(dq.Driver()); name != "" {
			return name, nil
		}
	}
	var causes []string
	for _, e := range dialect.Probes() {
		_, err := q.ExecContext(ctx, e.Probe)
		if err == nil {
			return e.Name, nil
		}
		causes = append(causes, fmt.Sprintf("%s: %v", e.Name, err))
	}
	return "", fmt.Errorf("%w: not a connection of any engine ferro knows (%s); use InspectDialect to name it", ErrUnknownDialect, strings.Join(causes, "; "))
}

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

// InspectDialect is Inspect for a known dialect d, without the probe.
func InspectDialect(ctx context.Context, q schema.ExecQuerier, d schema.Dialect) (*schema.Schema, error) {
	cd, err := lookup(d)
	if err != nil {
		return nil, err
	}
	return cd.Inspect(ctx, q)
}
