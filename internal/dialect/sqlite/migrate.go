package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// This file holds the transaction and lock protocol the migrator uses on
// SQLite: one pinned connection, foreign keys switched off outside the
// transaction (the only place SQLite allows it, see
// https://www.sqlite.org/lang_altertable.html#otheralter), BEGIN IMMEDIATE
// as the migration lock, PRAGMA foreign_key_check before COMMIT.

// Migrator is the SQLite side of package migrate. The zero value is ready;
// it holds no state and is safe for concurrent use.
type Migrator struct{}

// Name returns "sqlite".
func (Migrator) Name() schema.Dialect { return schema.SQLite }

// Catalog returns the dialect's rendering and introspection.
func (Migrator) Catalog() dialect.Dialect { return Dialect{} }

// TypeChangeSQL spells the type-change data checks in SQLite: REAL is one
// 8-byte storage for real and double; numeric(p,s) is exact text that
// SQLite cannot round (such changes are refused), and SQLite has no time
// zone conversions. Types of one storage class match without DDL
// (SameStorage).
func (Migrator) TypeChangeSQL() schema.TypeChangeSQL {
	return schema.TypeChangeSQL{
		CharLength:  "length",
		NotInteger:  func(col string) string { return col + " <> CAST(" + col + " AS INTEGER)" },
		SameStorage: SameStorage,
		ToUUID:      toUUID,
	}
}

var _ dialect.StorageNoter = Migrator{}

// StorageNote says what a numeric(p,s) declared NUMERIC(p,s) or
// DECIMAL(p,s) stores (see SameStorage): the plan keeps such a column as
// it is.
func (Migrator) StorageNote(t schema.Type) string {
	if t.Kind != schema.KindNumeric {
		return ""
	}
	return "that declaration has NUMERIC affinity, so the engine stores its values as REAL (8-byte floats) or INTEGER, not exact decimals; to keep them exact, copy them to a column the model declares (see docs/models.md, Decimal storage on SQLite)"
}

// tryBusyMillis is how long one BEGIN IMMEDIATE waits for a competing
// writer before migrate's backoff loop (which honours the lock timeout and
// the context) tries again.
const tryBusyMillis = 50

// Prepare switches foreign keys off and sets a short busy timeout on conn,
// before any transaction. restore puts both settings back as they were; it
// must run on the same connection after COMMIT or ROLLBACK.
func (Migrator) Prepare(ctx context.Context, conn *sql.Conn) (restore func(context.Context) error, err error) {
	var fk, busy int64
	if err := conn.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil {
		return nil, fmt.Errorf("read PRAGMA foreign_keys: %w", err)
	}
	if err := conn.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&busy); err != nil {
		return nil, fmt.Errorf("read PRAGMA busy_timeout: %w", err)
	}
	if _, err := conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
		return nil, fmt.Errorf("PRAGMA foreign_keys = OFF: %w", err)
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA busy_timeout = %d", tryBusyMillis)); err != nil {
		return nil, fmt.Errorf("PRAGMA busy_timeout: %w", err)
	}
	return func(ctx context.Context) error {
		_, err1 := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA foreign_keys = %d", fk))
		_, err2 := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA busy_timeout = %d", busy))
		return errors.Join(err1, err2)
	}, nil
}

// TryBegin starts an immediate (write-locked) transaction on conn. ok is
// false, with no transaction open, when another connection holds the write
// lock.
func (Migrator) TryBegin(ctx context.Context, conn *sql.Conn, _ time.Duration) (ok bool, err error) {
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		if isBusy(err) {
			return false, nil
		}
		return false, err
	}
	return true, nil
}

// LockName describes the lock for error messages.
func (Migrator) LockName() string { return "the SQLite write lock (BEGIN IMMEDIATE)" }

