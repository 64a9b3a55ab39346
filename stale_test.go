package ferro_test

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

// staleConn is a Postgres-like connection on which every statement meets a
// stale plan, the error the server sends in German (lc_messages=de_DE):
// what a DDL storm looks like to one unlucky statement.
type staleConn struct{ runs *int }

func germanStale() error {
	return &pgconn.PgError{Severity: "FEHLER", Code: "0A000", Message: "gecachter Plan darf den Ergebnistyp nicht ändern", Routine: "RevalidateCachedQuery"}
}

func (c staleConn) Prepare(q string) (driver.Stmt, error) { return staleStmt(c), nil }
func (c staleConn) Close() error                          { return nil }
func (c staleConn) Begin() (driver.Tx, error)             { return legacyTx{}, nil }
func (c staleConn) QueryContext(context.Context, string, []driver.NamedValue) (driver.Rows, error) {
	*c.runs++
	return nil, germanStale()
}
func (c staleConn) ExecContext(context.Context, string, []driver.NamedValue) (driver.Result, error) {
	*c.runs++
	return nil, germanStale()
}

type staleStmt staleConn

func (s staleStmt) Close() error  { return nil }
func (s staleStmt) NumInput() int { return -1 }
func (s staleStmt) Exec([]driver.Value) (driver.Result, error) {
	*s.runs++
	return nil, germanStale()
}
func (s staleStmt) Query([]driver.Value) (driver.Rows, error) {
	*s.runs++
	return nil, germanStale()
}

type staleDriver struct{ runs *int }

func (d staleDriver) Open(string) (driver.Conn, error) { return staleConn(d), nil }

// TestEpoch_StalePlanNeverEscapesUnwrapped pins issue 10 item 1: a stale
// plan outside a transaction used to be retried exactly once and the
// retry's error returned raw (a *pgconn.PgError, not ErrSchemaChanged). Now
// the statement is renewed and run again up to a bound, and what is
// returned after it is a *SchemaChangedError, on every path.
func TestEpoch_StalePlanNeverEscapesUnwrapped(t *testing.T) {
	runs := 0
	db := sql.OpenDB(ferro.MustConnector(driverConnector{d: staleDriver{runs: &runs}}, ferro.WithDialect(schema.Postgres)))
	defer db.Close()
	db.SetMaxOpenConns(1)
	ctx := context.Background()
	paths := []struct {
		name string
		run  func() error
	}{
		{"query", func() error { _, err := db.QueryContext(ctx, "SELECT * FROM t"); return err }},
		{"exec", func() error { _, err := db.ExecContext(ctx, "UPDATE t SET a = 1"); return err }},
		{"stmt query", func() error {
			st, err := db.PrepareContext(ctx, "SELECT * FROM t")
			require.NoError(t, err)
			defer st.Close()
			_, err = st.QueryContext(ctx)
			return err
		}},
		{"stmt exec", func() error {
			st, err := db.PrepareContext(ctx, "UPDATE t SET a = 1")
			require.NoError(t, err)
			defer st.Close()
			_, err = st.ExecContext(ctx)
			return err
		}},
	}
	for _, p := range paths {
		t.Run(p.name, func(t *testing.T) {
			runs = 0
			err := p.run()
			require.Error(t, err)
			assert.ErrorIs(t, err, ferro.ErrSchemaChanged)
			var sce *ferro.SchemaChangedError
			require.ErrorAs(t, err, &sce)
			assert.Equal(t, 8, sce.Attempts)
			assert.Equal(t, 8, runs, "renewed and run again up to the bound, no more")
			var pe *pgconn.PgError
			assert.ErrorAs(t, err, &pe, "the server's error stays reachable")
		})
	}
}

