package ferro_test

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	msqlite "modernc.org/sqlite"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
)

// The fleet-epoch tests run in a database of their own: NOTIFY and event
// triggers are database-wide, and other tests run DDL at the same time.

// withParam adds a URL query parameter to dsn.
func withParam(dsn, kv string) string {
	if strings.Contains(dsn, "?") {
		return dsn + "&" + kv
	}
	return dsn + "?" + kv
}

// openListening opens a ferro pool on dsn with the listener on and starts
// it (the listener starts with the first connection).
func openListening(t *testing.T, dsn string) *sql.DB {
	t.Helper()
	db := testdb.Open(t, "ferro-postgres", withParam(dsn, "ferro_listen=on"))
	require.NoError(t, db.Ping())
	return db
}

// waitEpoch waits up to limit for db's epoch to exceed after and returns it.
func waitEpoch(t *testing.T, db *sql.DB, after uint64, limit time.Duration) uint64 {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		v, err := ferro.SchemaEpoch(db)
		require.NoError(t, err)
		if v > after {
			return v
		}
		if time.Now().After(deadline) {
			t.Fatalf("schema epoch still %d after %s", v, limit)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

func epochNow(t *testing.T, db *sql.DB) uint64 {
	t.Helper()
	v, err := ferro.SchemaEpoch(db)
	require.NoError(t, err)
	return v
}

type fleetNote struct {
	ID   int64 `ferro:"id,pk"`
	Body string
}

func (fleetNote) TableName() string { return "fleet_note" }

// TestFleet_OtherPoolLearnsWithoutRunningAStatement: two *sql.DB stand in
// for two instances of a service. After one migrates, runs DDL in a
// transaction, or calls BumpSchemaEpoch, the other's epoch advances within
// 1 s without it running any statement; a rolled-back DDL transaction
// tells nobody.
func TestFleet_OtherPoolLearnsWithoutRunningAStatement(t *testing.T) {
	e := testdb.PostgresDatabase(t)
	a := testdb.Open(t, "ferro-postgres", e.DSN)
	b := openListening(t, e.DSN)

	steps := []struct {
		name string
		run  func(t *testing.T)
	}{
		{"migrate", func(t *testing.T) { require.NoError(t, ferro.Migrate(a, []any{fleetNote{}})) }},
		{"ddl statement", func(t *testing.T) { mustExec(t, a, "CREATE INDEX fleet_note_body ON fleet_note (body)") }},
		{"ddl in transaction", func(t *testing.T) {
			tx, err := a.Begin()
			require.NoError(t, err)
			mustExec(t, tx, "ALTER TABLE fleet_note ADD COLUMN extra text")
			mustExec(t, tx, "ALTER TABLE fleet_note ADD COLUMN more text")
			require.NoError(t, tx.Commit())
		}},
		{"BumpSchemaEpoch", func(t *testing.T) {
			_, err := ferro.BumpSchemaEpoch(a)
			require.NoError(t, err)
		}},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			before := epochNow(t, b)
			s.run(t)
			waitEpoch(t, b, before, time.Second)
		})
	}

	// The two cases below end with a notification of b's own, which b's
	// listener handles without a bump: the server delivers notifications in
	// commit order, so once it is handled everything published before it
	// has been counted.
	t.Run("rolled back tells nobody", func(t *testing.T) {
		before, handled := epochNow(t, b), ferro.ListenerHandled(b)
		tx, err := a.Begin()
		require.NoError(t, err)
		mustExec(t, tx, "ALTER TABLE fleet_note ADD COLUMN never text")
		require.NoError(t, tx.Rollback())
		_, err = ferro.BumpSchemaEpoch(b) // +1 here; its notification is the barrier
		require.NoError(t, err)
		waitHandled(t, b, handled+1, time.Second)
		assert.Equal(t, before+1, epochNow(t, b), "nothing arrived for the rolled-back DDL")
		_, err = ferro.BumpSchemaEpoch(a) // and a committed change does arrive
		require.NoError(t, err)
		waitEpoch(t, b, before+1, time.Second)
	})

	t.Run("own changes are not counted twice", func(t *testing.T) {
		before, handled := epochNow(t, b), ferro.ListenerHandled(b)
		mustExec(t, b, "CREATE TABLE fleet_own (id bigint)")
		waitHandled(t, b, handled+1, time.Second)
		assert.Equal(t, before+1, epochNow(t, b), "one bump for the DDL, none for its own notification")
	})
}

