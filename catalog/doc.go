// Package catalog builds ferro's model of a database schema (package schema) from
// Go structs ([FromModels]) and reads it back from a live SQLite or
// PostgreSQL database ([Inspect]) in exactly the same form, so that the
// migrator can compare the two.
//
// # The model
//
// The schema model is package schema ([schema.Schema], [schema.Table],
// [schema.Column], [schema.Type] ...): plain data this package builds and
// reads, documented there and in docs/models.md.
//
// # Models
//
// See [FromModels] and docs/models.md for the `ferro` tag grammar, the Go
// type mapping and every error.
//
// # Names
//
// Generated names are idx_<table>_<cols>, uq_<table>_<cols>,
// fk_<table>_<cols>, ck_<table>_<col> and pk_<table>, cut to 63 bytes with a
// stable hash suffix when longer (docs/models.md, "Names"). Every identifier is
// quoted when rendered, so no model can inject SQL.
//
// # Dialects
//
// [Render] turns a schema into CREATE TABLE and CREATE INDEX statements for
// schema.SQLite or schema.Postgres (golden-tested; the SQLite and Postgres spellings
// of every type, the SQLite decimal storage rule and the auto-increment
// rules are in docs/models.md). [Inspect] finds the dialect of a *sql.DB,
// *sql.Conn or *sql.Tx with [Detect] and reads the live schema with a fixed
// number of set-based queries (SQLite four, PostgreSQL one), whatever the
// number of tables; [InspectDialect] names
// the dialect instead. The parity invariant holds on both engines and is
// tested: Inspect after executing Render(FromModels(m)) equals
// ForDialect(FromModels(m)), which is FromModels(m) itself unless m has
// native enums and the engine has none (SQLite stores them as text with
// the enum CHECK).
//
// # Concurrency
//
// All functions are safe for concurrent use. A returned *Schema belongs to
// the caller.
package catalog
