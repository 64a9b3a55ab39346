package migrate

import (
	"context"
	"database/sql"
	"errors"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// NewPlan computes the plan that brings db to the shape of models at the
// level the options allow, and validates it: every blocking problem is
// returned at once in a [*PlanError] (whose Plan field holds the refused
// plan). Nothing is executed; NewPlan only reads (the live schema, and row
// counts for the data checks), so it works on any *sql.DB, ferro or not.
// models are struct values or pointers, as for catalog.FromModels.
func NewPlan(ctx context.Context, db *sql.DB, models []any, opts ...Option) (*Plan, error) {
	desired, err := catalog.FromModels(models...)
	if err != nil {
		return nil, err
	}
	return NewPlanFromSchema(ctx, db, desired, opts...)
}

// NewPlanFromSchema is [NewPlan] for a desired schema instead of models:
// for example a schema read from another database with catalog.Inspect,
// to make db look like it. desired must not be modified afterwards.
func NewPlanFromSchema(ctx context.Context, db *sql.DB, desired *schema.Schema, opts ...Option) (*Plan, error) {
	cfg := newConfig(opts)
	eng, err := engineOf(db)
	if err != nil {
		return nil, err
	}
	return makePlan(ctx, db, eng, dialect.ForDialect(eng.Catalog(), desired), cfg)
}

// Apply executes the plan in one transaction on one connection of db, under
// the migration lock: it takes the lock, re-plans (so a plan another
// migrator already applied finds nothing to do and returns nil), refuses
// with [ErrStale] if the re-plan differs from [Plan.Statements], runs every
// data check and statement, and commits. On any failure everything is
// rolled back and the error is an [*ApplyError] naming the statement. The
// schema epoch of db is bumped whenever a statement ran, even a failed one.
// db must be opened through ferro unless [AllowRawDB] was given to NewPlan.
func (p *Plan) Apply(ctx context.Context, db *sql.DB) error {
	return run(ctx, db, p.cfg, replanner(p.desired, p.cfg), p.Statements())
}

// Run plans and applies in one go: what ferro.Migrate and
// ferro.MigrateContext do. The plan is made under the migration lock, so
// concurrent callers serialize and the later ones find nothing to do.
// Changes the plan leaves pending are logged at warn level (see
// [WithLogger]), or refused with [ErrPending] under [RequireComplete].
//
// When an earlier Run in this process, with the same models and the same
// planning options (level, [ExpandOnly], [DropTables], [NaiveTimeZone]),
// made a plan that executes nothing, and the schema's fingerprint has not
// changed since, Run does again what it did with that plan, having only
// read the fingerprint, without the lock or an inspection: a query of the
// schema and one of ferro's records in a read transaction on SQLite, one
// query in a read-only transaction on PostgreSQL. That covers an adopted schema too:
// the same records are logged (pending changes, columns of unknown type,
// kept objects, unmanaged tables, notes) and, under [RequireComplete], the
// same [*PendingError] is returned. A change to the schema by any
// connection or process changes the fingerprint, so it is never hidden;
// see docs/planner.md, "The no-op fast path".
func Run(ctx context.Context, db *sql.DB, models []any, opts ...Option) error {
	cfg := newConfig(opts)
	eng, err := engineOf(db)
	if err != nil {
		return err
	}
	desired, err := catalog.FromModels(models...)
	if err != nil {
		return err
	}
	desired = dialect.ForDialect(eng.Catalog(), desired)
	if done, err := fastNoop(ctx, db, eng, desired, cfg); done || err != nil {
		return err
	}
	return run(ctx, db, cfg, replanner(desired, cfg), nil)
}

func replanner(desired *schema.Schema, cfg config) replanFunc {
	return func(ctx context.Context, conn *sql.Conn, eng engine) (*Plan, error) {
		cfg := cfg
		cfg.watch = &convergenceWatch{desired: desired}
		p, err := makePlan(ctx, conn, eng, desired, cfg)
		var pe *PendingError
		switch {
		case err == nil:
			cfg.watch.record(eng.Name(), p)
		case errors.As(err, &pe):
			// RequireComplete is not a planning option: the plan is
			// remembered, and replay refuses it again.
			cfg.watch.record(eng.Name(), pe.Plan)
		}
		return p, err
	}
}
