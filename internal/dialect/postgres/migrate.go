package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// This file holds the transaction and lock protocol the migrator uses on
// PostgreSQL: one pinned connection, a transaction-scoped advisory lock
// keyed by the current schema (released by COMMIT or ROLLBACK, and by the
// server if the client dies), and a lock_timeout so that DDL waiting behind
// application transactions fails clearly instead of hanging.

// Migrator is the PostgreSQL side of package migrate. The zero value is
// ready; it holds no state and is safe for concurrent use.
type Migrator struct{}

// Name returns "postgres".
func (Migrator) Name() string { return "postgres" }

// advisoryClass is the first key of ferro's advisory lock ("fe" "rr" as
// bytes); the second key is hashtext(current_schema()), so migrators of
// different schemas of one database do not wait for each other.
const advisoryClass = 0x66657272

// Prepare has nothing to switch on PostgreSQL.
func (Migrator) Prepare(context.Context, *sql.Conn) (restore func(context.Context) error, err error) {
	return func(context.Context) error { return nil }, nil
}

// TryBegin begins a transaction on conn and tries once to take ferro's
// advisory lock for the current schema. ok is false, with the transaction
// rolled back, when another session holds it. lockTimeout (when positive)
// becomes the transaction's lock_timeout, bounding how long each DDL
// statement waits for table locks held by other sessions.
func (Migrator) TryBegin(ctx context.Context, conn *sql.Conn, lockTimeout time.Duration) (ok bool, err error) {
	if _, err := conn.ExecContext(ctx, "BEGIN"); err != nil {
		return false, err
	}
	if lockTimeout > 0 {
		if _, err := conn.ExecContext(ctx, fmt.Sprintf("SET LOCAL lock_timeout = %d", lockTimeout.Milliseconds())); err != nil {
			conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
			return false, err
		}
	}
	var got bool
	err = conn.QueryRowContext(ctx, fmt.Sprintf("SELECT pg_try_advisory_xact_lock(%d, hashtext(current_schema()))", advisoryClass),
		pgx.QueryExecModeExec).Scan(&got)
	if err != nil || !got {
		conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
		return false, err
	}
	return true, nil
}

// LockName describes the lock for error messages.
func (Migrator) LockName() string {
	return fmt.Sprintf("the PostgreSQL advisory lock (%d, hashtext(current_schema())); look for the session holding it in pg_locks", advisoryClass)
}

// BeforeCommit has nothing to check: PostgreSQL enforced every constraint
// as the statements ran.
func (Migrator) BeforeCommit(context.Context, *sql.Conn) error { return nil }

// Count runs query (on a *sql.DB, *sql.Conn or *sql.Tx), which must return one integer, without touching pgx's
// statement cache.
func (Migrator) Count(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, query string) (int64, error) {
	var n sql.NullInt64
	if err := q.QueryRowContext(ctx, query, pgx.QueryExecModeExec).Scan(&n); err != nil {
		return 0, err
	}
	return n.Int64, nil
}
