package migrate

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/ferrosql/ferro/internal/dialect"
	_ "github.com/ferrosql/ferro/internal/dialect/all" // registers the engines
	"github.com/ferrosql/ferro/internal/epoch"
	"github.com/ferrosql/ferro/schema"
)

// engine is what the shared algorithm needs from a dialect to plan and
// run a migration (implemented in internal/dialect/<name>/migrate.go, found
// through the dialect registry).
type engine = dialect.Migrator

// engineOf finds the engine of db: from the ferro driver when db was
// opened through ferro, else from the registered engine whose driver db
// uses.
func engineOf(db *sql.DB) (engine, error) {
	d := db.Driver()
	if src, ok := d.(epoch.Source); ok {
		if e, ok := dialect.Lookup(schema.Dialect(src.Dialect())); ok {
			return e.Migrator, nil
		}
	} else if e, ok := dialect.ForDriver(d); ok {
		return e.Migrator, nil
	}
	return nil, fmt.Errorf("%w: %T; open the database with sql.Open(\"ferro-sqlite\", ...) or sql.Open(\"ferro-postgres\", ...)", ErrUnsupportedDriver, d)
}

// replanFunc computes the plan on the pinned connection, inside the
// transaction and under the migration lock.
type replanFunc func(ctx context.Context, conn *sql.Conn, eng engine) (*Plan, error)

// run pins one connection, takes the migration lock in a transaction,
// re-plans, checks the plan against expect (when not nil), executes it and
// commits. Any failure rolls everything back. The schema epoch is bumped
// whenever a statement was attempted, even if it failed.
func run(ctx context.Context, db *sql.DB, cfg config, replan replanFunc, expect []string) (err error) {
	src, isFerro := db.Driver().(epoch.Source)
	if !isFerro && !cfg.allowRawDB {
		return notFerroError()
	}
	eng, err := engineOf(db)
	if err != nil {
		return err
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("ferro/migrate: get a connection: %w", err)
	}
	defer conn.Close()
	bg := context.WithoutCancel(ctx)

	restore, err := eng.Prepare(ctx, conn)
	if err != nil {
		conn.Raw(func(any) error { return driver.ErrBadConn }) // never reuse a half-prepared connection
		return fmt.Errorf("ferro/migrate: prepare the connection: %w", err)
	}
	defer func() {
		if rerr := restore(bg); rerr != nil {
			conn.Raw(func(any) error { return driver.ErrBadConn })
			if err == nil {
				err = fmt.Errorf("ferro/migrate: the plan was applied but restoring the connection settings failed: %w", rerr)
			}
		}
	}()

	if err := lock(ctx, conn, eng, cfg.lockTimeout); err != nil {
		return err
	}
	committed := false
	defer func() {
		if committed {
			return
		}
		if _, rerr := conn.ExecContext(bg, "ROLLBACK"); rerr != nil {
			// Never hand a connection that may still be inside the
			// migration transaction back to the pool.
			conn.Raw(func(any) error { return driver.ErrBadConn })
			rb := fmt.Errorf("ferro/migrate: rolling back the migration transaction failed, the connection was discarded: %w", rerr)
			if err == nil {
				err = rb
			} else {
				err = errors.Join(err, rb)
			}
		}
	}()

	p, err := replan(ctx, conn, eng)
	if err != nil {
		return err
	}
	log := cfg.logger
	p.report(ctx, log)
	if p.Empty() {
		return nil
	}
	if expect != nil && !slices.Equal(expect, p.Statements()) {
		return fmt.Errorf("%w: another migrator or a person changed the schema after NewPlan; nothing was executed, make a new plan and review it again", ErrStale)
	}

	// From here on DDL may have run: every pooled connection must renew.
	if isFerro {
		defer src.BumpSchemaEpoch("migrate")
	}
	stmts := p.Statements()
	i := 0
	for _, st := range p.steps {
		for _, g := range st.guards {
			n, err := eng.Count(ctx, conn, g.query)
			if err != nil {
				return &ApplyError{Index: i, Total: len(stmts), Statement: g.query, Err: err}
			}
			if n > 0 {
				perr := &PlanError{Problems: []Problem{g.problem(n)}, inTx: i > 0}
				return &ApplyError{Index: i, Total: len(stmts), Statement: g.query, Err: perr}
			}
		}
		for j, s := range st.stmts {
			start := time.Now()
			res, err := conn.ExecContext(ctx, s)
			if err != nil {
				return &ApplyError{Index: i, Total: len(stmts), Statement: s, Err: err}
			}
			log.LogAttrs(ctx, slog.LevelDebug, "ferro/migrate: statement", slog.Int("index", i+1), slog.Int("total", len(stmts)),
				slog.String("sql", s), slog.Duration("duration", time.Since(start)))
			// Only the copy's count is the rows copied: SQLite reports the
			// last INSERT's count for the DDL around it.
			if j == st.copyAt {
				if n, err := res.RowsAffected(); err == nil {
					log.LogAttrs(ctx, slog.LevelInfo, "ferro/migrate: table rebuilt", slog.String("table", schema.TableOf(st.c)),
						slog.Int64("rows_copied", n), slog.Duration("duration", time.Since(start)))
				}
			}
			i++
		}
	}
	if err := eng.BeforeCommit(ctx, conn); err != nil {
		return &ApplyError{Index: len(stmts) - 1, Total: len(stmts), Statement: "COMMIT", Err: err}
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		return &ApplyError{Index: len(stmts) - 1, Total: len(stmts), Statement: "COMMIT", Err: err}
	}
	committed = true
	return nil
}