// waitHandled waits up to limit until db's listener has handled n
// notifications.
func waitHandled(t *testing.T, db *sql.DB, n uint64, limit time.Duration) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for ferro.ListenerHandled(db) < n {
		if time.Now().After(deadline) {
			t.Fatalf("the listener handled %d notifications, not %d, in %s", ferro.ListenerHandled(db), n, limit)
		}
		time.Sleep(time.Millisecond)
	}
}

// TestFleet_ListenerReconnectsAndBumps: the server drops the listener's
// session; the listener reconnects, bumps once (it may have missed a
// change), and follows changes again.
func TestFleet_ListenerReconnectsAndBumps(t *testing.T) {
	e := testdb.PostgresDatabase(t)
	a := testdb.Open(t, "ferro-postgres", e.DSN)
	b := openListening(t, e.DSN)
	admin := testdb.Open(t, "pgx", e.DSN)
	before := epochNow(t, b)
	var n int
	require.NoError(t, admin.QueryRow(`SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
		WHERE datname = current_database() AND pid <> pg_backend_pid() AND query = 'SELECT pg_backend_pid()'`).Scan(&n))
	require.Equal(t, 1, n, "one listener session")
	// The reconnect bump comes after the new session's LISTEN: changes
	// arrive again.
	after := waitEpoch(t, b, before, 3*time.Second)
	mustExec(t, a, "CREATE TABLE fleet_after (id bigint)")
	waitEpoch(t, b, after, time.Second)
}

// TestFleet_ListenerClosedWithDB: db.Close stops the listener goroutine and
// closes its server session before returning.
func TestFleet_ListenerClosedWithDB(t *testing.T) {
	e := testdb.PostgresDatabase(t)
	admin := testdb.Open(t, "pgx", e.DSN)
	db, err := sql.Open("ferro-postgres", withParam(e.DSN, "ferro_listen=on"))
	require.NoError(t, err)
	require.NoError(t, db.Ping())
	assert.Equal(t, 1, listenerGoroutines(), "one listener goroutine while open")
	require.NoError(t, db.Close())
	// Close returns once the goroutine has closed its connection and
	// signalled done; its last deferred call may still be on the stack
	// for a moment, so its exit is awaited briefly.
	deadline := time.Now().Add(2 * time.Second)
	for listenerGoroutines() != 0 {
		require.True(t, time.Now().Before(deadline), "a listener goroutine is left after Close")
		time.Sleep(time.Millisecond)
	}
	for {
		var n int
		require.NoError(t, admin.QueryRow(`SELECT count(*) FROM pg_stat_activity
			WHERE datname = current_database() AND pid <> pg_backend_pid()`).Scan(&n))
		if n == 0 {
			break
		}
		require.True(t, time.Now().Before(deadline), "%d server sessions left after Close", n)
		time.Sleep(10 * time.Millisecond)
	}
}

func listenerGoroutines() int {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	return strings.Count(string(buf), "ferro.(*listener).run(")
}

