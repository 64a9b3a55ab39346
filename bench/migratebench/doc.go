// Package migratebench compares ferro.Migrate with GORM's AutoMigrate (on
// PostgreSQL; GORM on SQLite is in the gormsqlite subpackage, because
// GORM's pure-Go SQLite driver and ferro's cannot share a binary) and ferro's
// SQLite table rebuild with a bare copy, side by side in one run:
//
//	cd bench && go test -run '^$' -bench Migrate -benchmem ./migratebench/...
//
// Results and the exact commands are in docs/performance.md.
package migratebench
