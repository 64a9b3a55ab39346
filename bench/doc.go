// Package bench compares ferro with the raw drivers and with peer libraries
// (GORM, sqlx, scany) side by side in one `go test -bench` run.
//
// It is its own module so that the peers never enter ferro's go.mod.
// Postgres benchmarks read FERRO_TEST_POSTGRES_DSN and are skipped without it.
// See docs/performance.md for the commands and the recorded results.
package bench
