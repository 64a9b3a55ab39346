package tests

// Every observable difference between ferro and the raw drivers that
// docs/switching.md lists, each pinned here on the engines it concerns.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/stdlib"
	"github.com/stretchr/testify/require"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/command"
	"github.com/ferrosql/ferro/internal/testdb"
)

// (*sql.Conn).Raw hands over ferro's connection: code that type-asserts
// the raw driver's connection panics; ferro.InnerConn gives it.
func TestSwitch_RawConnIsFerros(t *testing.T) {
	e := testdb.Postgres(t)
	ctx := context.Background()
	for _, tc := range []struct {
		driver string
		panics bool
	}{{e.RawDriver, false}, {e.FerroDriver, true}} {
		db := testdb.Open(t, tc.driver, e.DSN)
		conn, err := db.Conn(ctx)
		require.NoError(t, err)
		panicked := func() (p bool) {
			defer func() { p = recover() != nil }()
			_ = conn.Raw(func(dc any) error {
				_ = dc.(*stdlib.Conn).Conn() // what pgx-specific code does
				return nil
			})
			return false
		}()
		if panicked != tc.panics {
			t.Errorf("%s: Raw type assertion panicked=%v, want %v", tc.driver, panicked, tc.panics)
		}
		conn.Close() // database/sql discards a connection whose Raw panicked
		conn, err = db.Conn(ctx)
		require.NoError(t, err)
		require.NoError(t, conn.Raw(func(dc any) error {
			if tc.driver == e.FerroDriver {
				inner, ok := ferro.InnerConn(dc)
				if !ok {
					return errors.New("InnerConn: not a ferro connection")
				}
				dc = inner
			}
			_, ok := dc.(*stdlib.Conn)
			if !ok {
				return fmt.Errorf("%T is not *stdlib.Conn", dc)
			}
			return nil
		}))
		conn.Close()
	}
}

// SQLite times: raw modernc writes time.Time as Go's Time.String form,
// ferro as its canonical text; against rows written before the switch, an
// equality on a time.Time matches nothing through ferro, until either the
// DSN keeps the driver's form (_ferro_time=driver) or the rows are
// rewritten once (ferro sqlite-rewrite-times). Reading accepts both forms.
func TestSwitch_SQLiteTimeForm(t *testing.T) {
	ctx := context.Background()
	e := testdb.SQLite(t)
	at := time.Date(2024, 5, 6, 7, 8, 9, 123000000, time.UTC)
	raw := testdb.Open(t, e.RawDriver, e.DSN)
	_, err := raw.Exec(`CREATE TABLE ev (id INTEGER PRIMARY KEY, ts TIMESTAMP NOT NULL)`)
	require.NoError(t, err)
	_, err = raw.Exec(`INSERT INTO ev (id, ts) VALUES (1, ?)`, at)
	require.NoError(t, err)
	var stored string
	require.NoError(t, raw.QueryRow(`SELECT CAST(ts AS TEXT) FROM ev`).Scan(&stored))
	require.Equal(t, "2024-05-06 07:08:09.123 +0000 UTC", stored)

	count := func(db *sql.DB) int {
		var n int
		require.NoError(t, db.QueryRow(`SELECT count(*) FROM ev WHERE ts = ?`, at).Scan(&n))
		return n
	}
	require.Equal(t, 1, count(raw))

	fdb := testdb.Open(t, e.FerroDriver, e.DSN)
	require.Equal(t, 0, count(fdb), "canonical form does not match rows written by raw modernc")
	var got time.Time
	require.NoError(t, fdb.QueryRow(`SELECT ts FROM ev`).Scan(coerce.Into(&got)))
	require.True(t, got.Equal(at), "reading accepts the driver's form: %v", got)

	keep := testdb.Open(t, e.FerroDriver, e.DSN+"?"+ferro.SQLiteTimeParam+"=driver")
	require.Equal(t, 1, count(keep), "_ferro_time=driver keeps matching old rows")
	_, err = keep.Exec(`INSERT INTO ev (id, ts) VALUES (2, ?)`, &at)
	require.NoError(t, err)
	require.NoError(t, raw.QueryRow(`SELECT CAST(ts AS TEXT) FROM ev WHERE id = 2`).Scan(&stored))
	require.Equal(t, "2024-05-06 07:08:09.123 +0000 UTC", stored, "_ferro_time=driver writes the driver's form")

	_, err = sql.Open(e.FerroDriver, e.DSN+"?"+ferro.SQLiteTimeParam+"=other")
	if err == nil {
		db, _ := sql.Open(e.FerroDriver, e.DSN+"?"+ferro.SQLiteTimeParam+"=other")
		err = db.Ping()
	}
	require.ErrorContains(t, err, `_ferro_time="other": use canonical (the default) or driver`)

	res, err := command.RewriteTimes(ctx, fdb, []command.TimeColumn{{Table: "ev", Column: "ts"}}, true, nil)
	require.NoError(t, err)
	require.Equal(t, 2, res[0].Changed, "check mode counts")
	require.Equal(t, 0, count(fdb), "check mode changes nothing")
	res, err = command.RewriteTimes(ctx, fdb, []command.TimeColumn{{Table: "ev", Column: "ts"}}, false, nil)
	require.NoError(t, err)
	require.Equal(t, command.TimeRewrite{TimeColumn: command.TimeColumn{Table: "ev", Column: "ts"}, Rows: 2, Changed: 2}, res[0])
	require.Equal(t, 2, count(fdb), "after the rewrite, the canonical form matches every row")
	require.Equal(t, 0, count(raw), "and the raw driver's form no longer does")

	// A value that is not a time stops the rewrite; nothing changes.
	_, err = raw.Exec(`INSERT INTO ev (id, ts) VALUES (3, 'soon')`)
	require.NoError(t, err)
	_, err = raw.Exec(`UPDATE ev SET ts = ? WHERE id = 1`, at)
	require.NoError(t, err)
	_, err = command.RewriteTimes(ctx, fdb, []command.TimeColumn{{Table: "ev", Column: "ts"}}, false, nil)
	require.ErrorContains(t, err, "ev.ts, rowid 3: value soon (text)")
	require.NoError(t, raw.QueryRow(`SELECT CAST(ts AS TEXT) FROM ev WHERE id = 1`).Scan(&stored))
	require.Equal(t, "2024-05-06 07:08:09.123 +0000 UTC", stored, "a failed rewrite changes nothing")
}

