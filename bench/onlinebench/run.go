package onlinebench

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx" for the expert's and the harness's sessions
)

// customers is the number of rows of the parent table.
const customers = 10000

// Tool says who makes a Case's change.
type Tool string

// The two tools of every case.
const (
	Ferro  Tool = "ferro"  // ferro.Migrate(db, After, Options...)
	Expert Tool = "expert" // the Case's Expert steps
)

// Config is the shape of a run. The zero value of a field means its
// default.
type Config struct {
	// Rows of orders (default 1,000,000).
	Rows int64
	// Writers (default 8) each run Rate statements per second (default
	// 100), alternating INSERT and UPDATE by key; one reader runs Rate
	// SELECTs by key.
	Writers, Rate int
	// Warm is how long the workload runs before the change starts, Tail
	// how long after it (and after an idle transaction) ends (default 1 s
	// each): the percentiles cover Warm + the change + Tail.
	Warm, Tail time.Duration
	// ExpertLockTimeout is the lock_timeout of the expert's Short steps
	// (default 100 ms); ExpertDeadline bounds their retries (default 2 min).
	ExpertLockTimeout, ExpertDeadline time.Duration
	// LockSample is the pg_locks polling interval while the change runs
	// (default 20 ms); a lock held for less may not be seen.
	LockSample time.Duration
	// IdleTx overrides the Case's IdleTx when positive (tests shorten it).
	IdleTx time.Duration
}

func (c Config) withDefaults() Config {
	def := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	if c.Rows <= 0 {
		c.Rows = 1_000_000
	}
	if c.Writers <= 0 {
		c.Writers = 8
	}
	if c.Rate <= 0 {
		c.Rate = 100
	}
	def(&c.Warm, time.Second)
	def(&c.Tail, time.Second)
	def(&c.ExpertLockTimeout, 100*time.Millisecond)
	def(&c.ExpertDeadline, 2*time.Minute)
	def(&c.LockSample, 20*time.Millisecond)
	return c
}

// Result is one measured change.
type Result struct {
	Case string
	Tool Tool
	Rows int64
	// Change is the wall time of the change (Migrate, or all expert steps).
	Change time.Duration
	// WriteStall and ReadStall are the longest latencies of a write and a
	// read, WriteP99 and ReadP99 their 99th percentiles, all measured from
	// the statements' due times (see the workload), over Warm + the change
	// + Tail.
	WriteStall, WriteP99, ReadStall, ReadP99 time.Duration
	// WriteStallAt and ReadStallAt are when the slowest write and read
	// were due, from the change's start (negative: before it).
	WriteStallAt, ReadStallAt time.Duration
	// Writes and Reads count the statements.
	Writes, Reads int
	// Locks is what pg_locks showed while the change ran.
	Locks Locks
	// Retries counts the expert's lock timeouts that were retried.
	Retries int
	// AfterIdle is, with an idle transaction, the time from its COMMIT to
	// the change's end (negative: the change ended first).
	AfterIdle time.Duration
}

// Run measures c made by tool on a fresh copy of the tables, in a new
// schema of the database dsn names (which needs the right to create
// schemas; the schema is dropped before Run returns). Any failed
// statement of the workload, of the change or of the setup is an error, as
// is a change that leaves the database different from c.After.
func Run(ctx context.Context, dsn string, c Case, tool Tool, cfg Config) (res Result, err error) {
	cfg = cfg.withDefaults()
	if cfg.IdleTx > 0 && c.IdleTx > 0 {
		c.IdleTx = cfg.IdleTx
	}
	e, err := newEnv(ctx, dsn, tool)
	if err != nil {
		return Result{}, err
	}
	defer func() {
		if cerr := e.close(ctx); cerr != nil && err == nil {
			err = cerr
		}
	}()
	if err := setup(ctx, e.load, e.harness, c, cfg.Rows); err != nil {
		return Result{}, err
	}
	res, err = measure(ctx, e, c, tool, cfg)
	if err != nil {
		return res, fmt.Errorf("onlinebench: case %s, %s: %w", c.Name, tool, err)
	}
	return res, converged(ctx, e.load, c, tool)
}

// env is one run's schema and its pools: harness (raw pgx: loading,
// pg_locks), load (ferro: the workload) and change (ferro for Migrate, raw
// pgx for the expert, as psql would be), each session named by its
// application_name.
type env struct {
	admin                 *sql.DB
	schema, dsn           string // dsn: with search_path = schema
	harness, load, change *sql.DB
}

