package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// This file holds the transaction and lock protocol the migrator uses on
// PostgreSQL: one pinned connection, a transaction-scoped advisory lock
// keyed by the current schema (released by COMMIT or ROLLBACK, and by the
// server if the client dies), and a lock_timeout so that DDL waiting behind
// application transactions fails clearly instead of hanging.

// Migrator is the PostgreSQL side of package migrate. The zero value is
// ready; it holds no state and is safe for concurrent use. It is no
// dialect.TableRebuilder: ALTER TABLE changes types, nullability, defaults
// and constraints in place, all inside the migration transaction.
type Migrator struct{}

// Name returns "postgres".
func (Migrator) Name() schema.Dialect { return schema.Postgres }

// Catalog returns the dialect's rendering and introspection.
func (Migrator) Catalog() dialect.Dialect { return Dialect{} }

// TypeChangeSQL spells the type-change data checks in PostgreSQL.
func (Migrator) TypeChangeSQL() schema.TypeChangeSQL {
	return schema.TypeChangeSQL{
		CharLength:   "char_length",
		NotInteger:   func(col string) string { return col + " <> trunc(" + col + ")" },
		LosesAsReal:  func(col string) string { return col + " <> " + col + "::real::double precision" },
		ExactNumeric: true,
		ZoneNotUTC:   "current_setting('TimeZone') NOT IN ('UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'UCT', 'Zulu')",
		Rounds: func(col string, to schema.Type) string {
			st, _ := Dialect{}.ColumnType(&schema.Column{Type: to})
			return col + " <> " + col + "::" + st
		},
		// jsonb refuses the escape \u0000 in a string: a backslash
		// preceded by an even number of backslashes, then u0000.
		NotJSONB: func(col string) string { return col + `::text ~ '(^|[^\\])(\\\\)*\\u0000'` },
	}
}

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
// statement waits for table locks held by other sessions; JIT compilation
// is switched off for the transaction (see txSettings).
func (Migrator) TryBegin(ctx context.Context, conn *sql.Conn, lockTimeout time.Duration) (ok bool, err error) {
	if _, err := conn.ExecContext(ctx, "BEGIN"); err != nil {
		return false, err
	}
	if _, err := conn.ExecContext(ctx, txSettings(lockTimeout)); err != nil {
		conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
		return false, err
	}
	var got bool
	err = conn.QueryRowContext(ctx, fmt.Sprintf("SELECT pg_try_advisory_xact_lock(%d, hashtext(current_schema()))", advisoryClass),
		execMode()).Scan(&got)
	if err != nil || !got {
		conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
		return false, err
	}
	return true, nil
}

// txSettings is the one statement (no arguments, so pgx sends it with the
// simple protocol, several commands in one round trip) that configures the
// migration transaction:
//   - jit = off: the catalog queries of the re-plan join pg_class,
//     pg_attribute and generate_series, whose row estimates on a catalog
//     with many (or many dropped) relations pass jit_above_cost; PostgreSQL
//     then spends a second or more compiling a query that runs in a few
//     milliseconds (measured: 0.5-1.6 s of 1.7 s on a no-op Migrate);
//   - lock_timeout, when lockTimeout is positive (see TryBegin).
func txSettings(lockTimeout time.Duration) string {
	s := "SET LOCAL jit = off"
	if lockTimeout > 0 {
		s += fmt.Sprintf("; SET LOCAL lock_timeout = %d", lockTimeout.Milliseconds())
	}
	return s
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
	if err := q.QueryRowContext(ctx, query, execMode()).Scan(&n); err != nil {
		return 0, err
	}
	return n.Int64, nil
}

// Renderer returns the renderer of typed changes; it reads nothing.
func (Migrator) Renderer(context.Context, schema.ExecQuerier) (dialect.ChangeRenderer, error) {
	return Renderer{}, nil
}
