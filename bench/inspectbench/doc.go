// Package inspectbench measures how catalog.Inspect scales with the number
// of tables (issue 12, item 6): the same schema shape as bench/inspect_test.go
// (bench/internal/inspectschema/catalogschema) at 100 and 1,000 tables, on
// SQLite and PostgreSQL, in one benchmark so the two sizes run interleaved.
//
// GORM on SQLite lives in the subpackage gormsqlite (see its doc comment for
// why it cannot share this test binary).
package inspectbench
