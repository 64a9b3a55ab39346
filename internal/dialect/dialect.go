// Package dialect holds ferro's dialect-neutral schema model (the types
// package catalog re-exports as catalog.Schema, catalog.Table, ...) and the
// small interface each SQL dialect implements so that the shared catalog code
// never branches on the dialect's name.
//
// # Why the model lives here
//
// Package catalog calls the dialect packages (internal/dialect/sqlite,
// internal/dialect/postgres) to render and inspect, and the dialect packages
// need the model types; so the model sits below both. Code inside
// internal/dialect/... uses the names of this package (dialect.Table, ...)
// and must not import package catalog (that would be an import cycle);
// everything else should use the catalog aliases.
//
// # Conventions
//
// Tables keep their columns in declaration (live: ordinal) order. Indexes,
// foreign keys and checks are kept sorted by name, so two schemas describing
// the same database compare equal whatever order they were built in. The
// model is plain data: values are not safe for concurrent mutation, but may
// be read concurrently.
package dialect

import (
	"context"
	"database/sql"
)

// MaxIdentLen is the longest identifier, in bytes, that ferro accepts or
// generates: PostgreSQL's limit (NAMEDATALEN-1), applied on every dialect so
// a schema is portable.
const MaxIdentLen = 63

// ReservedPrefix starts the names of ferro's own bookkeeping tables. Models
// may not use it and Inspect leaves such tables out.
const ReservedPrefix = "ferro_"

// Querier is what introspection needs: *sql.DB, *sql.Conn and *sql.Tx all
// satisfy it (like atlas schema.ExecQuerier).
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// Dialect is implemented by each supported SQL dialect. Values are stateless
// and safe for concurrent use. Optional capabilities (for example ALTER
// rendering for the migrator) are separate interfaces found by type
// assertion.
type Dialect interface {
	// Name is "sqlite" or "postgres".
	Name() string
	// ColumnType returns the type name the dialect declares for c. It errors
	// when the dialect cannot store c.Type faithfully.
	ColumnType(c *Column) (string, error)
	// LiveType maps a live type spelling, as the dialect's catalog reports
	// it, to the canonical vocabulary; a spelling outside it is returned as
	// KindUnknown with Raw set, never guessed.
	LiveType(spelling string) Type
	// ColumnDef renders c's definition exactly as CREATE TABLE declares it
	// and ALTER TABLE ... ADD COLUMN must: quoted name, type, NOT NULL,
	// DEFAULT and any per-column clause the dialect needs (identity,
	// SQLite's numeric(p,s) and uuid CHECKs). table is the table c belongs
	// to (under the name it is created with).
	ColumnDef(table string, c *Column) (string, error)
	// CreateTable renders t as one CREATE TABLE statement followed by one
	// CREATE INDEX statement per index, in a deterministic order, every
	// identifier quoted. Statements carry no trailing semicolon.
	CreateTable(t *Table) ([]string, error)
	// Inspect reads the tables of the current schema (Postgres
	// current_schema(), SQLite main) with a constant number of queries.
	Inspect(ctx context.Context, q Querier) (*Schema, error)
}

// ForeignKeyAdder is implemented by dialects that check a foreign key's
// referenced table when the key is created (Postgres) and can add a key to an
// existing table. Rendering a schema whose foreign keys form a cycle then
// creates such keys after all tables. Dialects without it (SQLite) keep every
// key inside CREATE TABLE.
type ForeignKeyAdder interface {
	AddForeignKey(table string, fk *ForeignKey) string
}