func newEnv(ctx context.Context, dsn string, tool Tool) (*env, error) {
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, err
	}
	e := &env{admin: admin, schema: testdb.UniqueName("onlinebench_")}
	if _, err := admin.ExecContext(ctx, `CREATE SCHEMA "`+e.schema+`"`); err != nil {
		admin.Close()
		return nil, fmt.Errorf("onlinebench: create schema: %w", err)
	}
	e.dsn = testdb.WithSearchPath(dsn, e.schema)
	changeDriver := "ferro-postgres"
	if tool == Expert {
		changeDriver = "pgx"
	}
	for _, p := range []struct {
		db          **sql.DB
		driver, app string
	}{{&e.harness, "pgx", "onlinebench"}, {&e.load, "ferro-postgres", appLoad}, {&e.change, changeDriver, appChange}} {
		if *p.db, err = sql.Open(p.driver, withParam(e.dsn, "application_name", p.app)); err != nil {
			return nil, errors.Join(err, e.close(ctx))
		}
	}
	return e, nil
}

// close closes the pools and drops the schema.
func (e *env) close(ctx context.Context) error {
	for _, db := range []*sql.DB{e.harness, e.load, e.change} {
		if db != nil {
			db.Close()
		}
	}
	defer e.admin.Close()
	if _, err := e.admin.ExecContext(context.WithoutCancel(ctx), `DROP SCHEMA "`+e.schema+`" CASCADE`); err != nil {
		return fmt.Errorf("onlinebench: drop schema %s: %w", e.schema, err)
	}
	return nil
}

// measure runs the workload for Warm, the change (beside an idle
// transaction when c has one), and Tail after both ended.
func measure(ctx context.Context, e *env, c Case, tool Tool, cfg Config) (res Result, err error) {
	res = Result{Case: c.Name, Tool: tool, Rows: cfg.Rows}
	w, err := startWorkload(ctx, e.load, cfg.Rows, cfg.Writers, cfg.Rate)
	if err != nil {
		return res, err
	}
	var t0 time.Time // the change's start
	run := func() error {
		time.Sleep(cfg.Warm)
		idleEnd := func() (time.Time, error) { return time.Time{}, nil }
		if c.IdleTx > 0 {
			if idleEnd, err = holdIdle(ctx, withParam(e.dsn, "application_name", appIdle), c.IdleTx); err != nil {
				return err
			}
			time.Sleep(100 * time.Millisecond)
		}
		stopLocks := sampleLocks(ctx, e.harness, e.schema, cfg.LockSample)
		t0 = time.Now()
		var cerr error
		if tool == Ferro {
			cerr = ferro.MigrateContext(ctx, e.change, c.After, c.Options...)
		} else {
			res.Retries, cerr = runExpert(ctx, e.change, c.Expert, cfg)
		}
		end := time.Now()
		res.Change = end.Sub(t0)
		var lerr error
		res.Locks, lerr = stopLocks()
		idleAt, ierr := idleEnd() // the tail starts when both have ended
		if c.IdleTx > 0 {
			res.AfterIdle = end.Sub(idleAt)
		}
		if err := errors.Join(cerr, lerr, ierr); err != nil {
			return err
		}
		time.Sleep(cfg.Tail)
		return nil
	}
	rerr := run()
	writes, reads, werrs := w.stop()
	if rerr != nil {
		return res, rerr
	}
	if len(werrs) > 0 {
		return res, fmt.Errorf("%d of %d workload statements failed, first: %w", len(werrs), len(writes)+len(reads), werrs[0])
	}
	res.Writes, res.Reads = len(writes), len(reads)
	ws, rs := writes.slowest(), reads.slowest()
	res.WriteStall, res.WriteStallAt, res.WriteP99 = ws.lat, ws.due.Sub(t0), writes.quantile(0.99)
	res.ReadStall, res.ReadStallAt, res.ReadP99 = rs.lat, rs.due.Sub(t0), reads.quantile(0.99)
	return res, nil
}

// withParam adds a run-time parameter to a URL or key=value DSN.
func withParam(dsn, key, value string) string {
	if strings.Contains(dsn, "://") {
		sep := "?"
		if strings.Contains(dsn, "?") {
			sep = "&"
		}
		return dsn + sep + key + "=" + value
	}
	return dsn + " " + key + "=" + value
}