// report logs what p leaves alone, before Run or Apply executes it (or,
// for an empty plan, instead): each pending change, column of unknown type,
// deferred problem and note at warn; unmanaged tables and kept objects at
// info. The no-op fast path (replay) reports a remembered plan with it.
func (p *Plan) report(ctx context.Context, log *slog.Logger) {
	for _, pc := range p.pending {
		log.LogAttrs(ctx, slog.LevelWarn, "ferro/migrate: change left pending", slog.String("table", schema.TableOf(pc.Change)), slog.String("change", pc.String()))
	}
	for _, u := range p.unknown {
		log.LogAttrs(ctx, slog.LevelWarn, "ferro/migrate: column left alone: its type cannot be compared", slog.String("table", u.Table), slog.String("column", u.Column), slog.String("detail", u.String()))
	}
	for _, d := range p.deferred {
		log.LogAttrs(ctx, slog.LevelWarn, "ferro/migrate: problem deferred to a higher level", slog.String("table", d.Table), slog.String("detail", d.String()))
	}
	if len(p.unmanaged) > 0 {
		log.LogAttrs(ctx, slog.LevelInfo, "ferro/migrate: tables no model describes are kept", slog.Any("tables", p.unmanaged))
	}
	for _, n := range p.kept {
		log.LogAttrs(ctx, slog.LevelInfo, "ferro/migrate: "+n)
	}
	for _, n := range p.notes {
		log.LogAttrs(ctx, slog.LevelWarn, "ferro/migrate: "+n)
	}
}

// lock tries to begin the locked transaction with exponential backoff until
// it succeeds, the lock timeout passes, or ctx is done.
func lock(ctx context.Context, conn *sql.Conn, eng engine, timeout time.Duration) error {
	start := time.Now()
	deadline := start.Add(timeout)
	wait := 5 * time.Millisecond
	for {
		ok, err := eng.TryBegin(ctx, conn, timeout)
		if err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("%w after %s waiting for %s: %w", ErrLockTimeout, time.Since(start).Round(time.Millisecond), eng.LockName(), ctx.Err())
			}
			return fmt.Errorf("ferro/migrate: begin the migration transaction: %w", err)
		}
		if ok {
			return nil
		}
		if !time.Now().Add(wait).Before(deadline) {
			return fmt.Errorf("%w: another migrator held %s for more than %s; wait for it to finish or raise migrate.WithLockTimeout", ErrLockTimeout, eng.LockName(), timeout)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%w after %s waiting for %s: %w", ErrLockTimeout, time.Since(start).Round(time.Millisecond), eng.LockName(), ctx.Err())
		case <-t.C:
		}
		wait = min(wait*2, 250*time.Millisecond)
	}
}