// TestEpoch_StalePlanRecoveredInAnyLanguage proves stale-plan recovery does
// not depend on the server's message language: the session runs with
// lc_messages=de_DE.UTF-8 (the server ships German translations of all
// three messages). It needs a server that has the locale (.ci/run compiles
// it; without it the test is skipped, and fails when
// FERRO_REQUIRE_POSTGRES=1); the recognition itself is also pinned,
// server-independently, by postgres.TestIsStalePlan with the error values
// the server sends.
func TestEpoch_StalePlanRecoveredInAnyLanguage(t *testing.T) {
	e := testdb.Postgres(t)
	other := testdb.Open(t, "pgx", e.DSN)
	if _, err := other.Exec("SET lc_messages = 'de_DE.UTF-8'"); err != nil {
		testdb.Unavailable(t, fmt.Sprintf("the server at FERRO_TEST_POSTGRES_DSN has no de_DE.UTF-8 locale (%v); compile it with localedef --no-archive -i de_DE -f UTF-8 de_DE.UTF-8 (a running server sees no locale added to glibc's archive by locale-gen until it restarts)", err))
	}
	dsn := e.DSN + "&lc_messages=de_DE.UTF-8"
	raw := testdb.Open(t, "pgx", dsn)
	raw.SetMaxOpenConns(1)
	db := testdb.Open(t, e.FerroDriver, dsn)
	db.SetMaxOpenConns(1)
	mustExec(t, other, "CREATE TABLE t (id bigint, n integer)")
	mustExec(t, other, "INSERT INTO t VALUES (1, 2)")
	for _, q := range []*sql.DB{raw, db} {
		columns(t, q, "SELECT * FROM t WHERE id = $1", 1)
	}
	mustExec(t, other, "ALTER TABLE t ADD COLUMN extra text")

	_, err := raw.Query("SELECT * FROM t WHERE id = $1", 1)
	var pe *pgconn.PgError
	require.ErrorAs(t, err, &pe, "raw pgx must meet the stale plan")
	require.Equal(t, "0A000", pe.Code)
	require.False(t, strings.Contains(pe.Message, "cached plan"), "the message is translated: %q", pe.Message)

	assert.Equal(t, []string{"id", "n", "extra"}, columns(t, db, "SELECT * FROM t WHERE id = $1", 1))
}

// ctxKey marks the context a fake driver call received.
type ctxKey struct{}

// checkingDriver's statements implement driver.NamedValueChecker and record
// the context each prepare ran with.
type checkingDriver struct{ log *checkLog }

type checkLog struct {
	prepareCtx []any
	execArgs   []any
}

func (d checkingDriver) Open(string) (driver.Conn, error) { return checkingConn(d), nil }

type checkingConn checkingDriver

func (c checkingConn) Prepare(q string) (driver.Stmt, error) {
	return c.PrepareContext(context.Background(), q)
}
func (c checkingConn) PrepareContext(ctx context.Context, _ string) (driver.Stmt, error) {
	c.log.prepareCtx = append(c.log.prepareCtx, ctx.Value(ctxKey{}))
	return checkingStmt(c), nil
}
func (c checkingConn) Close() error              { return nil }
func (c checkingConn) Begin() (driver.Tx, error) { return legacyTx{}, nil }
func (c checkingConn) ExecContext(context.Context, string, []driver.NamedValue) (driver.Result, error) {
	return driver.RowsAffected(0), nil
}

type checkingStmt checkingConn

func (s checkingStmt) Close() error  { return nil }
func (s checkingStmt) NumInput() int { return 1 }
func (s checkingStmt) CheckNamedValue(nv *driver.NamedValue) error {
	if _, ok := nv.Value.(string); ok {
		nv.Value = "checked:" + nv.Value.(string)
		return nil
	}
	return driver.ErrSkip
}
func (s checkingStmt) ExecContext(_ context.Context, args []driver.NamedValue) (driver.Result, error) {
	for _, a := range args {
		s.log.execArgs = append(s.log.execArgs, a.Value)
	}
	return driver.RowsAffected(1), nil
}
func (s checkingStmt) Exec([]driver.Value) (driver.Result, error) {
	return nil, errors.New("unused")
}
func (s checkingStmt) Query([]driver.Value) (driver.Rows, error) {
	return nil, errors.New("unused")
}

// TestStmt_CheckNamedValueUsesCallerContext pins issue 13 item 7: a
// statement whose inner statement was dropped by a renewal was prepared
// again from CheckNamedValue with context.Background(), so the caller's
// deadline did not bound it. Now it is prepared inside ExecContext with the
// caller's context, and the inner statement's checker still applies.
func TestStmt_CheckNamedValueUsesCallerContext(t *testing.T) {
	log := &checkLog{}
	db := sql.OpenDB(ferro.MustConnector(driverConnector{d: checkingDriver{log: log}}, ferro.WithDialect(schema.Postgres)))
	defer db.Close()
	db.SetMaxOpenConns(1)
	prepCtx := context.WithValue(context.Background(), ctxKey{}, "prepare")
	st, err := db.PrepareContext(prepCtx, "UPDATE t SET v = $1")
	require.NoError(t, err)
	defer st.Close()
	_, err = ferro.BumpSchemaEpoch(db)
	require.NoError(t, err)
	_, err = db.Exec("UPDATE t SET v = 0") // renews the connection: drops st's inner statement
	require.NoError(t, err)

	callerCtx := context.WithValue(context.Background(), ctxKey{}, "caller")
	_, err = st.ExecContext(callerCtx, "x")
	require.NoError(t, err)
	_, err = st.ExecContext(callerCtx, int64(7)) // ErrSkip: database/sql's default conversion
	require.NoError(t, err)
	assert.Equal(t, []any{"prepare", "caller"}, log.prepareCtx, "the re-prepare runs with the caller's context")
	assert.Equal(t, []any{"checked:x", int64(7)}, log.execArgs, "the inner statement's checker applied")
}

