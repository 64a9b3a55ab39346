package migrate

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

// fixedPlan returns a replan function that always plans stmts, one change
// each.
func fixedPlan(dialectName schema.Dialect, stmts ...string) replanFunc {
	return func(context.Context, *sql.Conn, engine) (*Plan, error) {
		p := &Plan{dialect: dialectName}
		for _, s := range stmts {
			p.steps = append(p.steps, step{c: &schema.AddTable{T: &schema.Table{Name: "test"}}, stmts: []string{s}})
		}
		return p, nil
	}
}

func tableExists(t *testing.T, db *sql.DB, e testdb.Engine, name string) bool {
	t.Helper()
	q := "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + name + "'"
	if e.Name == "postgres" {
		q = "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '" + name + "'"
	}
	var n int
	if err := db.QueryRow(q).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n > 0
}

// A failing statement in the middle of a plan leaves nothing of the plan
// behind (issue 4, behaviour 2), and the error names the statement.
func TestRun_failingStatementRollsBackEverything(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.RawDriver, e.DSN)
		plan := fixedPlan(e.Name,
			`CREATE TABLE "a" ("id" INTEGER PRIMARY KEY)`,
			`CREATE INDEX "idx_a_id" ON "a" ("id")`,
			`CREATE TABLE "b" ("id" INTEGER PRIMARY KEY)`,
			`ALTER TABLE "missing" ADD COLUMN "x" INTEGER`,
			`CREATE TABLE "c" ("id" INTEGER PRIMARY KEY)`,
		)
		err := run(context.Background(), db, newConfig([]Option{AllowRawDB()}), plan, nil)
		var ae *ApplyError
		if !errors.As(err, &ae) {
			t.Fatalf("err = %v, want *ApplyError", err)
		}
		if ae.Index != 3 || ae.Total != 5 || ae.Statement != `ALTER TABLE "missing" ADD COLUMN "x" INTEGER` {
			t.Errorf("ApplyError = %d/%d %q", ae.Index, ae.Total, ae.Statement)
		}
		want := `ferro/migrate: apply failed at statement 4 of 5, rolled back (nothing of the plan remains): ALTER TABLE "missing" ADD COLUMN "x" INTEGER: `
		if !strings.HasPrefix(err.Error(), want) {
			t.Errorf("error:\n got %s\nwant prefix %s", err, want)
		}
		for _, name := range []string{"a", "b", "c"} {
			if tableExists(t, db, e, name) {
				t.Errorf("table %s exists after a failed apply", name)
			}
		}
	})
}

func TestRun_rawDBNeedsOptIn(t *testing.T) {
	t.Parallel()
	e := testdb.SQLite(t)
	db := testdb.Open(t, e.RawDriver, e.DSN)
	err := run(context.Background(), db, newConfig(nil), fixedPlan("sqlite", `CREATE TABLE "a" ("id" INTEGER)`), nil)
	if !errors.Is(err, ErrNotFerro) {
		t.Fatalf("err = %v, want ErrNotFerro", err)
	}
	want := `ferro/migrate: the *sql.DB was not opened through ferro: open it with sql.Open("ferro-postgres", dsn) or sql.Open("ferro-sqlite", dsn), or sql.OpenDB(ferro.NewConnector(...)) around your connector, so that every pooled connection drops its caches after the DDL (the schema epoch); pass migrate.AllowRawDB() to apply anyway and discard the caches yourself`
	if err.Error() != want {
		t.Errorf("error:\n got %s\nwant %s", err, want)
	}
	if tableExists(t, db, e, "a") {
		t.Error("table a was created")
	}
}

