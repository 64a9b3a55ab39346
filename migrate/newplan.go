package migrate

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/ferrosql/ferro/internal/dialect"
)

// querier is what planning reads through: *sql.DB or the pinned *sql.Conn.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// makePlan inspects the live schema through q, diffs it against desired,
// renders the changes and evaluates every data check. When the plan has
// blocking problems it returns them all in a *PlanError that carries the
// plan as it would have been. It only reads.
func makePlan(ctx context.Context, q querier, eng engine, desired *dialect.Schema, cfg config) (*Plan, error) {
	for _, name := range cfg.dropTables {
		if _, ok := desired.Table(name); ok {
			return nil, fmt.Errorf("ferro/migrate: DropTables names table %s, which a model describes; remove the model, or the name from DropTables", name)
		}
	}
	live, err := eng.Catalog().Inspect(ctx, q)
	if err != nil {
		return nil, err
	}
	r, err := eng.Renderer(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("ferro/migrate: read the live schema objects: %w", err)
	}
	pl := &planner{inPlace: eng.AltersInPlace(), tc: eng.TypeChangeSQL(), level: cfg.level, expandOnly: cfg.expandOnly,
		dropTables: cfg.dropTables, want: desired, have: live}
	changes := pl.run()
	p := &Plan{dialect: eng.Name(), level: cfg.level, pending: pl.pending, unmanaged: pl.unmanaged, notes: pl.notes,
		render: r, tc: pl.tc, desired: desired, cfg: cfg, live: live, inPlace: pl.inPlace}
	for _, c := range changes {
		stmts, err := r.Render(c)
		if err != nil {
			return nil, err
		}
		s := step{c: c, stmts: stmts}
		for _, g := range dialect.Guards(c) {
			if query := dialect.GuardQuery(pl.tc, g); query != "" {
				s.guards = append(s.guards, guardQuery{g: g, query: query})
			}
		}
		p.steps = append(p.steps, s)
	}
	problems := pl.problems
	for _, s := range p.steps {
		for _, g := range s.guards {
			n, err := eng.Count(ctx, q, g.query)
			if err != nil {
				return nil, fmt.Errorf("ferro/migrate: data check on %s: %s: %w", g.g.Table, g.query, err)
			}
			if n > 0 {
				problems = append(problems, g.problem(n))
			}
		}
	}
	if len(problems) > 0 {
		p.refused = problems
		return nil, &PlanError{Problems: problems, Plan: p}
	}
	if cfg.requireComplete && len(p.pending) > 0 {
		return nil, &PendingError{Plan: p}
	}
	return p, nil
}
