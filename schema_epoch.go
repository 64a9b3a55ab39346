package ferro

import (
	"database/sql"

	"github.com/ferrosql/ferro/internal/epoch"
	"github.com/ferrosql/ferro/internal/sqltext"
)

// The schema epoch
//
// Every ferro connector (so every *sql.DB opened through ferro) owns one
// counter. It moves forward when
//   - a statement ferro classifies as DDL runs on any of its connections
//     (inside a transaction: when the transaction ends);
//   - the server reports that a cached plan went stale, which is how DDL
//     made by another process or pool shows up;
//   - BumpSchemaEpoch is called, for DDL ferro cannot see;
//   - ferro.Migrate applies a plan (or fails applying it).
// Each connection remembers the epoch it last renewed its caches for and, if
// the counter moved, renews them before its next statement: one atomic load
// on the hot path.

// SchemaEpoch returns the current schema epoch of db, which must have been
// opened through ferro (else the error is ErrNotFerro). The value only ever
// grows; it starts at 0.
func SchemaEpoch(db *sql.DB) (uint64, error) {
	src, err := source(db)
	if err != nil {
		return 0, err
	}
	return src.SchemaEpoch().Load(), nil
}

// BumpSchemaEpoch advances the schema epoch of db, so every connection
// renews its cached statements before its next use. Call it after DDL that
// ferro cannot see: DDL inside a DO block or a function, DDL run on the
// inner connection reached through InnerConn, or DDL run by another process
// on SQLite, where no server error signals it. It returns the new epoch, or
// ErrNotFerro when db was not opened through ferro.
func BumpSchemaEpoch(db *sql.DB) (uint64, error) {
	src, err := source(db)
	if err != nil {
		return 0, err
	}
	return src.BumpSchemaEpoch("BumpSchemaEpoch called"), nil
}

func source(db *sql.DB) (epoch.Source, error) {
	if db == nil {
		return nil, ErrNotFerro
	}
	src, ok := db.Driver().(epoch.Source)
	if !ok {
		return nil, ErrNotFerro
	}
	return src, nil
}

// IsDDL reports whether query holds a statement that ferro treats as a
// schema change (CREATE, ALTER, DROP, TRUNCATE, COMMENT ON, REINDEX, ...),
// ignoring comments and string literals. It never allocates.
func IsDDL(query string) bool { return sqltext.IsDDL(query) }

// Redact returns dsn with every password and secret-like parameter replaced,
// fit for logs and error messages. Every error and log line ferro writes
// uses it.
func Redact(dsn string) string { return sqltext.Redact(dsn) }
