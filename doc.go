// Package ferro is a database/sql driver wrapper for SQLite and PostgreSQL
// with a struct-driven migrator. Existing database/sql code keeps working;
// what changes is that no statement cache ever serves a stale shape after
// DDL, values are written in one canonical form per backend, and
// [Migrate] brings the schema in line with Go structs.
//
// # Drivers
//
// Importing the package registers two drivers:
//
//	import _ "github.com/ferrosql/ferro"
//
//	db, err := sql.Open("ferro-sqlite", "file:app.db")   // modernc.org/sqlite inside
//	db, err := sql.Open("ferro-postgres", dsn)           // jackc/pgx/v5/stdlib inside
//
// The DSN goes to the inner driver unchanged, with two SQLite defaults:
// every connection gets PRAGMA foreign_keys=ON and a 5 s busy timeout unless
// the DSN sets them (_pragma=foreign_keys(0), _pragma=busy_timeout(N), or
// the _fk/_timeout shorthands). An in-memory SQLite DSN (":memory:",
// "file::memory:", mode=memory) names one database per *sql.DB, shared by
// every connection of its pool and kept alive until db.Close: plain
// ":memory:" would give each pooled connection its own empty database.
//
// To configure the inner driver in code (pgx TLS, QueryExecMode, statement
// cache size), wrap its connector with [NewConnector] and open it with
// sql.OpenDB. [InnerConn] reaches the inner connection from (*sql.Conn).Raw,
// for example for pgx's CopyFrom.
//
// # Schema epoch
//
// With plain pgx, a cached statement fails after DDL changes its result
// shape ("cached plan must not change result type"), once per pooled
// connection and forever for a *sql.Stmt prepared before the DDL. ferro
// keeps one counter per database, the schema epoch, bumped by every DDL
// statement it runs, by a transaction that ran DDL when it ends, by the
// server reporting a stale plan (DDL made by another process), by
// [BumpSchemaEpoch] and by [Migrate]. A connection that is behind renews its
// caches before its next statement, and prepared statements are prepared
// again transparently. A stale-plan error outside a transaction is recovered
// by renewing and running the statement once more; inside a transaction it
// is returned as [ErrSchemaChanged] (roll back and retry). Checking the
// epoch costs one atomic load per statement.
//
// DDL made by another process is seen through the server's errors. pgx's
// default mode (QueryExecModeCacheStatement) and the DescribeExec, Exec and
// simple-protocol modes are fully covered. With QueryExecModeCacheDescribe
// a change in the number of result columns is caught too, but a column type
// change made elsewhere that keeps the column count raises no error (pgx
// decodes with its cached description): with that mode, call
// [BumpSchemaEpoch] after external DDL. On SQLite, modernc re-prepares a
// statement whose schema changed by itself, and ferro keeps no per-query
// shape cache there, so external DDL needs nothing from ferro.
//
// # Concurrency
//
// Everything ferro hands out follows database/sql's rules: a *sql.DB is safe
// for concurrent use; driver connections are used by one goroutine at a time.
//
// # Errors and secrets
//
// Errors ferro writes are prefixed "ferro: " and never contain a DSN
// password or secret parameter; see [Redact]. Errors about a DSN opened by
// name (sql.Open) never quote its secrets either, whoever wrote them: a
// DSN ferro cannot use fails at sql.Open with an error that says which part
// failed (a URL scheme of another ecosystem such as postgres+srv:// is
// refused by name), and an error from connecting (pgx, the server, SQLite)
// that quotes a secret is scrubbed, or withheld when a secret is quoted only
// in part.
package ferro
