// Package engine joins the PostgreSQL dialect (package postgres: types,
// DDL, introspection, the migrator's protocol) with its database driver,
// pgx v5 and its stdlib, and registers the result as the "postgres" engine
// in the dialect registry (internal/dialect/registry.go) from init.
//
// # Why a package of its own
//
// Package postgres links no driver, so that its parsers (LiveType, the
// check-constraint reader) fuzz at the speed of the parser: go test -fuzz
// instruments every package linked into the test binary and scans all
// their coverage counters on each input, and pgx's outnumber the parser's
// many times over (issue 13 item 13). Everything that needs the driver is here: the
// connector and the wrapper's hooks (conn.go, engine.go), the DSN check
// (dsn.go), the fleet epoch's NOTIFY, LISTEN and notifier trigger
// (fleet.go), the query modes package postgres asks pgx for, and the tests
// that run the dialect's SQL on the real engine.
//
// Import internal/dialect/all rather than this package.
package engine