// Two migrators with separate pools race; the second re-plans under the
// lock, finds the work done, and the DDL runs once (behaviour 3).
func TestRun_racingMigratorsSerialize(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		var ddl atomic.Int32
		replan := func(ctx context.Context, conn *sql.Conn, eng engine) (*Plan, error) {
			q := "SELECT count(*) FROM sqlite_master WHERE name = 'once'"
			if eng.Name() == "postgres" {
				q = "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'once'"
			}
			n, err := eng.Count(ctx, conn, q)
			if err != nil {
				return nil, err
			}
			p := &Plan{dialect: eng.Name()}
			if n == 0 {
				ddl.Add(1)
				time.Sleep(50 * time.Millisecond) // widen the window
				p.steps = []step{{c: &schema.AddTable{T: &schema.Table{Name: "once"}}, stmts: []string{`CREATE TABLE "once" ("id" INTEGER)`}}}
			}
			return p, nil
		}
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i := range errs {
			db := testdb.Open(t, e.RawDriver, e.DSN)
			wg.Go(func() {
				errs[i] = run(context.Background(), db, newConfig([]Option{AllowRawDB()}), replan, nil)
			})
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("migrator %d: %v", i, err)
			}
		}
		if n := ddl.Load(); n != 1 {
			t.Errorf("DDL planned %d times, want 1", n)
		}
	})
}

// A migrator that cannot get the lock fails with ErrLockTimeout instead of
// hanging.
func TestRun_lockTimeout(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		holder := testdb.Open(t, e.RawDriver, e.DSN)
		conn, err := holder.Conn(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		var eng engine
		eng, err = engineOf(holder)
		if err != nil {
			t.Fatal(err)
		}
		ok, err := eng.TryBegin(context.Background(), conn, 0)
		if err != nil || !ok {
			t.Fatalf("holder TryBegin = %v, %v", ok, err)
		}
		defer conn.ExecContext(context.Background(), "ROLLBACK")
		db := testdb.Open(t, e.RawDriver, e.DSN)
		start := time.Now()
		err = run(context.Background(), db, newConfig([]Option{AllowRawDB(), WithLockTimeout(300 * time.Millisecond)}), fixedPlan(e.Name, `CREATE TABLE "x" ("id" INTEGER)`), nil)
		if !errors.Is(err, ErrLockTimeout) {
			t.Fatalf("err = %v, want ErrLockTimeout", err)
		}
		want := fmt.Sprintf("ferro/migrate: timed out waiting for the migration lock: another migrator held %s for more than 300ms; wait for it to finish or raise migrate.WithLockTimeout", eng.LockName())
		if err.Error() != want {
			t.Errorf("error:\n got %s\nwant %s", err, want)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("took %s", d)
		}
	})
}

// Regression (issue 13, item 5): the error of the deferred ROLLBACK was
// ignored, and a connection whose rollback failed was not marked bad. Here
// the server ends the migration's session while the plan is made: the
// rollback fails, the error says so, and the connection is not returned to
// the pool.
func TestRun_failedRollbackDiscardsTheConnection(t *testing.T) {
	t.Parallel()
	e := testdb.Postgres(t)
	db := testdb.Open(t, e.RawDriver, e.DSN)
	killer := testdb.Open(t, e.RawDriver, e.DSN)
	replan := func(ctx context.Context, conn *sql.Conn, eng engine) (*Plan, error) {
		var pid int
		if err := conn.QueryRowContext(ctx, "SELECT pg_backend_pid()").Scan(&pid); err != nil {
			return nil, err
		}
		if _, err := killer.ExecContext(ctx, "SELECT pg_terminate_backend($1)", pid); err != nil {
			return nil, err
		}
		return nil, errors.New("replan failed")
	}
	err := run(context.Background(), db, newConfig([]Option{AllowRawDB()}), replan, nil)
	if err == nil || !strings.Contains(err.Error(), "replan failed") || !strings.Contains(err.Error(), "rolling back the migration transaction failed, the connection was discarded") {
		t.Fatalf("err = %v", err)
	}
	if s := db.Stats(); s.OpenConnections != 0 {
		t.Fatalf("the connection whose rollback failed went back to the pool: %+v", s)
	}
	if err := db.Ping(); err != nil {
		t.Fatal(err)
	}
}
