// Package inspectschema holds the schema the Inspect benchmarks read (issue
// 3): [Tables] tables of [Columns] columns, each with a unique index, a
// two-column index, an index on its foreign key column and a foreign key to
// the previous table.
//
// # Two forms of one schema
//
// [SQLiteDDL] is the schema as SQLite DDL text, for the GORM benchmark in
// bench/inspectbench/gormsqlite. That package links GORM's pure-Go SQLite
// driver (github.com/glebarez/go-sqlite), which registers the database/sql
// driver name "sqlite" as modernc.org/sqlite (inside ferro) does, so it must
// not import ferro's catalog: this package imports nothing but the standard
// library.
//
// Package catalogschema builds the same schema as a *schema.Schema for the
// ferro benchmark (bench/inspect_test.go), which creates it with
// catalog.Render and checks Inspect against it. Its test pins that
// catalog.Render of that schema for SQLite is exactly [SQLiteDDL], so both
// benchmarks read the same tables.
package inspectschema
