package migrate

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/internal/dialect/sqlite"
)

// querier is what planning reads through: *sql.DB or the pinned *sql.Conn.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// inspectFunc reads the live schema.
type inspectFunc func(ctx context.Context, q dialect.Querier) (*dialect.Schema, error)

// makePlan inspects the live schema through q, diffs it against desired and
// evaluates every data check, returning a *PlanError listing all blocking
// problems. It only reads.
func makePlan(ctx context.Context, q querier, eng engine, r renderer, inspect inspectFunc, desired *dialect.Schema, cfg config) (*Plan, error) {
	if err := catalog.CheckNames(desired, eng.Name()); err != nil {
		return nil, err
	}
	live, err := inspect(ctx, q)
	if err != nil {
		return nil, err
	}
	if problems := foldedNames(eng.Catalog(), desired, live); len(problems) > 0 {
		return nil, &PlanError{Problems: problems}
	}
	want, err := fromCatalog(r, desired, true)
	if err != nil {
		return nil, err
	}
	have, err := fromCatalog(r, live, false)
	if err != nil {
		return nil, err
	}
	pl := &planner{dialect: eng.Name(), inPlace: eng.AltersInPlace(), conv: eng.TypeChangeSQL(), level: cfg.level, want: want, have: have, rebuild: rebuildCreate(r, live)}
	if !pl.inPlace {
		// A rebuild recreates the table's indexes, triggers and views from
		// their live SQL.
		if pl.objects, err = sqlite.Objects(ctx, q); err != nil {
			return nil, err
		}
	}
	changes := pl.run()
	problems := pl.problems
	for _, c := range changes {
		for _, g := range c.guards {
			n, err := eng.Count(ctx, q, g.query)
			if err != nil {
				return nil, fmt.Errorf("ferro/migrate: data check on %s: %s: %w", g.table, g.query, err)
			}
			if n > 0 {
				problems = append(problems, g.problem(n))
			}
		}
	}
	if len(problems) > 0 {
		return nil, &PlanError{Problems: problems}
	}
	p := &Plan{dialect: pl.dialect, level: cfg.level, changes: changes, pending: pl.pending, cfg: cfg}
	p.down = downChanges(r, pl, live, desired, changes)
	return p, nil
}

// downChanges plans the way back from the planned shape to the live one,
// for WriteMigration: tables the plan creates are dropped, the other
// changes are diffed in reverse at the destructive level. What cannot be
// reverted is said in a comment line.
func downChanges(r renderer, up *planner, live, desired *dialect.Schema, changes []change) []change {
	if len(changes) == 0 {
		return nil
	}
	var out []change
	var created []string
	for _, t := range up.createOrder() {
		if up.have.table(t.name) == nil {
			created = append(created, t.name)
		}
	}
	kept := &dialect.Schema{}
	for _, t := range live.Tables {
		if _, ok := desired.Table(t.Name); ok {
			kept.Tables = append(kept.Tables, t)
		}
	}
	back, err := fromCatalog(r, kept, true)
	if err != nil {
		out = append(out, change{line: "cannot revert the changes to existing tables: " + err.Error()})
	} else {
		after := &schema{}
		for _, t := range up.want.tables {
			if back.table(t.name) != nil {
				after.tables = append(after.tables, t)
			}
		}
		bp := &planner{dialect: up.dialect, inPlace: up.inPlace, conv: up.conv, level: LevelDestructive, want: back, have: after, objects: up.objects, rebuild: rebuildCreate(r, desired)}
		out = append(out, bp.run()...)
		for _, pr := range bp.problems {
			out = append(out, change{line: "cannot revert " + pr.String()})
		}
	}
	for i := len(created) - 1; i >= 0; i-- {
		out = append(out, change{line: "- table " + created[i], stmts: []string{"DROP TABLE " + quote(created[i])}})
	}
	return out
}

// foldedNames lists the desired tables and columns that the engine takes
// for a live one spelled differently ("users" against a live "Users" on
// SQLite): the diff matches names exactly, so it would plan a CREATE the
// engine refuses.
func foldedNames(d dialect.Dialect, desired, live *dialect.Schema) []Problem {
	fold := d.(dialect.IdentFolder).FoldIdent
	liveTables := map[string]*dialect.Table{}
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
