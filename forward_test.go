package ferro_test

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/schema"
)

// legacyDriver implements only the required driver interfaces (no context
// methods, no Execer/Queryer, no Pinger, no checker ...): through ferro it
// must behave exactly as database/sql makes it behave without ferro.
type legacyDriver struct{ calls *[]string }

func (d legacyDriver) Open(string) (driver.Conn, error) { return legacyConn(d), nil }

type legacyConn legacyDriver

func (c legacyConn) Prepare(q string) (driver.Stmt, error) {
	*c.calls = append(*c.calls, "prepare "+q)
	return legacyStmt(c), nil
}
func (c legacyConn) Close() error { return nil }
func (c legacyConn) Begin() (driver.Tx, error) {
	*c.calls = append(*c.calls, "begin")
	return legacyTx{}, nil
}

type legacyTx struct{}

func (legacyTx) Commit() error   { return nil }
func (legacyTx) Rollback() error { return nil }

type legacyStmt legacyConn

func (s legacyStmt) Close() error  { return nil }
func (s legacyStmt) NumInput() int { return -1 }
func (s legacyStmt) Exec(args []driver.Value) (driver.Result, error) {
	*s.calls = append(*s.calls, "exec")
	return driver.RowsAffected(len(args)), nil
}
func (s legacyStmt) Query(args []driver.Value) (driver.Rows, error) {
	*s.calls = append(*s.calls, "query")
	return &legacyRows{v: args}, nil
}

type legacyRows struct {
	v    []driver.Value
	done bool
}

func (r *legacyRows) Columns() []string { return []string{"v"} }
func (r *legacyRows) Close() error      { return nil }
func (r *legacyRows) Next(dest []driver.Value) error {
	if r.done {
		return io.EOF
	}
	r.done = true
	dest[0] = r.v[0]
	return nil
}

func TestWrapper_LegacyDriverBehavesAsWithoutFerro(t *testing.T) {
	for _, wrapped := range []bool{false, true} {
		name := map[bool]string{false: "raw", true: "ferro"}[wrapped]
		t.Run(name, func(t *testing.T) {
			var calls []string
			var c driver.Connector = driverConnector{d: legacyDriver{calls: &calls}}
			if wrapped {
				c = ferro.MustConnector(c, ferro.WithDialect(schema.SQLite))
			}
			db := sql.OpenDB(c)
			defer db.Close()
			db.SetMaxOpenConns(1)
			require.NoError(t, db.Ping())
			res, err := db.Exec("UPDATE t SET v = ?", int32(7))
			require.NoError(t, err)
			n, _ := res.RowsAffected()
			assert.Equal(t, int64(1), n)
			var v int64
			require.NoError(t, db.QueryRow("SELECT v FROM t WHERE v = ?", int16(5)).Scan(&v))
			assert.Equal(t, int64(5), v, "default parameter conversion applies")
			_, err = db.BeginTx(context.Background(), &sql.TxOptions{Isolation: sql.LevelSerializable})
			require.EqualError(t, err, "sql: driver does not support non-default isolation level")
			_, err = db.Exec("UPDATE t SET v = :v", sql.Named("v", 1))
			require.Error(t, err)
			assert.Contains(t, err.Error(), "driver does not support the use of Named Parameters")
			tx, err := db.Begin()
			require.NoError(t, err)
			require.NoError(t, tx.Commit())
			assert.Equal(t, []string{"prepare UPDATE t SET v = ?", "exec", "prepare SELECT v FROM t WHERE v = ?", "query", "prepare UPDATE t SET v = :v", "begin"}, calls)
		})
	}
}

// fullDriver implements every optional connection interface and records
// which ones database/sql reached through ferro.
type fullDriver struct{ calls map[string]int }

func (d fullDriver) Open(string) (driver.Conn, error) { return fullConn(d), nil }

type fullConn fullDriver

func (c fullConn) hit(s string)                             { c.calls[s]++ }
func (c fullConn) Prepare(string) (driver.Stmt, error)      { return nil, errors.New("unused") }
func (c fullConn) Close() error                             { return nil }
func (c fullConn) Begin() (driver.Tx, error)                { return nil, errors.New("unused") }
func (c fullConn) Ping(context.Context) error               { c.hit("ping"); return nil }
func (c fullConn) ResetSession(context.Context) error       { c.hit("reset"); return nil }
func (c fullConn) IsValid() bool                            { c.hit("valid"); return true }
func (c fullConn) CheckNamedValue(*driver.NamedValue) error { c.hit("check"); return nil }
func (c fullConn) BeginTx(context.Context, driver.TxOptions) (driver.Tx, error) {
	c.hit("begintx")
	return legacyTx{}, nil
}
func (c fullConn) ExecContext(context.Context, string, []driver.NamedValue) (driver.Result, error) {
	c.hit("exec")
	return driver.RowsAffected(1), nil
}
func (c fullConn) QueryContext(_ context.Context, _ string, args []driver.NamedValue) (driver.Rows, error) {
	c.hit("query")
	return &legacyRows{v: []driver.Value{args[0].Value}}, nil
}

func TestWrapper_ForwardsEveryOptionalInterface(t *testing.T) {
	d := fullDriver{calls: map[string]int{}}
	db := sql.OpenDB(ferro.MustConnector(driverConnector{d: d}, ferro.WithDialect(schema.Postgres)))
	defer db.Close()
	db.SetMaxOpenConns(1)
	require.NoError(t, db.Ping())
	_, err := db.Exec("UPDATE t SET v = $1", struct{ X int }{1}) // only the inner checker accepts a struct
	require.NoError(t, err)
	var v any
	require.NoError(t, db.QueryRow("SELECT $1", "x").Scan(&v))
	tx, err := db.BeginTx(context.Background(), &sql.TxOptions{Isolation: sql.LevelSerializable, ReadOnly: true})
	require.NoError(t, err)
	require.NoError(t, tx.Commit())
	for _, k := range []string{"ping", "reset", "valid", "check", "begintx", "exec", "query"} {
		assert.Positive(t, d.calls[k], k)
	}
}
