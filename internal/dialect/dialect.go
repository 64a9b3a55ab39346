// Package dialect is what the engines share: the small interfaces each SQL
// dialect implements (Dialect, Migrator, ChangeRenderer and the optional
// capabilities found by type assertion), the engine registry, the DDL both
// dialects spell alike, literal normalisation and the expression lexer. The
// schema model and the typed changes are the public package schema; code
// here never branches on a dialect's name.
package dialect

import (
	"context"

	"github.com/ferrosql/ferro/schema"
)

// MaxIdentLen is the longest identifier, in bytes, that ferro accepts or
// generates: PostgreSQL's limit (NAMEDATALEN-1), applied on every dialect so
// a schema is portable.
const MaxIdentLen = 63

// ReservedPrefix starts the names of ferro's own bookkeeping tables. Models
// may not use it and Inspect leaves such tables out.
const ReservedPrefix = "ferro_"

// Dialect is implemented by each supported SQL dialect. Values are stateless
// and safe for concurrent use. Optional capabilities (for example ALTER
// rendering for the migrator) are separate interfaces found by type
// assertion.
type Dialect interface {
	// Name is the dialect's name (schema.SQLite, schema.Postgres).
	Name() schema.Dialect
	// ColumnType returns the type name the dialect declares for c. It errors
	// when the dialect cannot store c.Type faithfully.
	ColumnType(c *schema.Column) (string, error)
	// LiveType maps a live type spelling, as the dialect's catalog reports
	// it, to the canonical vocabulary; a spelling outside it is returned as
	// KindUnknown with Raw set, never guessed.
	LiveType(spelling string) schema.Type
	// ColumnDef renders c's definition exactly as CREATE TABLE declares it
	// and ALTER TABLE ... ADD COLUMN must: quoted name, type, NOT NULL,
	// DEFAULT and any per-column clause the dialect needs (identity,
	// SQLite's numeric(p,s) and uuid CHECKs). table is the table c belongs
	// to (under the name it is created with).
	ColumnDef(table string, c *schema.Column) (string, error)
	// CreateTable renders t as one CREATE TABLE statement followed by one
	// CREATE INDEX statement per index, in a deterministic order, every
	// identifier quoted. Statements carry no trailing semicolon.
	CreateTable(t *schema.Table) ([]string, error)
	// Inspect reads the tables of the current schema (Postgres
	// current_schema(), SQLite main) with a constant number of queries.
	Inspect(ctx context.Context, q schema.ExecQuerier) (*schema.Schema, error)
	// QuoteRef quotes the name of a table a foreign key references, as
	// Inspect reports it (PostgreSQL: "schema.table" for a table of
	// another schema).
	QuoteRef(name string) string
}

// ForeignKeyAdder is implemented by dialects that check a foreign key's
// referenced table when the key is created (Postgres) and can add a key to an
// existing table. Rendering a schema whose foreign keys form a cycle then
// creates such keys after all tables. Dialects without it (SQLite) keep every
// key inside CREATE TABLE.
type ForeignKeyAdder interface {
	AddForeignKey(table string, fk *schema.ForeignKey) string
}
