package engine

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	msqlite "modernc.org/sqlite"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/internal/dialect/sqlite"
)

// This file holds what the ferro driver wrapper needs to know about
// modernc.org/sqlite.

// DefaultBusyTimeoutMillis is the busy timeout every ferro SQLite connection
// gets unless its DSN sets one.
const DefaultBusyTimeoutMillis = 5000

// IsDriver reports whether d is modernc's database/sql driver.
func IsDriver(d driver.Driver) bool {
	_, ok := d.(*msqlite.Driver)
	return ok
}

var memSeq atomic.Uint64

// PrepareDSN returns the DSN ferro hands to modernc for dsn:
//
//   - "_pragma=foreign_keys(1)" is added unless the DSN sets foreign_keys
//     (as a _pragma or the _fk/_foreign_keys shorthands);
//   - "_pragma=busy_timeout(5000)" is added unless it sets busy_timeout
//     (as a _pragma or the _timeout/_busy_timeout shorthands);
//   - "_pragma=journal_mode(wal)" is added for a database file unless the
//     DSN sets journal_mode, or opens the file read-only (mode=ro,
//     immutable=1), or names a VFS: in the default rollback-journal mode
//     readers block a writer (SQLITE_BUSY after the busy timeout), in WAL
//     mode they do not. WAL is a property of the file and persists;
//     in-memory databases are unaffected;
//   - a private in-memory database (":memory:", "file::memory:", an empty
//     name, or mode=memory without cache=shared) becomes one memdb database
//     named uniquely for this call, so every connection of the pool sees the
//     same data. memory reports whether that happened: the caller must then
//     hold one connection open for the life of the pool, because SQLite frees
//     a memdb database when its last connection closes.
//
// Every other parameter is passed through unchanged.
func PrepareDSN(dsn string) (out string, memory bool, err error) {
	name, query, _ := strings.Cut(dsn, "?")
	if strings.HasPrefix(dsn, "?") { // modernc ignores a '?' in the first position
		name, query = dsn, ""
	}
	q, err := url.ParseQuery(query)
	if err != nil {
		return "", false, fmt.Errorf("parse sqlite DSN parameters: %w", err)
	}
	if isPrivateMemory(name, q) {
		name = fmt.Sprintf("file:/ferro-memdb-%d", memSeq.Add(1))
		q.Del("mode")
		q.Set("vfs", "memdb")
		memory = true
	}
	pragmas := strings.ToLower(strings.Join(q["_pragma"], ","))
	if !strings.Contains(pragmas, "foreign_keys") && !q.Has("_fk") && !q.Has("_foreign_keys") {
		q.Add("_pragma", "foreign_keys(1)")
	}
	if !strings.Contains(pragmas, "busy_timeout") && !q.Has("_timeout") && !q.Has("_busy_timeout") {
		q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", DefaultBusyTimeoutMillis))
	}
	if !memory && isWritableFile(name, q) && !strings.Contains(pragmas, "journal_mode") {
		q.Add("_pragma", "journal_mode(wal)")
	}
	return name + "?" + q.Encode(), memory, nil
}

func isPrivateMemory(name string, q url.Values) bool {
	if q.Get("cache") == "shared" || q.Get("vfs") != "" {
		return false
	}
	switch strings.TrimPrefix(name, "file:") {
	case "", ":memory:":
		return true
	}
	return q.Get("mode") == "memory"
}

// isWritableFile reports whether the DSN names a database file opened for
// writing through the default VFS (not shared-cache memory, not read-only).
func isWritableFile(name string, q url.Values) bool {
	if q.Get("vfs") != "" || q.Get("mode") == "memory" || q.Get("mode") == "ro" || q.Get("immutable") == "1" {
		return false
	}
	path := strings.TrimPrefix(name, "file:")
	return path != "" && path != ":memory:" && !strings.HasPrefix(path, ":memory:")
}

// OpenConnector returns modernc's connector for dsn (already prepared by
// PrepareDSN). When the DSN puts the file in WAL mode, Connect retries
// SQLITE_BUSY for up to the default busy timeout: switching a new file to
// WAL needs an exclusive lock, and when two connections race for it SQLite
// refuses one at once instead of calling the busy handler (it would
// deadlock), so the connection, not the busy timeout, must wait.
func OpenConnector(dsn string) (driver.Connector, error) {
	c, err := msqlite.NewConnector(dsn)
	if err != nil {
		return nil, err
	}
	if strings.Contains(strings.ToLower(dsn), "journal_mode%28wal%29") {
		return walConnector{c}, nil
	}
	return c, nil
}

// walConnector is modernc's connector for a DSN that selects WAL mode.
type walConnector struct{ driver.Connector }

func (w walConnector) Connect(ctx context.Context) (driver.Conn, error) {
	deadline := time.Now().Add(DefaultBusyTimeoutMillis * time.Millisecond)
	for {
		c, err := w.Connector.Connect(ctx)
		var se *msqlite.Error
		if err == nil || !errors.As(err, &se) || se.Code()&0xff != sqliteBusy || time.Now().After(deadline) {
			return c, err
		}
		t := time.NewTimer(time.Duration(5+rand.IntN(20)) * time.Millisecond)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// sqliteBusy is SQLITE_BUSY, the primary result code.
const sqliteBusy = 5

// RenewConn has nothing to drop: modernc re-prepares a statement itself when
// SQLite reports that the schema changed under it (SQLITE_SCHEMA), so no
// driver-level cache can serve a stale shape.
func RenewConn(context.Context, driver.Conn) (bool, error) { return true, nil }

// InTx is unknown for modernc connections: ferro tracks transactions it
// began itself.
func InTx(driver.Conn) (inTx, known bool) { return false, false }

// IsStalePlan is always false: see RenewConn.
func IsStalePlan(error) bool { return false }

// IsSafeToRetry is false: modernc never returns an error before the
// statement reached the engine that database/sql could retry elsewhere.
func IsSafeToRetry(error) bool { return false }

// sqliteConstraintCheck is SQLITE_CONSTRAINT_CHECK, the extended result
// code of a failed CHECK constraint.
const sqliteConstraintCheck = 275

// Refused reads a failed sqlite.UUIDCheck out of err: SQLITE_CONSTRAINT_CHECK,
// which SQLite words "CHECK constraint failed: " followed by the check's
// text (SQLite's messages are not translated), and that text names the
// table and the column. SQLite does not say which argument the value came
// from.
func Refused(_ context.Context, _ driver.Conn, _ string, _ []driver.NamedValue, _ bool, err error) *dialect.Refusal {
	var se *msqlite.Error
	if !errors.As(err, &se) || se.Code() != sqliteConstraintCheck {
		return nil
	}
	_, msg, ok := strings.Cut(se.Error(), "CHECK constraint failed: ")
	if !ok {
		return nil
	}
	table, column, ok := sqlite.FailedUUIDCheck(msg)
	if !ok {
		return nil
	}
	return &dialect.Refusal{Type: "uuid", Table: table, Column: column}
}