// TestFleet_ListenParam: ferro_listen is read and removed by ferro (the
// server would refuse it as a runtime parameter), in both DSN forms; a bad
// value is refused without echoing the DSN; SQLite refuses the option.
func TestFleet_ListenParam(t *testing.T) {
	e := testdb.Postgres(t)
	for _, dsn := range []string{withParam(e.DSN, "ferro_listen=off"), withParam(e.DSN, "ferro_listen=on")} {
		db := testdb.Open(t, "ferro-postgres", dsn)
		require.NoError(t, db.Ping(), dsn)
	}
	cfg, err := pgx.ParseConfig(e.DSN)
	require.NoError(t, err)
	kv := "host=" + cfg.Host + " port=" + strconv.Itoa(int(cfg.Port)) + " user=" + cfg.User + " dbname=" + cfg.Database + " sslmode=disable ferro_listen=on"
	db := testdb.Open(t, "ferro-postgres", kv)
	require.NoError(t, db.Ping())
	assert.Equal(t, 2, listenerGoroutines(), "ferro_listen=on in both DSN forms started a listener; off did not")

	_, err = sql.Open("ferro-postgres", "postgres://u:S3cretPW@localhost/db?ferro_listen=maybe")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "ferro_listen must be on or off")
	assert.NotContains(t, err.Error(), "S3cretPW")

	_, err = ferro.NewConnector(sqliteConnector(t), ferro.WithListen(true))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "Postgres feature")
	_, err = sql.Open("ferro-sqlite", "file:x.db?ferro_listen=on")
	require.NoError(t, err, "not a ferro parameter on SQLite: passed through to modernc, which ignores unknown parameters")
}

func sqliteConnector(t *testing.T) driver.Connector {
	c, err := msqlite.NewConnector(":memory:")
	require.NoError(t, err)
	return c
}

// TestInstallSchemaNotifier: with the event trigger installed, DDL run by
// any client (here a raw pgx pool, as psql or golang-migrate would) reaches
// listening ferro pools; installing twice is harmless; a role that is not a
// superuser gets an error that says so. With pgx's
// QueryExecModeCacheDescribe, a type-only change made elsewhere (the one
// case no server error reveals) is then read correctly by the next query.
func TestInstallSchemaNotifier(t *testing.T) {
	e := testdb.PostgresDatabase(t)
	admin := testdb.Open(t, "ferro-postgres", e.DSN)
	ctx := t.Context()
	require.NoError(t, ferro.InstallSchemaNotifier(ctx, admin))
	require.NoError(t, ferro.InstallSchemaNotifier(ctx, admin), "idempotent")

	cfg, err := pgx.ParseConfig(e.DSN)
	require.NoError(t, err)
	cfg.DefaultQueryExecMode = pgx.QueryExecModeCacheDescribe
	db, err := ferro.OpenDB(stdlib.GetConnector(*cfg), ferro.WithListen(true))
	require.NoError(t, err)
	defer db.Close()
	db.SetMaxOpenConns(1)

	raw := testdb.Open(t, "pgx", e.DSN) // a client that knows nothing of ferro
	mustExec(t, raw, "CREATE TABLE t (id bigint, n integer)")
	mustExec(t, raw, "INSERT INTO t VALUES (1, 2)")
	var v any
	require.NoError(t, db.QueryRow("SELECT n FROM t WHERE id = $1", 1).Scan(&v))
	assert.Equal(t, int64(2), v)

	before := epochNow(t, db)
	mustExec(t, raw, "ALTER TABLE t ALTER COLUMN n TYPE text USING 'two'")
	waitEpoch(t, db, before, time.Second)
	require.NoError(t, db.QueryRow("SELECT n FROM t WHERE id = $1", 1).Scan(&v))
	assert.Equal(t, "two", v, "the next query decodes with the new type")

	var epochRow int64
	require.NoError(t, raw.QueryRow("SELECT epoch FROM ferro.schema_epoch").Scan(&epochRow))
	assert.Positive(t, epochRow, "the trigger bumps the epoch row in the DDL's transaction")

	t.Run("not a superuser", func(t *testing.T) {
		role := testdb.UniqueName("ferro_nosuper_")
		mustExec(t, raw, "CREATE ROLE "+role+" LOGIN")
		t.Cleanup(func() {
			raw.Exec("DROP OWNED BY " + role)
			raw.Exec("DROP ROLE " + role)
		})
		u, err := url.Parse(e.DSN)
		require.NoError(t, err)
		u.User = url.User(role)
		db := testdb.Open(t, "ferro-postgres", u.String())
		err = ferro.InstallSchemaNotifier(ctx, db)
		require.Error(t, err)
		assert.Contains(t, err.Error(), `role "`+role+`" is not a superuser`)
	})
}

