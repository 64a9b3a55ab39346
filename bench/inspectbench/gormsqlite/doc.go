// Package gormsqlite benchmarks GORM's schema reading on SQLite for the
// catalog.Inspect comparison of issue 3 (bench/inspect_test.go,
// BenchmarkInspect): GORM's Migrator().GetTables, then ColumnTypes and
// GetIndexes for every table, over the same 200-table schema
// (bench/internal/inspectschema), with every statement counted
// (bench/internal/migcount).
//
// # Why a package of its own
//
// GORM's pure-Go SQLite dialector (github.com/glebarez/sqlite) links
// github.com/glebarez/go-sqlite, which registers the database/sql driver
// name "sqlite" that modernc.org/sqlite (inside ferro) registers too, so the
// two cannot share a test binary. This package therefore imports nothing of
// ferro; the schema is created from inspectschema.SQLiteDDL, which a test
// pins to be exactly what catalog.Render writes for ferro's benchmark.
// glebarez/go-sqlite runs the same SQLite engine (modernc.org/sqlite/lib,
// resolved to the version ferro uses) behind an older copy of modernc's Go
// driver layer.
package gormsqlite
