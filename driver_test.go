package ferro_test

import (
	"bytes"
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"
	"time"

	"github.com/DATA-DOG/go-sqlmock"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	msqlite "modernc.org/sqlite"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

func TestOpen_SQLiteConnectionDefaults(t *testing.T) {
	e := testdb.SQLite(t)
	db := open(t, e, 2)
	var fk, busy int
	require.NoError(t, db.QueryRow("PRAGMA foreign_keys").Scan(&fk))
	require.NoError(t, db.QueryRow("PRAGMA busy_timeout").Scan(&busy))
	assert.Equal(t, 1, fk)
	assert.Equal(t, 5000, busy)

	// A DSN that sets them wins.
	db2 := testdb.Open(t, "ferro-sqlite", e.DSN+"?_pragma=foreign_keys(0)&_pragma=busy_timeout(250)")
	require.NoError(t, db2.QueryRow("PRAGMA foreign_keys").Scan(&fk))
	require.NoError(t, db2.QueryRow("PRAGMA busy_timeout").Scan(&busy))
	assert.Equal(t, 0, fk)
	assert.Equal(t, 250, busy)
}

func TestOpen_SQLiteInMemoryIsOneDatabasePerPool(t *testing.T) {
	for _, dsn := range []string{":memory:", "file::memory:", "file:x?mode=memory", ""} {
		t.Run(dsn, func(t *testing.T) {
			db, err := sql.Open("ferro-sqlite", dsn)
			require.NoError(t, err)
			defer db.Close()
			db.SetMaxOpenConns(4)
			db.SetMaxIdleConns(0) // connections close as soon as they are idle
			cs := conns(t, db, 4)
			mustExec(t, cs[0], "CREATE TABLE t (id integer)")
			mustExec(t, cs[1], "INSERT INTO t VALUES (1)")
			release(cs)
			var n int
			require.NoError(t, db.QueryRow("SELECT count(*) FROM t").Scan(&n))
			assert.Equal(t, 1, n)

			// A second pool of the same DSN is a different database.
			other, err := sql.Open("ferro-sqlite", dsn)
			require.NoError(t, err)
			defer other.Close()
			err = other.QueryRow("SELECT count(*) FROM t").Scan(&n)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "no such table")
		})
	}
}

func TestNewConnector(t *testing.T) {
	t.Run("modernc", func(t *testing.T) {
		inner, err := msqlite.NewConnector(testdb.SQLite(t).DSN)
		require.NoError(t, err)
		db, err := ferro.OpenDB(inner)
		require.NoError(t, err)
		defer db.Close()
		mustExec(t, db, "CREATE TABLE t (id integer)")
		ep, err := ferro.SchemaEpoch(db)
		require.NoError(t, err)
		assert.Equal(t, uint64(1), ep)
	})
	t.Run("pgx", func(t *testing.T) {
		e := testdb.Postgres(t)
		cfg, err := pgx.ParseConfig(e.DSN)
		require.NoError(t, err)
		cfg.DefaultQueryExecMode = pgx.QueryExecModeCacheStatement
		cfg.StatementCacheCapacity = 16
		db := sql.OpenDB(ferro.MustConnector(stdlib.GetConnector(*cfg), ferro.WithName("orders-db")))
		defer db.Close()
		db.SetMaxOpenConns(1)
		mustExec(t, db, "CREATE TABLE t (id bigint, name text)")
		columns(t, db, "SELECT * FROM t WHERE id = $1", 1)
		mustExec(t, db, "ALTER TABLE t ADD COLUMN extra text")
		assert.Equal(t, []string{"id", "name", "extra"}, columns(t, db, "SELECT * FROM t WHERE id = $1", 1))
	})
	t.Run("unknown driver needs WithDialect", func(t *testing.T) {
		_, err := ferro.NewConnector(driverConnector{d: fakeDriver{}})
		require.EqualError(t, err, "ferro: NewConnector: cannot tell the engine of driver ferro_test.fakeDriver: pass ferro.WithDialect(schema.SQLite) or ferro.WithDialect(schema.Postgres)")
		_, err = ferro.NewConnector(driverConnector{d: fakeDriver{}}, ferro.WithDialect("oracle"))
		require.EqualError(t, err, `ferro: NewConnector: unknown dialect "oracle": use schema.SQLite or schema.Postgres`)
		_, err = ferro.NewConnector(nil)
		require.EqualError(t, err, "ferro: NewConnector: inner connector is nil")
	})
	t.Run("sqlmock", func(t *testing.T) {
		mockDB, mock, err := sqlmock.New()
		require.NoError(t, err)
		defer mockDB.Close()
		mock.ExpectExec(`ALTER TABLE t ADD COLUMN x text`).WillReturnResult(sqlmock.NewResult(0, 0))
		mock.ExpectQuery(`SELECT x FROM t`).WillReturnRows(sqlmock.NewRows([]string{"x"}).AddRow("v"))
		db, err := ferro.OpenDB(driverConnector{d: mockDB.Driver(), dsn: dsnOf(t, mockDB)}, ferro.WithDialect(schema.Postgres))
		require.NoError(t, err)
		defer db.Close()
		mustExec(t, db, "ALTER TABLE t ADD COLUMN x text")
		var x string
		require.NoError(t, db.QueryRow("SELECT x FROM t").Scan(&x))
		assert.Equal(t, "v", x)
		ep, _ := ferro.SchemaEpoch(db)
		assert.Equal(t, uint64(1), ep)
		require.NoError(t, mock.ExpectationsWereMet())
	})
}

