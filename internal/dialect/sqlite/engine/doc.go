// Package engine joins the SQLite dialect (package sqlite: types, DDL,
// introspection, the migrator's protocol) with its database driver,
// modernc.org/sqlite, and registers the result as the "sqlite" engine in
// the dialect registry (internal/dialect/registry.go) from init.
//
// # Why a package of its own
//
// Package sqlite links no driver, so that its parsers (LiveType, the
// CREATE TABLE reader) fuzz at the speed of the parser: go test -fuzz
// instruments every package linked into the test binary and scans all
// their coverage counters on each input, and modernc.org/sqlite's
// outnumber the parser's many times over (issue 13 item 13). Everything
// that needs the driver is here: opening connectors with ferro's DSN defaults (conn.go), the DSN
// check (dsn.go), the wrapper's hooks (engine.go), and the tests that run
// the dialect's SQL on the real engine.
//
// Import internal/dialect/all rather than this package.
package engine
