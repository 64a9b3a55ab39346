package ferro

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	pgengine "github.com/ferrosql/ferro/internal/dialect/postgres/engine"
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
// renews its cached statements before its next use, and on Postgres
// publishes the change to every other listening ferro pool on the database
// (see [WithListen]). Call it after DDL that ferro cannot see: DDL inside a
// DO block or a function, or DDL run on the inner connection reached
// through InnerConn. It returns the new epoch, or ErrNotFerro when db was
// not opened through ferro, or the error of publishing (the local epoch
// has moved all the same).
func BumpSchemaEpoch(db *sql.DB) (uint64, error) {
	src, err := source(db)
	if err != nil {
		return 0, err
	}
	v, _, err := src.Announce(context.Background(), db, "BumpSchemaEpoch called")
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
	if src.Dialect() != string(Postgres) {
		return fmt.Errorf("ferro: InstallSchemaNotifier: %s has no event triggers and needs none: processes sharing a database file see each other's DDL through SQLite itself", src.Dialect())
	}
	n := pgengine.NotifierStatements()
	var super bool
	if err := db.QueryRowContext(ctx, n.SuperuserCheck).Scan(&super); err != nil {
		return fmt.Errorf("ferro: InstallSchemaNotifier: read the current role: %w", err)
	}
	if !super {
		var role string
		db.QueryRowContext(ctx, "SELECT current_user").Scan(&role)
		return fmt.Errorf("ferro: InstallSchemaNotifier: role %q is not a superuser, and creating an event trigger needs one; run it once as a superuser (a deploy step, say): the trigger then publishes DDL by every role", role)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("ferro: InstallSchemaNotifier: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, n.Lock); err != nil {
		return fmt.Errorf("ferro: InstallSchemaNotifier: %w", err)
	}
	var what, owner string
	switch err := tx.QueryRowContext(ctx, n.ForeignOwners).Scan(&what, &owner); {
	case err == nil:
		return fmt.Errorf("ferro: InstallSchemaNotifier: %s belongs to role %q, which is not a superuser; the trigger runs as a superuser and must use nothing another role controls: drop the schema ferro (or make a superuser its owner and the owner of everything in it) and install again", what, owner)
	case !errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("ferro: InstallSchemaNotifier: read the owners of the schema ferro: %w", err)
	}
	if _, err := tx.ExecContext(ctx, n.Install); err != nil {
		return fmt.Errorf("ferro: InstallSchemaNotifier: create the event trigger: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("ferro: InstallSchemaNotifier: commit: %w", err)
	}
	return nil
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