// dsnOf returns the DSN sqlmock registered mockDB under.
func dsnOf(t *testing.T, mockDB *sql.DB) string {
	t.Helper()
	var dsn string
	c, err := mockDB.Conn(context.Background())
	require.NoError(t, err)
	defer c.Close()
	// sqlmock names its connections sqlmock_db_N in creation order; the
	// driver's Open looks them up by that name.
	require.NoError(t, c.Raw(func(dc any) error {
		dsn = reflect.ValueOf(dc).Elem().FieldByName("dsn").String()
		return nil
	}))
	return dsn
}

type driverConnector struct {
	d   driver.Driver
	dsn string
}

func (c driverConnector) Connect(context.Context) (driver.Conn, error) { return c.d.Open(c.dsn) }
func (c driverConnector) Driver() driver.Driver                        { return c.d }

type fakeDriver struct{}

func (fakeDriver) Open(string) (driver.Conn, error) { return nil, driver.ErrBadConn }

func TestDropIn_RoundTrips(t *testing.T) {
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		db := open(t, e, 2)
		blob, ts := "bytea", "timestamptz"
		if e.Name == "sqlite" {
			blob, ts = "blob", "timestamp"
		}
		mustExec(t, db, "CREATE TABLE v (s text, i bigint, f double precision, b boolean, y "+blob+", t "+ts+", n text)")
		now := time.Date(2026, 11, 28, 10, 11, 12, 123456000, time.UTC)
		mustExec(t, db, "INSERT INTO v VALUES ($1, $2, $3, $4, $5, $6, $7)", "héllo", int64(-1<<62), 1.5, true, []byte{0, 1, 255}, now, nil)
		var (
			s  string
			i  int64
			f  float64
			b  bool
			y  []byte
			tm time.Time
			n  sql.NullString
		)
		require.NoError(t, db.QueryRow("SELECT s, i, f, b, y, t, n FROM v").Scan(&s, &i, &f, &b, &y, &tm, &n))
		assert.Equal(t, "héllo", s)
		assert.Equal(t, int64(-1<<62), i)
		assert.Equal(t, 1.5, f)
		assert.True(t, b)
		assert.True(t, bytes.Equal([]byte{0, 1, 255}, y))
		assert.True(t, now.Equal(tm), "time %v != %v", tm, now)
		assert.False(t, n.Valid)
	})
}

func TestDropIn_PgxArraysAndInnerConn(t *testing.T) {
	e := testdb.Postgres(t)
	db := open(t, e, 2)
	mustExec(t, db, "CREATE TABLE t (id bigint PRIMARY KEY, tags text[])")
	mustExec(t, db, "INSERT INTO t VALUES (1, $1), (2, $2), (3, $3)", []string{"a"}, []string{}, []string{"b", "c"})
	rows, err := db.Query("SELECT id FROM t WHERE id = ANY($1) ORDER BY id", []int64{1, 3})
	require.NoError(t, err)
	var ids []int64
	for rows.Next() {
		var id int64
		require.NoError(t, rows.Scan(&id))
		ids = append(ids, id)
	}
	require.NoError(t, rows.Err())
	assert.Equal(t, []int64{1, 3}, ids)
	var tags []string
	require.NoError(t, db.QueryRow("SELECT tags FROM t WHERE id = 3").Scan(pgTypeMap().SQLScanner(&tags)))
	assert.Equal(t, []string{"b", "c"}, tags)

	// CopyFrom through the inner pgx connection.
	c, err := db.Conn(context.Background())
	require.NoError(t, err)
	defer c.Close()
	require.NoError(t, c.Raw(func(dc any) error {
		inner, ok := ferro.InnerConn(dc)
		require.True(t, ok)
		_, err := inner.(*stdlib.Conn).Conn().CopyFrom(context.Background(), pgx.Identifier{"t"}, []string{"id"},
			pgx.CopyFromRows([][]any{{int64(10)}, {int64(11)}}))
		return err
	}))
	var n int
	require.NoError(t, db.QueryRow("SELECT count(*) FROM t").Scan(&n))
	assert.Equal(t, 5, n)
	_, ok := ferro.InnerConn(42)
	assert.False(t, ok)
}