// setup creates the Before tables through ferro on db (so that both tools
// start from what ferro makes), loads them through harness, and
// leaves them vacuumed, analyzed and checkpointed so that the change does
// not pay for hint bits or a checkpoint the load caused.
func setup(ctx context.Context, db, harness *sql.DB, c Case, rows int64) error {
	if err := ferro.MigrateContext(ctx, db, c.Before); err != nil {
		return fmt.Errorf("onlinebench: case %s: create the tables: %w", c.Name, err)
	}
	stmts := []string{
		fmt.Sprintf(`INSERT INTO customers (id, name) SELECT g, 'customer ' || g FROM generate_series(1, %d) g`, customers),
		fmt.Sprintf(`INSERT INTO orders (id, customer_id, number, amount, code, ref, placed_at, note)
SELECT g, 1 + (g * 7919) %% %d, 'ord-' || g, (g %% 10000000) / 100.0, 'c-' || (g %% 1000), 'r' || g,
       timestamptz '2024-01-01' + g * interval '1 second', 'note ' || (g %% 500)
FROM generate_series(1::bigint, %d) g`, customers, rows),
		`VACUUM ANALYZE customers`,
		`VACUUM ANALYZE orders`,
		`CHECKPOINT`,
	}
	for _, s := range stmts {
		if _, err := harness.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("onlinebench: case %s: load: %w", c.Name, err)
		}
	}
	return nil
}

// holdIdle opens a transaction on its own session, reads one order, and
// commits after d; wait blocks until then and returns the COMMIT's time.
func holdIdle(ctx context.Context, dsn string, d time.Duration) (wait func() (time.Time, error), err error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err == nil {
		var id int64
		if err = tx.QueryRowContext(ctx, `SELECT id FROM orders WHERE id = 1`).Scan(&id); err != nil {
			tx.Rollback()
		}
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("onlinebench: idle transaction: %w", err)
	}
	type done struct {
		at  time.Time
		err error
	}
	ch := make(chan done, 1)
	go func() {
		defer db.Close()
		time.Sleep(d)
		err := tx.Commit()
		ch <- done{time.Now(), err}
	}()
	return sync.OnceValues(func() (time.Time, error) {
		r := <-ch
		if r.err != nil {
			return r.at, fmt.Errorf("onlinebench: commit the idle transaction: %w", r.err)
		}
		return r.at, nil
	}), nil
}

// runExpert runs steps in order on one session of db.
func runExpert(ctx context.Context, db *sql.DB, steps []Step, cfg Config) (retries int, err error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	for _, s := range steps {
		timeout := time.Duration(0)
		if s.Short {
			timeout = cfg.ExpertLockTimeout
		}
		if _, err := conn.ExecContext(ctx, fmt.Sprintf("SET lock_timeout = %d", timeout.Milliseconds())); err != nil {
			return retries, err
		}
		switch {
		case s.Batch > 0:
			err = runBatches(ctx, conn, s)
		case s.Short:
			var n int
			n, err = retryLockTimeout(ctx, cfg.ExpertLockTimeout, cfg.ExpertDeadline, func() error {
				_, err := conn.ExecContext(ctx, s.SQL)
				return err
			})
			retries += n
		default:
			_, err = conn.ExecContext(ctx, s.SQL)
		}
		if err != nil {
			return retries, fmt.Errorf("expert step %q: %w", s.SQL, err)
		}
	}
	return retries, nil
}

func runBatches(ctx context.Context, conn *sql.Conn, s Step) error {
	var top sql.NullInt64
	if err := conn.QueryRowContext(ctx, `SELECT max(id) FROM orders`).Scan(&top); err != nil {
		return err
	}
	for lo := int64(0); lo < top.Int64; lo += s.Batch {
		if _, err := conn.ExecContext(ctx, s.SQL, lo, lo+s.Batch); err != nil {
			return err
		}
	}
	return nil
}

// retryLockTimeout runs op until it does not fail with a lock timeout,
// for at most deadline; n counts the retries. Between tries it sleeps the
// lock timeout itself (so that the writers queued behind the failed try
// drain before the next one queues them again) plus a jitter that doubles
// from 50 ms to 1 s.
func retryLockTimeout(ctx context.Context, lockTimeout, deadline time.Duration, op func() error) (n int, err error) {
	end := time.Now().Add(deadline)
	jitter := 50 * time.Millisecond
	for {
		err = op()
		var pg *pgconn.PgError
		if err == nil || !errors.As(err, &pg) || pg.Code != "55P03" || time.Now().After(end) {
			return n, err
		}
		n++
		select {
		case <-ctx.Done():
			return n, ctx.Err()
		case <-time.After(lockTimeout + rand.N(jitter)):
		}
		jitter = min(2*jitter, time.Second)
	}
}

// converged checks that the change left the database as c.After
// describes: a plan with c.Options has nothing left to do.
func converged(ctx context.Context, db *sql.DB, c Case, tool Tool) error {
	p, err := migrate.NewPlan(ctx, db, c.After, c.Options...)
	if err != nil {
		return fmt.Errorf("onlinebench: case %s, %s: plan after the change: %w", c.Name, tool, err)
	}
	if !p.Empty() {
		return fmt.Errorf("onlinebench: case %s, %s: the change did not reach the model; still to do:\n%s", c.Name, tool, p)
	}
	return nil
}
