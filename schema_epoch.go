package ferro

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/ferrosql/ferro/internal/epoch"
	"github.com/ferrosql/ferro/internal/sqltext"
	"github.com/ferrosql/ferro/schema"
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

// BumpSchemaEpoch is [BumpSchemaEpochContext] with context.Background():
// on Postgres, the wait for a connection to publish on is not bounded.
func BumpSchemaEpoch(db *sql.DB) (uint64, error) {
	return BumpSchemaEpochContext(context.Background(), db)
}

// BumpSchemaEpochContext advances the schema epoch of db, so every
// connection renews its cached statements before its next use, and on
// Postgres publishes the change to every other listening ferro pool on the
// database (see [WithListen]). Call it after DDL that ferro cannot see: DDL
// inside a DO block or a function, or DDL run on the inner connection
// reached through InnerConn. ctx bounds the publication: the wait for a
// connection of db and the NOTIFY on it. It returns the new epoch, or
// ErrNotFerro when db was not opened through ferro, or the error of
// publishing, ctx's own when it ended first (the local epoch has moved all
// the same). Safe for concurrent use.
func BumpSchemaEpochContext(ctx context.Context, db *sql.DB) (uint64, error) {
	src, err := source(db)
	if err != nil {
		return 0, err
	}
	v, _, err := src.Announce(ctx, db, "BumpSchemaEpoch called")
	return v, err
}

// InstallSchemaNotifier makes every DDL statement on the Postgres database
// behind db, whoever runs it (psql, another ORM, golang-migrate), publish
// the change to the listening ferro pools (see [WithListen]) exactly as
// DDL run through ferro does. It creates, idempotently and in one
// transaction, the schema ferro with the one-row table ferro.schema_epoch,
// and an event trigger on ddl_command_end that bumps that row and sends the
// notification inside the DDL's own transaction. The row is what pools on a
// hot standby read (LISTEN is refused there), and it reaches the standby in
// the WAL together with the DDL.
//
// With it installed, the changes no server error reveals are covered too:
// a column type change made elsewhere under pgx's
// QueryExecModeCacheDescribe, for example. Creating an event trigger needs
// a superuser; for any other role it returns an error saying so and changes
// nothing. The trigger then works for the DDL of every role: its function
// runs as the superuser who installed it, with a fixed search_path, and
// does nothing but bump the row and notify; every role may read the row,
// and no other role may write it or change the function. It refuses to
// install over a schema ferro, or objects in it, that belong to a role
// that is not a superuser. Safe to call concurrently and repeatedly;
// calling it again upgrades an installation made by an older ferro.
func InstallSchemaNotifier(ctx context.Context, db *sql.DB) error {
	src, err := source(db)
	if err != nil {
		return err
	}
	eng := engineFor(schema.Dialect(src.Dialect()))
	if eng == nil || eng.installNotifier == nil {
		return fmt.Errorf("ferro: InstallSchemaNotifier: %s has no schema notifier", src.Dialect())
	}
	if err := eng.installNotifier(ctx, db); err != nil {
		return fmt.Errorf("ferro: InstallSchemaNotifier: %w", err)
	}
	return nil
}

func source(db *sql.DB) (epoch.Source, error) {
	if db == nil {
		return nil, errNotFerro
	}
	src, ok := db.Driver().(epoch.Source)
	if !ok {
		return nil, errNotFerro
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
