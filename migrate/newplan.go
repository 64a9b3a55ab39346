package migrate

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// querier is what planning reads through: *sql.DB or the pinned *sql.Conn.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// checkInput refuses models and options that no live schema can make
// valid.
func checkInput(eng engine, desired *schema.Schema, cfg config) error {
	if err := catalog.CheckNames(desired, eng.Name()); err != nil {
		return err
	}
	return checkOptions(desired, cfg)
}

// checkOptions is the part of checkInput that depends on the options; the
// no-op fast path runs it (the rest depends only on desired and the engine,
// and passed for the schema the fast path found remembered).
func checkOptions(desired *schema.Schema, cfg config) error {
	for _, name := range cfg.dropTables {
		if _, ok := desired.Table(name); ok {
			return fmt.Errorf("ferro/migrate: DropTables names table %s, which a model describes; remove the model, or the name from DropTables", name)
		}
	}
	return nil
}

// makePlan inspects the live schema through q, plans desired against it
// (planAgainst) and evaluates every data check. When the plan has
// blocking problems it returns them all in a *PlanError that carries the
// plan as it would have been. It only reads.
func makePlan(ctx context.Context, q querier, eng engine, desired *schema.Schema, cfg config) (*Plan, error) {
	if err := checkInput(eng, desired, cfg); err != nil {
		return nil, err
	}
	live, err := inspectLive(ctx, q, eng, cfg.watch)
	if err != nil {
		return nil, err
	}
	if problems := foldedNames(eng.Catalog(), desired, live); len(problems) > 0 {
		return nil, &PlanError{Problems: problems}
	}
	r, err := eng.Renderer(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("ferro/migrate: read the live schema objects: %w", err)
	}
	p, problems, err := planAgainst(eng, r, desired, live, cfg)
	if err != nil {
		return nil, err
	}
	found, err := countGuards(ctx, q, eng, p)
	if err != nil {
		return nil, err
	}
	problems = append(problems, found...)
	if len(problems) > 0 {
		p.refused = problems
		return nil, &PlanError{Problems: problems, Plan: p}
	}
	if err := pendingError(p, cfg); err != nil {
		return nil, err
	}
	return p, nil
}

// planAgainst plans desired against live, a schema already inspected, and
// renders the changes with r: everything makePlan does but reading the
// database. problems are the blocking problems found without data: the
// planner's, then the changes r finds the engine would refuse
// (dialect.RefusedError).
func planAgainst(eng engine, r dialect.ChangeRenderer, desired, live *schema.Schema, cfg config) (*Plan, []Problem, error) {
	pl := newPlanner(eng, desired, live, cfg)
	changes := pl.run()
	p := &Plan{dialect: eng.Name(), level: cfg.level, pending: pl.pending, unmanaged: pl.unmanaged, notes: pl.notes, kept: pl.kept,
		unknown: pl.unknown, deferred: pl.deferred,
		render: r, tc: pl.tc, lex: pl.lex, desired: desired, cfg: cfg, live: live, alter: pl.alter()}
	var unrendered []Problem
	for _, c := range changes {
		stmts, err := r.Render(c)
		if re := (*dialect.RefusedError)(nil); errors.As(err, &re) {
			unrendered = append(unrendered, Problem{Table: re.Table, Column: re.Column, Reason: re.Reason})
			err = nil
		}
		if err != nil {
			return nil, nil, err
		}
		s := step{c: c, stmts: stmts, copyAt: -1}
		if rc, ok := r.(dialect.RowCopier); ok {
			s.copyAt = rc.CopyAt(c)
		}
		for _, g := range schema.Guards(c) {
			if query := dialect.GuardQuery(pl.tc, g); query != "" {
				s.guards = append(s.guards, guardQuery{g: g, query: query})
			}
		}
		p.steps = append(p.steps, s)
	}
	return p, append(pl.problems, unrendered...), nil
}