// SQLite pragmas: ferro turns foreign keys on and sets a busy timeout for
// a DSN that does not say otherwise; raw modernc leaves both off.
func TestSwitch_SQLitePragmas(t *testing.T) {
	e := testdb.SQLite(t)
	for _, tc := range []struct {
		driver      string
		fk          int
		busyNonZero bool
	}{{e.RawDriver, 0, false}, {e.FerroDriver, 1, true}} {
		db := testdb.Open(t, tc.driver, e.DSN)
		var fk, busy int
		require.NoError(t, db.QueryRow(`PRAGMA foreign_keys`).Scan(&fk))
		require.NoError(t, db.QueryRow(`PRAGMA busy_timeout`).Scan(&busy))
		if fk != tc.fk || (busy > 0) != tc.busyNonZero {
			t.Errorf("%s: foreign_keys=%d busy_timeout=%d", tc.driver, fk, busy)
		}
	}
}

type switchMood string

func (switchMood) Values() []string { return []string{"happy", "sad"} }

// Enum types (a named string type with Values()) are validated on write
// by ferro on both engines; the raw drivers write any string.
func TestSwitch_EnumsValidatedOnWrite(t *testing.T) {
	for _, e := range []testdb.Engine{testdb.SQLite(t), testdb.Postgres(t)} {
		t.Run(string(e.Name), func(t *testing.T) {
			raw := testdb.Open(t, e.RawDriver, e.DSN)
			_, err := raw.Exec(`CREATE TABLE m (v text)`)
			require.NoError(t, err)
			_, err = raw.Exec(`INSERT INTO m VALUES ($1)`, switchMood("angry"))
			require.NoError(t, err, "raw driver writes any string")
			fdb := testdb.Open(t, e.FerroDriver, e.DSN)
			_, err = fdb.Exec(`INSERT INTO m VALUES ($1)`, switchMood("angry"))
			require.ErrorIs(t, err, coerce.ErrNotMember)
			_, err = fdb.Exec(`INSERT INTO m VALUES ($1)`, switchMood("sad"))
			require.NoError(t, err)
		})
	}
}

// Maps, slices and structs are written as JSON text by ferro on SQLite;
// raw modernc refuses them.
func TestSwitch_JSONOnSQLite(t *testing.T) {
	e := testdb.SQLite(t)
	raw := testdb.Open(t, e.RawDriver, e.DSN)
	_, err := raw.Exec(`CREATE TABLE j (doc JSON_TEXT)`)
	require.NoError(t, err)
	doc := map[string]any{"a": 1}
	_, err = raw.Exec(`INSERT INTO j VALUES (?)`, doc)
	require.Error(t, err, "raw modernc refuses a map")
	fdb := testdb.Open(t, e.FerroDriver, e.DSN)
	_, err = fdb.Exec(`INSERT INTO j VALUES (?)`, doc)
	require.NoError(t, err)
	var s string
	require.NoError(t, raw.QueryRow(`SELECT doc FROM j`).Scan(&s))
	require.Equal(t, `{"a":1}`, strings.TrimSpace(s))
}