// stormCounts is what one DDL storm observed.
type stormCounts struct {
	ddl, ops, txs, outsideTxErrs, txSchemaChanged, otherErrs, wrongShape int64
	firstOther                                                           error
}

// runStorm runs the DDL storm of issue 10: another pool adds or drops a
// column every ~20 ms
// while 16 goroutines run plain queries, prepared statements and short
// transactions through a ferro pool (listening or not) for d.
func runStorm(t *testing.T, dsn string, listen bool, d, pace time.Duration) stormCounts {
	t.Helper()
	// The DDL comes from another ferro pool, standing for another instance
	// of the service, which publishes each change (a raw client would need
	// InstallSchemaNotifier for the listener to hear it).
	raw := testdb.Open(t, "ferro-postgres", dsn)
	mustExec(t, raw, "DROP TABLE IF EXISTS storm")
	mustExec(t, raw, "CREATE TABLE storm (id bigint PRIMARY KEY, a integer)")
	mustExec(t, raw, "INSERT INTO storm SELECT g, g FROM generate_series(1, 100) g")
	mustExec(t, raw, "CREATE TABLE IF NOT EXISTS storm_other (id bigint PRIMARY KEY)")
	db := testdb.Open(t, "ferro-postgres", withParam(dsn, "ferro_listen="+map[bool]string{false: "off", true: "on"}[listen]))
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(16)
	require.NoError(t, db.Ping())
	st, err := db.Prepare("SELECT * FROM storm WHERE id = $1")
	require.NoError(t, err)
	defer st.Close()

	var c stormCounts
	var mu sync.Mutex
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for i := 0; ; i++ {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			q := "ALTER TABLE storm ADD COLUMN x integer"
			if i%2 == 1 {
				q = "ALTER TABLE storm DROP COLUMN x"
			}
			if _, err := raw.Exec(q); err != nil {
				t.Errorf("storm ddl: %v", err)
				return
			}
			mu.Lock()
			c.ddl++
			mu.Unlock()
		}
	})
	shape := func(rows *sql.Rows, err error) error {
		if err != nil {
			return err
		}
		defer rows.Close()
		cols, err := rows.Columns()
		if err != nil {
			return err
		}
		for rows.Next() {
		}
		if err := rows.Err(); err != nil {
			return err
		}
		if len(cols) != 2 && len(cols) != 3 {
			mu.Lock()
			c.wrongShape++
			mu.Unlock()
		}
		return rows.Close()
	}
	for g := range 16 {
		wg.Go(func() {
			for i := 0; ctx.Err() == nil; i++ {
				if pace > 0 {
					time.Sleep(pace)
				}
				id := int64(i%100 + 1)
				var err error
				inTx := false
				switch (g + i) % 3 {
				case 0:
					err = shape(db.Query("SELECT * FROM storm WHERE id = $1", id))
				case 1:
					err = shape(st.Query(id))
				case 2:
					inTx = true
					var tx *sql.Tx
					if tx, err = db.Begin(); err == nil {
						// A first statement elsewhere, as real transactions
						// have: a stale plan on the first statement is
						// retried by ferro in a new transaction, on any
						// later one it is the caller's to retry.
						var one int
						if err = tx.QueryRow("SELECT count(*) FROM storm_other WHERE id = $1", id).Scan(&one); err == nil {
							err = shape(tx.Query("SELECT * FROM storm WHERE id = $1", id))
						}
						if err == nil {
							err = tx.Commit()
						} else {
							tx.Rollback()
						}
					}
				}
				mu.Lock()
				c.ops++
				if inTx {
					c.txs++
				}
				switch {
				case err == nil:
				case ctx.Err() != nil:
				case inTx && errors.Is(err, ferro.ErrSchemaChanged):
					c.txSchemaChanged++
				case !inTx && errors.Is(err, ferro.ErrSchemaChanged):
					c.outsideTxErrs++
					if c.firstOther == nil {
						c.firstOther = fmt.Errorf("path %d: %w", (g+i)%3, err)
					}
				default:
					c.otherErrs++
					if c.firstOther == nil {
						c.firstOther = err
					}
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	return c
}

// TestFleet_DDLStorm is issue 10's done-when storm, shortened for CI (3 s;
// FERRO_STORM_SECONDS=30 runs the full one, see docs/performance.md). No
// stale-plan error may reach a caller outside a transaction, every error
// inside one must be ErrSchemaChanged, and no result may have a shape that
// never existed. Counts are logged, listener off and on.
func TestFleet_DDLStorm(t *testing.T) {
	secs, paceMS := 3, 0
	if s := os.Getenv("FERRO_STORM_SECONDS"); s != "" {
		var err error
		secs, err = strconv.Atoi(s)
		require.NoError(t, err)
	}
	if s := os.Getenv("FERRO_STORM_PACE_MS"); s != "" {
		var err error
		paceMS, err = strconv.Atoi(s)
		require.NoError(t, err)
	}
	// A schema of the shared test database: the storm counts errors, not
	// bumps, so other tests' notifications do not disturb it.
	e := testdb.Postgres(t)
	for _, listen := range []bool{false, true} {
		t.Run(map[bool]string{false: "listener off", true: "listener on"}[listen], func(t *testing.T) {
			c := runStorm(t, e.DSN, listen, time.Duration(secs)*time.Second, time.Duration(paceMS)*time.Millisecond)
			t.Logf("listen=%v: %d DDL, %d operations, %d ErrSchemaChanged in %d transactions (%.2f%%), %d stale-plan errors outside, %d other errors, %d wrong shapes",
				listen, c.ddl, c.ops, c.txSchemaChanged, c.txs, 100*float64(c.txSchemaChanged)/float64(max(c.txs, 1)), c.outsideTxErrs, c.otherErrs, c.wrongShape)
			assert.Positive(t, c.ddl)
			assert.Zero(t, c.outsideTxErrs, "stale-plan errors outside a transaction: first %v", c.firstOther)
			assert.Zero(t, c.otherErrs, "errors other than ErrSchemaChanged: first %v", c.firstOther)
			assert.Zero(t, c.wrongShape)
		})
	}
}

// TestFleet_PoolerInTransactionModeFailsLoudly: behind PgBouncer in
// transaction mode a LISTEN cannot receive anything; the listening pool's
// first connection fails with an error that says so (and the same DSN
// with ferro_listen=off works). It needs a PgBouncer, so it runs only when
// FERRO_TEST_PGBOUNCER_DSN names one in transaction mode (see
// docs/performance.md, "Poolers").
func TestFleet_PoolerInTransactionModeFailsLoudly(t *testing.T) {
	dsn := os.Getenv("FERRO_TEST_PGBOUNCER_DSN")
	if dsn == "" {
		t.Skip("set FERRO_TEST_PGBOUNCER_DSN to a PgBouncer in pool_mode=transaction to run this test")
	}
	db := testdb.Open(t, "ferro-postgres", withParam(dsn, "ferro_listen=on"))
	err := db.Ping()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "pooler in transaction mode")
	assert.Equal(t, 0, listenerGoroutines())
	off := testdb.Open(t, "ferro-postgres", withParam(dsn, "ferro_listen=off"))
	require.NoError(t, off.Ping())
}