// countGuards runs the data checks of p's steps through q and returns a
// problem for each that finds rows.
func countGuards(ctx context.Context, q querier, eng engine, p *Plan) ([]Problem, error) {
	changes := make([]schema.Change, len(p.steps))
	for i, s := range p.steps {
		changes[i] = s.c
	}
	live := beforeRenames(changes)
	var problems []Problem
	for _, s := range p.steps {
		for _, g := range s.guards {
			// At plan time the renames of the plan have not run: check
			// under the live names.
			if lg := live(g.g); lg != g.g {
				g = guardQuery{g: g.g, query: dialect.GuardQuery(p.tc, lg)}
			}
			n, err := eng.Count(ctx, q, g.query)
			if err != nil {
				return nil, fmt.Errorf("ferro/migrate: data check on %s: %s: %w", g.g.Table, g.query, err)
			}
			if n > 0 {
				problems = append(problems, g.problem(n))
			}
		}
	}
	return problems, nil
}

// pendingError is the *PendingError of p under RequireComplete when p
// leaves changes pending, columns it cannot compare or deferred problems;
// nil otherwise. The no-op fast path (replay) applies it to a remembered
// plan.
func pendingError(p *Plan, cfg config) error {
	if cfg.requireComplete && !p.residue().Complete() {
		return &PendingError{Plan: p}
	}
	return nil
}

// lexicon returns how the engine spells expressions.
func lexicon(eng engine) dialect.Lexicon {
	return eng.Catalog().(dialect.ExprLexer).Lexicon()
}

// beforeRenames returns a function that rewrites a guard over the names
// the plan's renames give into one over the live names (the guard itself
// when no rename concerns it).
func beforeRenames(changes []schema.Change) func(*schema.Guard) *schema.Guard {
	tables := map[string]string{}     // new -> old
	columns := map[[2]string]string{} // {new table, new column} -> old column
	for _, c := range changes {
		switch c := c.(type) {
		case *schema.RenameTable:
			tables[c.To] = c.From
		case *schema.RenameColumn:
			columns[[2]string{c.Table, c.To}] = c.From
		}
	}
	if len(tables) == 0 && len(columns) == 0 {
		return func(g *schema.Guard) *schema.Guard { return g }
	}
	table := func(t string) string {
		if o, ok := tables[t]; ok {
			return o
		}
		return t
	}
	cols := func(t string, cs []string) []string {
		out := make([]string, len(cs))
		for i, c := range cs {
			out[i] = c
			if o, ok := columns[[2]string{t, c}]; ok {
				out[i] = o
			}
		}
		return out
	}
	return func(g *schema.Guard) *schema.Guard {
		ng := *g
		ng.Table = table(g.Table)
		ng.Columns = cols(g.Table, g.Columns)
		if g.FK != nil {
			fk := *g.FK
			fk.Columns = cols(g.Table, fk.Columns)
			fk.RefColumns = cols(fk.RefTable, fk.RefColumns)
			fk.RefTable = table(fk.RefTable)
			ng.FK = &fk
		}
		if g.Check != nil && g.Check.Column != "" {
			ck := *g.Check
			ck.Column = cols(g.Table, []string{ck.Column})[0]
			ng.Check = &ck
		}
		return &ng
	}
}

// foldedNames lists the desired tables and columns that the engine takes
// for a live one spelled differently ("users" against a live "Users" on
// SQLite): the diff matches names exactly, so it would plan a CREATE the
// engine refuses.
func foldedNames(d dialect.Dialect, desired, live *schema.Schema) []Problem {
	fold := d.(dialect.IdentFolder).FoldIdent
	liveTables := map[string]*schema.Table{}
	for _, t := range live.Tables {
		liveTables[fold(t.Name)] = t
	}
	var out []Problem
	for _, t := range desired.Tables {
		lt := liveTables[fold(t.Name)]
		if lt == nil {
			continue
		}
		if lt.Name != t.Name {
			out = append(out, Problem{Table: t.Name, Reason: fmt.Sprintf("the database has table %q, which %s takes for the same name; name the model's table %q (TableName()) or rename the live table", lt.Name, d.Name(), lt.Name)})
			continue
		}
		liveCols := map[string]string{}
		for _, c := range lt.Columns {
			liveCols[fold(c.Name)] = c.Name
		}
		for _, c := range t.Columns {
			if lc, ok := liveCols[fold(c.Name)]; ok && lc != c.Name {
				out = append(out, Problem{Table: t.Name, Column: c.Name, Reason: fmt.Sprintf("the table has column %q, which %s takes for the same name; name the field's column %q (ferro tag) or rename the live column", lc, d.Name(), lc)})
			}
		}
	}
	return out
}