// isBusy reports SQLITE_BUSY or SQLITE_LOCKED. The result code is read
// through the method modernc's *sqlite.Error has, so that this package
// links no driver (see the engine package).
func isBusy(err error) bool {
	var se interface{ Code() int }
	if errors.As(err, &se) {
		return se.Code()&0xff == 5 || se.Code()&0xff == 6 // SQLITE_BUSY, SQLITE_LOCKED
	}
	return strings.Contains(err.Error(), "SQLITE_BUSY") || strings.Contains(err.Error(), "database is locked")
}

// BeforeCommit runs PRAGMA foreign_key_check inside the transaction and
// fails, naming the first offending rows, when any row references a missing
// parent: the rebuild ran with foreign keys off, so this is where they are
// enforced.
func (Migrator) BeforeCommit(ctx context.Context, conn *sql.Conn) error {
	rows, err := conn.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return fmt.Errorf("PRAGMA foreign_key_check: %w", err)
	}
	defer rows.Close()
	var bad []string
	n := 0
	for rows.Next() {
		var table, parent string
		var rowid sql.NullInt64
		var fkid int64
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return fmt.Errorf("PRAGMA foreign_key_check: %w", err)
		}
		n++
		if len(bad) < 5 {
			bad = append(bad, fmt.Sprintf("%s rowid %d -> %s", table, rowid.Int64, parent))
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("PRAGMA foreign_key_check: %w", err)
	}
	if n > 0 {
		return fmt.Errorf("PRAGMA foreign_key_check: %d rows reference a missing parent row (%s); fix the data or the fk= tags", n, strings.Join(bad, ", "))
	}
	return nil
}

// Count runs query (on a *sql.DB, *sql.Conn or *sql.Tx), which must return one integer.
func (Migrator) Count(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, query string) (int64, error) {
	var n sql.NullInt64
	if err := q.QueryRowContext(ctx, query).Scan(&n); err != nil {
		return 0, err
	}
	return n.Int64, nil
}

// Renderer reads the live indexes, triggers and views a table rebuild must
// keep, and returns the renderer of typed changes.
func (Migrator) Renderer(ctx context.Context, q schema.ExecQuerier) (dialect.ChangeRenderer, error) {
	objs, err := Objects(ctx, q)
	if err != nil {
		return nil, err
	}
	return Renderer{Objects: objs}, nil
}

var _ dialect.ParentKeyFinder = Migrator{}

// ParentKey finds, among tables, the table fk references (names compared
// as SQLite compares them) and reports whether it has the key SQLite
// enforces fk with (sqlite3FkLocateIndex): for a key that names no
// columns, the primary key; otherwise the primary key or a unique index
// that is not partial whose key columns are exactly the referenced ones,
// in any order. Without one, SQLite accepts the DDL and fails where it
// next enforces the key ("foreign key mismatch"), for the migrator in
// BeforeCommit, even on an empty table. A missing parent table is not a
// missing key (foreign_key_check reports the rows that reference it):
// parent is then nil. Collations are not compared, as the catalog does not
// read a column's declared one: a unique index whose collation differs
// from its column's is taken for a key, which errs only on a database
// whose key is already mismatched, where BeforeCommit fails whatever the
// plan.
func (Migrator) ParentKey(tables []*schema.Table, fk *schema.ForeignKey) (parent *schema.Table, keyed bool) {
	fold := Dialect{}.FoldIdent
	for _, t := range tables {
		if fold(t.Name) == fold(fk.RefTable) {
			parent = t
			break
		}
	}
	if parent == nil {
		return nil, false
	}
	if len(fk.RefColumns) == 0 {
		return parent, parent.PrimaryKey != nil
	}
	covers := func(key []string) bool {
		if len(key) != len(fk.RefColumns) {
			return false
		}
		for _, k := range key {
			if !slices.ContainsFunc(fk.RefColumns, func(c string) bool { return fold(c) == fold(k) }) {
				return false
			}
		}
		return true
	}
	if parent.PrimaryKey != nil && covers(parent.PrimaryKey.Columns) {
		return parent, true
	}
	for _, x := range parent.Indexes {
		if x.Unique && x.Where == "" && covers(x.Columns) {
			return parent, true
		}
	}
	return parent, false
}