func TestDropIn_ColumnTypes(t *testing.T) {
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		db := open(t, e, 1)
		raw := testdb.Open(t, e.RawDriver, e.DSN)
		mustExec(t, db, "CREATE TABLE t (id bigint NOT NULL, price numeric(10,2), name varchar(20))")
		describe := func(db *sql.DB) []string {
			rows, err := db.Query("SELECT id, price, name FROM t")
			require.NoError(t, err)
			defer rows.Close()
			cts, err := rows.ColumnTypes()
			require.NoError(t, err)
			var out []string
			for _, ct := range cts {
				l, lok := ct.Length()
				p, s, pok := ct.DecimalSize()
				nl, nok := ct.Nullable()
				out = append(out, fmtColumnType(ct.Name(), ct.DatabaseTypeName(), ct.ScanType(), l, lok, p, s, pok, nl, nok))
			}
			return out
		}
		assert.Equal(t, describe(raw), describe(db))
	})
}

func fmtColumnType(name, dbType string, scan reflect.Type, l int64, lok bool, p, s int64, pok, nl, nok bool) string {
	return name + "|" + dbType + "|" + fmt.Sprint(scan) + "|" + boolStr(lok) + itoa(l) + "|" + boolStr(pok) + itoa(p) + "," + itoa(s) + "|" + boolStr(nok) + boolStr(nl)
}

func boolStr(b bool) string {
	if b {
		return "T"
	}
	return "F"
}

func itoa(i int64) string { return strconv.FormatInt(i, 10) }

func pgTypeMap() *pgtype.Map { return pgtype.NewMap() }

func TestOpen_SQLitePlainPathDSN(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plain.db")
	db := testdb.Open(t, "ferro-sqlite", path)
	var fk int
	require.NoError(t, db.QueryRow("PRAGMA foreign_keys").Scan(&fk))
	assert.Equal(t, 1, fk)
	mustExec(t, db, "CREATE TABLE t (id integer)")
	_, err := os.Stat(path)
	require.NoError(t, err, "the database file is the plain path, not a URI-mangled name")
}

// TestOpen_SQLiteFileDefaultsToWAL pins issue 10 item 4: a file database
// opened through ferro-sqlite is in WAL mode unless the DSN chose a journal
// mode, so an open read transaction does not block a writer (in the default
// rollback-journal mode it does, until the busy timeout). In-memory
// databases keep their own journal.
func TestOpen_SQLiteFileDefaultsToWAL(t *testing.T) {
	cases := []struct {
		name, extra, mode string
		writerWaits       bool
	}{
		{"default", "", "wal", false},
		{"dsn chooses delete", "_pragma=journal_mode(delete)&", "delete", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := testdb.SQLite(t)
			reader := testdb.Open(t, "ferro-sqlite", e.DSN+"?"+tc.extra)
			writer := testdb.Open(t, "ferro-sqlite", e.DSN+"?"+tc.extra+"_pragma=busy_timeout(200)")
			var mode string
			require.NoError(t, reader.QueryRow("PRAGMA journal_mode").Scan(&mode))
			assert.Equal(t, tc.mode, mode)
			mustExec(t, writer, "CREATE TABLE t (id integer)")
			mustExec(t, writer, "INSERT INTO t VALUES (1)")

			tx, err := reader.Begin()
			require.NoError(t, err)
			defer tx.Rollback()
			var n int
			require.NoError(t, tx.QueryRow("SELECT count(*) FROM t").Scan(&n)) // holds a read snapshot / SHARED lock

			_, err = writer.Exec("INSERT INTO t VALUES (2)")
			if tc.writerWaits {
				require.Error(t, err, "rollback journal: the open reader blocks the writer")
				assert.Contains(t, err.Error(), "SQLITE_BUSY")
			} else {
				require.NoError(t, err, "WAL: the open reader does not block the writer")
			}
		})
	}
	t.Run("memory", func(t *testing.T) {
		db := testdb.Open(t, "ferro-sqlite", ":memory:")
		var mode string
		require.NoError(t, db.QueryRow("PRAGMA journal_mode").Scan(&mode))
		assert.Equal(t, "memory", mode)
	})
}