// TestEpoch_TextCommitThroughQuerySettles pins issue 13 item 8: a
// text-level COMMIT sent through QueryContext after DDL in a text-level
// transaction did not bump the epoch until the connection went back to the
// pool; ExecContext did. Both settle at once now.
func TestEpoch_TextCommitThroughQuerySettles(t *testing.T) {
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		if e.Name == "sqlite" {
			t.Skip("modernc does not report the transaction state; ferro settles text-level transactions on Postgres only")
		}
		db := open(t, e, 2)
		mustExec(t, db, "CREATE TABLE t (id bigint)")
		ctx := context.Background()
		c, err := db.Conn(ctx)
		require.NoError(t, err)
		defer c.Close()
		mustExec(t, c, "BEGIN")
		mustExec(t, c, "ALTER TABLE t ADD COLUMN extra text")
		before, err := ferro.SchemaEpoch(db)
		require.NoError(t, err)
		rows, err := c.QueryContext(ctx, "COMMIT")
		require.NoError(t, err)
		require.NoError(t, rows.Close())
		after, err := ferro.SchemaEpoch(db)
		require.NoError(t, err)
		assert.Greater(t, after, before, "the commit settled the DDL while the connection is still held")
	})
}

// TestEpoch_FirstStatementOfTxRetried: a stale plan met by the first
// statement of a transaction begun through BeginTx is recovered invisibly
// (nothing ran in the transaction, and the refused statement did not run
// either), in a new transaction with the same options; from the second
// statement on it is ErrSchemaChanged.
func TestEpoch_FirstStatementOfTxRetried(t *testing.T) {
	e := testdb.Postgres(t)
	db := open(t, e, 1)
	other := testdb.Open(t, "pgx", e.DSN)
	mustExec(t, db, "CREATE TABLE t (id bigint PRIMARY KEY, name text)")
	mustExec(t, db, "INSERT INTO t VALUES (1, 'a')")
	st, err := db.Prepare("SELECT * FROM t WHERE id = $1")
	require.NoError(t, err)
	defer st.Close()
	cases := []struct {
		name  string
		query func(tx *sql.Tx) (*sql.Rows, error)
	}{
		{"query", func(tx *sql.Tx) (*sql.Rows, error) { return tx.Query("SELECT * FROM t WHERE id = $1", 1) }},
		{"prepared statement", func(tx *sql.Tx) (*sql.Rows, error) { return tx.Stmt(st).Query(1) }},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			columns(t, db, "SELECT * FROM t WHERE id = $1", 1)
			columns(t, stmtQuerier{st}, "", 1)
			tx, err := db.BeginTx(context.Background(), &sql.TxOptions{Isolation: sql.LevelRepeatableRead})
			require.NoError(t, err)
			mustExec(t, other, fmt.Sprintf("ALTER TABLE t ADD COLUMN c%d text", i))
			rows, err := tc.query(tx)
			require.NoError(t, err, "the first statement is retried in a new transaction")
			cols, err := rows.Columns()
			require.NoError(t, err)
			assert.Len(t, cols, 3+i)
			require.NoError(t, rows.Close())
			var iso string
			require.NoError(t, tx.QueryRow("SHOW transaction_isolation").Scan(&iso))
			assert.Equal(t, "repeatable read", iso, "the new transaction has the caller's options")
			mustExec(t, tx, "UPDATE t SET name = 'b' WHERE id = 1")
			require.NoError(t, tx.Commit())
			var name string
			require.NoError(t, db.QueryRow("SELECT name FROM t WHERE id = 1").Scan(&name))
			assert.Equal(t, "b", name)
		})
	}
}

