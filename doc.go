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
// The DSN goes to the inner driver unchanged, with three SQLite defaults:
// every connection gets PRAGMA foreign_keys=ON and a 5 s busy timeout unless
// the DSN sets them (_pragma=foreign_keys(0), _pragma=busy_timeout(N), or
// the _fk/_timeout shorthands), and a database file is put in WAL mode
// unless the DSN sets a journal mode (_pragma=journal_mode(delete)): in the
// default rollback-journal mode, readers keep a writer out until its busy
// timeout expires, in WAL mode they never block it. On Postgres ferro reads
// and removes one parameter of its own, ferro_listen (see Fleet epoch). An in-memory SQLite DSN (":memory:",
// "file::memory:", mode=memory) names one database per *sql.DB, shared by
// every connection of its pool and kept alive until db.Close: plain
// ":memory:" would give each pooled connection its own empty database.
//
// To configure the inner driver in code (pgx TLS, QueryExecMode, statement
// cache size), wrap its connector with [NewConnector] and open it with
// sql.OpenDB, or register a pgx ConnConfig with stdlib.RegisterConnConfig
// and open the name it returns, as with pgx:
// sql.Open("ferro-postgres", stdlib.RegisterConnConfig(cfg)). [InnerConn]
// reaches the inner connection from (*sql.Conn).Raw, for example for pgx's
// CopyFrom.
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
// by renewing and running the statement again (up to 8 attempts, with a
// short random backoff from the third); inside a transaction, or after the
// last attempt, it is returned as [ErrSchemaChanged] (roll back if in a
// transaction, and retry). Stale plans are recognised by SQLSTATE and the
// server's untranslated routine name, so any lc_messages works. Checking
// the epoch costs one atomic load per statement.
//
// DDL made by another process is seen through the server's errors. pgx's
// default mode (QueryExecModeCacheStatement) and the DescribeExec, Exec and
// simple-protocol modes are fully covered. With QueryExecModeCacheDescribe
// a change in the number of result columns is caught too, but a column type
// change made elsewhere that keeps the column count raises no error (pgx
// decodes with its cached description): with that mode, install the
// notifier below or call [BumpSchemaEpoch] after external DDL. On SQLite,
// modernc re-prepares a statement whose schema changed by itself (PRAGMA
// schema_version), and ferro keeps no per-query shape cache there, so DDL
// by another process needs nothing from ferro.
//
// # Fleet epoch
//
// On Postgres every schema change a ferro pool makes (DDL, a transaction
// that ran DDL, [Migrate], [BumpSchemaEpoch]) is published with NOTIFY on
// the channel ferro_schema_change: inside the transaction that ran it, so it
// is delivered at commit and never after a rollback, or right after an
// auto-committed DDL statement. A pool opened with
// ferro_listen=on in the DSN (or [WithListen] for [OpenDB]) keeps one extra
// connection that listens, and bumps its epoch when another pool publishes:
// its connections renew before their next statement instead of failing,
// which spares transactions the ErrSchemaChanged rollback after another
// instance migrates with fast DDL (not a transaction already waiting behind
// the lock of a table rewrite). The listener reconnects with backoff when the server
// drops it (bumping once, since it may have missed a change) and is closed
// with the *sql.DB. It is off by default: it costs a server connection per
// *sql.DB and cannot work behind a pooler in transaction mode, where the
// first connection fails with an error saying so.
//
// [InstallSchemaNotifier] (superuser, once per database) adds an event
// trigger that publishes DDL run by any client, whatever its role, and
// bumps the row of ferro.schema_epoch in the DDL's transaction. A listening pool on a hot
// standby, where LISTEN is refused, reads that row every 200 ms instead: it
// reaches the standby in the WAL together with the new schema, so the pool
// renews exactly when the standby can serve the new shape.
//
// NOTIFY is per database: a listening pool bumps for DDL in any schema of
// its database. See docs/epoch.md, "The fleet epoch".
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
//
// A value the database refuses for its column's type at write time (text
// that is not a UUID, for a uuid column) is an [*InvalidValueError]
// wrapping [ErrInvalidValue], naming the argument (PostgreSQL) or the table
// and column (SQLite), and unwrapping to the driver's error.
package ferro
