// Package gormsqlite benchmarks GORM's AutoMigrate on SQLite for the
// migrate comparison in bench/migratebench. It is a package of its own
// because GORM's pure-Go SQLite dialector (github.com/glebarez/sqlite)
// links github.com/glebarez/go-sqlite, which registers the database/sql
// driver name "sqlite" that modernc.org/sqlite (inside ferro) registers too:
// the two cannot share a binary. glebarez/go-sqlite runs the same SQLite
// engine (modernc.org/sqlite/lib, resolved to the version ferro uses) behind
// an older copy of modernc's Go driver layer.
package gormsqlite
