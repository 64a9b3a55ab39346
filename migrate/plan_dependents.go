package migrate

import (
	"maps"
	"slices"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// This file refuses, when the plan is made, the changes the engine would
// refuse when it is applied because objects ferro does not manage use
// what they change: the live tables' Dependents (PostgreSQL reads them from
// pg_depend). A view, a rule, a trigger, a policy, a function or a foreign
// key of another table that uses a column stops the column's drop; those
// that lock its type (Dependent.LocksType) stop a type change too; any
// object of another table, or of none, stops the drop of the table (one
// that uses only its row type, a function's argument for instance,
// included); a
// foreign key of another table stops the drop of the unique index it
// rests on; a column that stores the table's row type stops every type
// change of the table and the addition of a column with a default. ferro
// never drops such an object itself, so the plan says which object it is
// and what to do, instead of promising a change that apply would fail on.
// What the plan itself drops before (a generated column, a foreign key)
// no longer stands in the way. SQLite records no such dependents: it
// finds a foreign key's parent key anew each time it enforces the key, so
// what matters there is whether the key is still there when the plan is
// done (refuseKeyless).

// refuseUsed records a problem for every change of changes (in execution
// order) that a dependent of the live schema would make the engine refuse.
func (p *planner) refuseUsed(changes []schema.Change) {
	type key struct{ table, name string }
	droppedTables := map[string]bool{}
	droppedCols := map[key]bool{}
	droppedCons := map[key]bool{}
	gone := func(d *schema.Dependent) bool {
		return d.Table != "" && (droppedTables[d.Table] ||
			d.Column != "" && droppedCols[key{d.Table, d.Column}] ||
			d.Constraint != "" && droppedCons[key{d.Table, d.Constraint}])
	}
	blocking := func(table string, use func(*schema.Dependent) bool) []*schema.Dependent {
		h, ok := p.have.Table(table)
		if !ok {
			return nil
		}
		var out []*schema.Dependent
		for _, d := range h.Dependents {
			if use(d) && !gone(d) {
				out = append(out, d)
			}
		}
		return out
	}
	for _, c := range changes {
		switch c := c.(type) {
		case *schema.DropColumn:
			for _, d := range blocking(c.Table, func(d *schema.Dependent) bool { return d.Uses(c.C.Name) }) {
				p.problem(c.Table, c.C.Name, "the plan drops this column, but "+d.Object+" uses it and "+string(p.eng.Name())+" refuses to drop a column other objects use; "+p.around(c.Table, d))
			}
			droppedCols[key{c.Table, c.C.Name}] = true
		case *schema.AlterType:
			for _, d := range blocking(c.Table, func(d *schema.Dependent) bool { return d.LocksType && d.Uses(c.Column) }) {
				p.problem(c.Table, c.Column, "the plan changes this column's type from "+c.From.String()+" to "+c.To.String()+", but "+d.Object+" uses it and "+string(p.eng.Name())+" refuses to change the type of a column it uses; "+p.around(c.Table, d))
			}
			for _, d := range blocking(c.Table, func(d *schema.Dependent) bool { return d.RowType }) {
				p.problem(c.Table, c.Column, "the plan changes this column's type from "+c.From.String()+" to "+c.To.String()+", but "+d.Object+" stores the table's row type and "+string(p.eng.Name())+" refuses to change a table whose rows are stored elsewhere; "+rowTypeAdvice(d))
			}
		case *schema.AddColumn:
			if c.C.Default == "" && !c.C.AutoIncrement {
				break // no value to fill in: the engine adds it without touching the rows
			}
			for _, d := range blocking(c.Table, func(d *schema.Dependent) bool { return d.RowType }) {
				p.problem(c.Table, c.C.Name, "the plan adds this column with a default, but "+d.Object+" stores the table's row type and "+string(p.eng.Name())+" refuses to fill in a new column of a table whose rows are stored elsewhere; "+rowTypeAdvice(d)+", or add the column without a default")
			}
		case *schema.DropTable:
			for _, d := range blocking(c.T.Name, func(d *schema.Dependent) bool { return d.Table != c.T.Name }) {
				next := "drop " + d.Object + " first, or leave the table out of DropTables"
				if slices.Contains(p.dropTables, d.Table) {
					next = "name " + d.Table + " before " + c.T.Name + " in migrate.DropTables (tables are dropped in the order named)"
				}
				p.problem(c.T.Name, "", "the plan drops this table (migrate.DropTables), but "+d.Object+" uses it and "+string(p.eng.Name())+" refuses to drop a table other objects use; "+next)
			}
			droppedTables[c.T.Name] = true
		case *schema.DropIndex:
			for _, d := range blocking(c.Table, func(d *schema.Dependent) bool { return d.Index == c.I.Name }) {
				p.problem(c.Table, "", "the plan drops index "+c.I.Name+", but "+d.Object+" rests on it and "+string(p.eng.Name())+" refuses to drop an index a foreign key needs; drop or change "+d.Object+" first (in its model, or in a versioned migration), or keep the index")
			}
		case *schema.DropForeignKey:
			droppedCons[key{c.Table, c.FK.Name}] = true
		case *schema.DropCheck:
			droppedCons[key{c.Table, c.Check.Name}] = true
		}
	}
}

// refuseKeyless records a problem for every foreign key that changes (in
// execution order) leave without the parent key its engine enforces it
// with, on an engine that finds that key anew each time it enforces one
// (dialect.ParentKeyFinder: SQLite). Such an engine accepts the DROP INDEX,
// or the rebuild without the UNIQUE constraint, and fails where it next
// enforces the key: at COMMIT, where the migrator checks every foreign
// key, so the whole plan rolls back. The foreign keys are those of every
// table as the plan leaves it, whether a model describes the table or
// not; a key that had no parent key before the plan is none of its doing,
// and one whose parent table the plan drops is a matter of rows, which
// the same check reports.
func (p *planner) refuseKeyless(changes []schema.Change) {
	keys, ok := p.eng.(dialect.ParentKeyFinder)
	if !ok {
		return
	}
	after := newShapes(p.live)
	for _, c := range changes {
		after.apply(p.lex, c)
	}
	var tables []*schema.Table
	for _, name := range slices.Sorted(maps.Keys(after)) {
		tables = append(tables, after[name])
	}
	for _, child := range tables {
		for _, fk := range child.ForeignKeys {
			before, keyed := keys.ParentKey(p.have.Tables, fk)
			if !keyed {
				continue
			}
			parent, keyed := keys.ParentKey(tables, fk)
			if parent == nil || keyed {
				continue
			}
			cols := strings.Join(fk.RefColumns, ", ")
			var gone []string // the live indexes that were a key for fk
			for _, x := range before.Indexes {
				alone := &schema.Table{Name: before.Name, Indexes: []*schema.Index{x}}
				if _, key := keys.ParentKey([]*schema.Table{alone}, fk); key && !slices.ContainsFunc(parent.Indexes, x.Equal) {
					gone = append(gone, x.Name)
				}
			}
			what := "the plan leaves (" + cols + ") without a primary key or unique index"
			switch len(gone) {
			case 0:
			case 1:
				what = "the plan drops index " + gone[0]
			default:
				what = "the plan drops indexes " + strings.Join(gone, " and ")
			}
			obj := "foreign key " + fk.Label() + " on table " + child.Name
			p.problem(parent.Name, "", what+", but "+obj+" references ("+cols+") and "+string(p.eng.Name())+
				" refuses a foreign key whose referenced columns have no primary key or unique index (\"foreign key mismatch\", where it next enforces the key); drop or change "+
				obj+" first (in its model, or in a versioned migration), or keep a unique index on ("+cols+")")
		}
	}
}

// rowTypeAdvice says what to do about a column that stores a table's row
// type.
func rowTypeAdvice(d *schema.Dependent) string {
	return "change or drop " + d.Object + " first, in a versioned migration (Plan.WriteMigration exports one to start from)"
}

// around says what to do about dependent d of table: a generated column
// no model declares is dropped by a plan allowed to (before the change);
// anything else is the user's to drop and create again around the change.
func (p *planner) around(table string, d *schema.Dependent) string {
	if d.Column != "" && d.Table == table {
		if w, ok := p.want.Table(table); ok {
			if _, declared := w.Column(d.Column); !declared {
				return "it is in no model: migrate.AllowDestructive() drops it in this plan, before the change"
			}
		}
	}
	return "drop " + d.Object + " before this change and create it again after it, in a versioned migration (Plan.WriteMigration exports one to start from)"
}

// renameDependentTable follows a rename of table from to to in what the live
// dependents of every table name, as the engine does.
func renameDependentTable(tables []*schema.Table, from, to string) {
	for _, t := range tables {
		for i, d := range t.Dependents {
			if d.Table == from {
				nd := *d
				nd.Table = to
				t.Dependents[i] = &nd
			}
		}
	}
}

// renameDependentColumn follows a rename of column from of table t in
// the columns its dependents use, and in the generated column a dependent
// of any table may be (tables: every live table).
func renameDependentColumn(tables []*schema.Table, t *schema.Table, from, to string) {
	for i, d := range t.Dependents {
		if slices.Contains(d.Columns, from) {
			nd := *d
			nd.Columns = slices.Clone(d.Columns)
			nd.Columns[slices.Index(nd.Columns, from)] = to
			t.Dependents[i] = &nd
		}
	}
	for _, o := range tables {
		for i, d := range o.Dependents {
			if d.Table == t.Name && d.Column == from {
				nd := *d
				nd.Column = to
				o.Dependents[i] = &nd
			}
		}
	}
}