// TestEpoch_PoolerLostStatementIsNotSchemaChanged pins issue 20 item 3:
// behind PgBouncer in transaction mode, pgx's statement cache (its default
// mode) prepares a statement on one server session and the pooler runs it
// on another, which answers SQLSTATE 26000 "prepared statement does not
// exist". ferro took that for the server's stale plan: inside a
// transaction it returned ErrSchemaChanged, telling the caller to retry for
// a schema change that never happened, and outside one it renewed (running
// DEALLOCATE ALL on whichever server session the pooler picked, another
// client's perhaps) and ran the statement again, hiding the
// misconfiguration. Now the error says a pooler lost the statement and what
// to change, and is not ErrSchemaChanged; with the exec mode it advises,
// the same sequence runs. The server session that prepared the statement
// is held by another client in a transaction, so the pooler must run the
// next statement on a new one.
func TestEpoch_PoolerLostStatementIsNotSchemaChanged(t *testing.T) {
	const q = "SELECT $1::int + 1"
	// lose prepares q through a new pool on a database of its own (so the
	// pooler's pool for it starts empty), then parks the one server
	// session that has it in another client's transaction.
	lose := func(t *testing.T, params string) *sql.DB {
		e := testdb.PgBouncer(t)
		dsn := e.DSN
		if params != "" {
			dsn = withParam(dsn, params)
		}
		db := testdb.Open(t, e.FerroDriver, dsn)
		db.SetMaxOpenConns(1)
		var n int
		require.NoError(t, db.QueryRow(q, 1).Scan(&n))
		holder, err := pgx.Connect(t.Context(), e.DSN)
		require.NoError(t, err)
		t.Cleanup(func() { holder.Close(context.Background()) })
		_, err = holder.Exec(t.Context(), "BEGIN")
		require.NoError(t, err)
		return db
	}
	pooler := func(t *testing.T, err error) {
		t.Helper()
		require.Error(t, err)
		assert.NotErrorIs(t, err, ferro.ErrSchemaChanged)
		assert.Contains(t, err.Error(), "connection pooler")
		assert.Contains(t, err.Error(), "default_query_exec_mode=exec")
		assert.Contains(t, err.Error(), "pool_mode=session")
		var pe *pgconn.PgError
		require.ErrorAs(t, err, &pe, "the server's error stays reachable")
		assert.Equal(t, "26000", pe.Code)
	}

	t.Run("outside a transaction", func(t *testing.T) {
		db := lose(t, "")
		var n int
		pooler(t, db.QueryRow(q, 1).Scan(&n))
	})
	t.Run("first statement of a transaction", func(t *testing.T) {
		db := lose(t, "")
		tx, err := db.Begin()
		require.NoError(t, err)
		defer tx.Rollback()
		var n int
		pooler(t, tx.QueryRow(q, 1).Scan(&n))
	})
	t.Run("later statement of a transaction", func(t *testing.T) {
		db := lose(t, "")
		tx, err := db.Begin()
		require.NoError(t, err)
		defer tx.Rollback()
		mustExec(t, tx, "SELECT 1")
		var n int
		pooler(t, tx.QueryRow(q, 1).Scan(&n))
	})
	t.Run("prepared statement", func(t *testing.T) {
		e := testdb.PgBouncer(t)
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		db.SetMaxOpenConns(1)
		st, err := db.Prepare(q)
		require.NoError(t, err)
		defer st.Close()
		holder, err := pgx.Connect(t.Context(), e.DSN)
		require.NoError(t, err)
		defer holder.Close(context.Background())
		_, err = holder.Exec(t.Context(), "BEGIN")
		require.NoError(t, err)
		var n int
		pooler(t, st.QueryRow(1).Scan(&n))
	})
	t.Run("no pooler: the server's stale plan, as before", func(t *testing.T) {
		// The statement is deallocated under pgx's cache on the
		// connection itself: ferro renews and runs it again outside a
		// transaction, and inside one it is ErrSchemaChanged.
		e := testdb.Postgres(t)
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		db.SetMaxOpenConns(1)
		deallocate := func() {
			c, err := db.Conn(t.Context())
			require.NoError(t, err)
			defer c.Close()
			require.NoError(t, c.Raw(func(dc any) error {
				inner, _ := ferro.InnerConn(dc)
				_, err := inner.(*stdlib.Conn).Conn().PgConn().Exec(t.Context(), "DEALLOCATE ALL").ReadAll()
				return err
			}))
		}
		var n int
		require.NoError(t, db.QueryRow(q, 1).Scan(&n))
		deallocate()
		require.NoError(t, db.QueryRow(q, 1).Scan(&n), "renewed and run again")
		deallocate()
		tx, err := db.Begin()
		require.NoError(t, err)
		defer tx.Rollback()
		mustExec(t, tx, "SELECT 1")
		err = tx.QueryRow(q, 1).Scan(&n)
		assert.ErrorIs(t, err, ferro.ErrSchemaChanged)
	})
	t.Run("the advised exec mode works", func(t *testing.T) {
		db := lose(t, "default_query_exec_mode=exec")
		var n int
		require.NoError(t, db.QueryRow(q, 1).Scan(&n))
		tx, err := db.Begin()
		require.NoError(t, err)
		require.NoError(t, tx.QueryRow(q, 2).Scan(&n))
		require.NoError(t, tx.Commit())
		assert.Equal(t, 3, n)
	})
}
