package migrate

import (
	"slices"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// The planner's part for tables: renames, creation, the tables no model
// describes, and the plan of each table both sides have (tablePlan), whose
// changes go in place or, on an engine that rebuilds tables, in one
// rebuild (plan_rebuild.go).

// renameTables plans the table renames the models declare and applies them
// to p.have; it returns the desired tables whose rename is pending (they
// must be neither created nor diffed).
func (p *planner) renameTables() map[string]bool {
	pendingTables := map[string]bool{}
	for _, t := range p.want.Tables {
		var from []string
		for _, old := range t.RenamedFrom {
			if _, ok := p.have.Table(old); ok {
				from = append(from, old)
			}
		}
		if len(from) == 0 {
			continue
		}
		if _, ok := p.have.Table(t.Name); ok {
			p.blocker(LevelUpdates, t.Name, "", "RenamedFrom names table "+strings.Join(from, ", ")+", which exists alongside "+t.Name+"; drop or rename one of them by hand, or remove the old name from RenamedFrom")
			continue
		}
		if len(from) > 1 {
			p.blocker(LevelUpdates, t.Name, "", "RenamedFrom names tables "+strings.Join(from, " and ")+", which both exist; only one can become "+t.Name)
			continue
		}
		if _, ok := p.want.Table(from[0]); ok {
			p.blocker(LevelUpdates, t.Name, "", "RenamedFrom names table "+from[0]+", which another model still describes")
			continue
		}
		c := &schema.RenameTable{From: from[0], To: t.Name}
		if !p.allowed(LevelUpdates, c) {
			pendingTables[t.Name] = true
			pendingTables[from[0]] = true
			continue
		}
		p.phases[phRename] = append(p.phases[phRename], c)
		p.renameTable(from[0], t.Name)
	}
	return pendingTables
}

// renameTable applies the rename of live table from to p.have, and to
// the ownership of its objects.
func (p *planner) renameTable(from, to string) {
	renameTableIn(p.have, from, to)
	p.own.renameTable(from, to)
}

// renameTableIn applies the rename of table from of s to s.
func renameTableIn(s *schema.Schema, from, to string) {
	h, _ := s.Table(from)
	h.Name = to
	renameDependentTable(s.Tables, from, to)
	for _, o := range s.Tables { // the engines follow the rename in references
		for i, fk := range o.ForeignKeys {
			if fk.RefTable == from {
				nf := *fk
				nf.RefTable = to
				o.ForeignKeys[i] = &nf
			}
		}
	}
}

// unmanagedTables lists the live tables no model describes (but those
// whose rename is pending), and drops those DropTables names.
func (p *planner) unmanagedTables(pendingTables map[string]bool) {
	for _, h := range p.have.Tables {
		if _, ok := p.want.Table(h.Name); !ok && !pendingTables[h.Name] {
			p.unmanaged = append(p.unmanaged, h.Name)
		}
	}
	for _, name := range p.dropTables {
		if h, ok := p.have.Table(name); ok {
			p.add(phDropTab, LevelDestructive, &schema.DropTable{T: h})
			p.unmanaged = slices.DeleteFunc(p.unmanaged, func(s string) bool { return s == name })
		}
	}
}

// createTables creates the missing tables in dependency order. On a
// dialect that checks a foreign key's table when the key is created, the
// keys to tables created later (a cycle) are added after all tables.
func (p *planner) createTables(pendingTables map[string]bool) {
	created := map[string]bool{}
	for _, t := range p.have.Tables {
		created[t.Name] = true
	}
	for _, t := range dialect.CreateOrder(p.want) {
		if created[t.Name] || pendingTables[t.Name] {
			continue
		}
		nt := t
		var later []*schema.ForeignKey
		if p.deferKeys {
			for _, fk := range t.ForeignKeys {
				if !created[fk.RefTable] && fk.RefTable != t.Name {
					later = append(later, fk)
				}
			}
		}
		if len(later) > 0 {
			cp := *t
			cp.ForeignKeys = slices.DeleteFunc(slices.Clone(t.ForeignKeys), func(fk *schema.ForeignKey) bool { return slices.Contains(later, fk) })
			nt = &cp
		}
		created[t.Name] = true
		p.add(phCreate, LevelCreate, &schema.AddTable{T: nt})
		for _, fk := range later {
			p.add(phFK, LevelCreate, &schema.AddForeignKey{Table: t.Name, FK: fk})
		}
	}
}

// tablePlan is the plan of one table both sides have: its changes, with
// the level each needs, before the level and the engine's way of altering
// decide which run and how.
type tablePlan struct {
	d          *schema.TableDiff
	name       string
	want, have *schema.Table
	changes    []tableChange
	// gone are the live columns the plan drops, absent those no model
	// declares (gone, and the primary key columns ferro never drops), in
	// table order.
	gone, absent []string
	// alter and lex are the planner's (put asks alter; what a live object
	// mentions is read with lex). The planner itself is passed to the
	// methods that record problems rather than kept here: what a tablePlan
	// holds reaches the engine's capabilities, and a planner kept here
	// would need an allocation of its own.
	alter alterRules
	lex   dialect.Lexicon
}

// tableChange is one change of an existing table with the level it needs
// and whether the engine makes it only by rebuilding the table.
type tableChange struct {
	ph      int
	need    Level
	c       schema.Change
	rebuild bool
}

// table plans the changes of the table d compares, in the order below;
// their phases sort them (commit).
func (p *planner) table(d *schema.TableDiff) {
	tp := &tablePlan{d: d, name: d.Want.Name, want: d.Want, have: d.Have, alter: p.alter(), lex: p.lex}
	if !p.primaryKey(tp) {
		return
	}
	adopt(p, d, &indexKind)
	adopt(p, d, &keyKind)
	adopt(p, d, &checkKind)
	p.changedColumns(tp)
	p.addedColumns(tp)
	p.goneColumns(tp)
	indexes := namedSet[*schema.Index]{namedKind: &indexKind}
	keys := namedSet[*schema.ForeignKey]{namedKind: &keyKind}
	checks := namedSet[*schema.Check]{namedKind: &checkKind}
	// What uses a dropped column goes with it, listed.
	indexes.dropWithColumns(tp)
	keys.dropWithColumns(tp)
	checks.dropWithColumns(tp)
	p.dropColumns(tp)
	indexes.plan(p, tp)
	keys.plan(p, tp)
	checks.plan(p, tp)
	p.commit(tp)
}

// put records change c of the table, to run in phase ph at level need.
func (tp *tablePlan) put(ph int, need Level, c schema.Change) {
	tp.changes = append(tp.changes, tableChange{ph: ph, need: need, c: c, rebuild: tp.alter.rebuilds(c, tp.want, tp.have, tp.gone)})
}

// liveColumns reports whether every column of cols is a column of the
// live table have.
func liveColumns(have *schema.Table, cols []string) bool {
	for _, c := range cols {
		if _, ok := have.Column(c); !ok {
			return false
		}
	}
	return true
}

// commit keeps the changes the level (and ExpandOnly) allows, in phase
// order, and plans them in place or, when one of them needs it, in one
// rebuild of the table. A pending rename holds back the add and drop it
// stands for, and what needs the new name.
func (p *planner) commit(tp *tablePlan) {
	slices.SortStableFunc(tp.changes, func(a, b tableChange) int { return a.ph - b.ph })
	var ok []tableChange
	rebuild := false
	held := p.held[tp.name]
	for _, tc := range tp.changes {
		if ren, wait := p.heldBy(held, tc.c); wait {
			switch tc.c.(type) {
			case *schema.AddColumn, *schema.DropColumn, *schema.DropIndex, *schema.DropForeignKey, *schema.DropCheck, *schema.RenameIndex:
				// the rename stands for these
			default:
				ren.Change = tc.c
				p.pending = append(p.pending, ren)
			}
			continue
		}
		if p.allowed(tc.need, tc.c) {
			ok = append(ok, tc)
			rebuild = rebuild || tc.rebuild
		}
	}
	if !rebuild {
		for _, tc := range ok {
			p.phases[tc.ph] = append(p.phases[tc.ph], tc.c)
		}
		return
	}
	p.rebuild(tp.want, tp.have, ok)
}

// unpinDroppedTables drops first, with the other foreign keys, each
// foreign key of a table DropTables drops that rests on an index the plan
// drops: tables are dropped last, and PostgreSQL refuses to drop an index
// a foreign key still rests on, even one of a table the plan drops later.
// The engine records which index a key rests on (Dependent.Index); an
// engine that records none (SQLite) finds a key's parent key anew and
// needs nothing here. The DropTable then drops the table without those
// keys, so that its inverse (a down file) creates the table, and the
// inverse of the key's drop adds the key once its index is back.
func (p *planner) unpinDroppedTables() {
	for i, c := range p.phases[phDropTab] {
		dt, ok := c.(*schema.DropTable)
		if !ok {
			continue
		}
		fks := p.keysOnDroppedIndexes(dt.T)
		if len(fks) == 0 {
			continue
		}
		t := cloneTable(dt.T)
		t.ForeignKeys = slices.DeleteFunc(t.ForeignKeys, func(fk *schema.ForeignKey) bool { return slices.Contains(fks, fk) })
		for _, fk := range fks {
			p.phases[phDrop] = append(p.phases[phDrop], &schema.DropForeignKey{Table: dt.T.Name, FK: fk})
		}
		p.phases[phDropTab][i] = &schema.DropTable{T: t}
	}
}

// keysOnDroppedIndexes returns the foreign keys of table t that rest on an
// index the plan drops.
func (p *planner) keysOnDroppedIndexes(t *schema.Table) []*schema.ForeignKey {
	var fks []*schema.ForeignKey
	for _, x := range p.phases[phDrop] {
		di, ok := x.(*schema.DropIndex)
		if !ok {
			continue
		}
		h, ok := p.have.Table(di.Table)
		if !ok {
			continue
		}
		for _, d := range h.Dependents {
			if d.Index != di.I.Name || d.Table != t.Name || d.Constraint == "" {
				continue
			}
			if fk, ok := t.ForeignKey(d.Constraint); ok && !slices.Contains(fks, fk) {
				fks = append(fks, fk)
			}
		}
	}
	return fks
}

func cloneSchema(s *schema.Schema) *schema.Schema {
	out := &schema.Schema{Views: s.Views, Enums: s.Enums, FoldNames: s.FoldNames}
	for _, t := range s.Tables {
		out.Tables = append(out.Tables, cloneTable(t))
	}
	return out
}

// cloneTable copies t deeply enough to rename and alter its parts.
func cloneTable(t *schema.Table) *schema.Table {
	nt := *t
	nt.Columns = nil
	for _, c := range t.Columns {
		nc := *c
		nt.Columns = append(nt.Columns, &nc)
	}
	nt.Indexes = slices.Clone(t.Indexes)
	nt.ForeignKeys = slices.Clone(t.ForeignKeys)
	nt.Checks = slices.Clone(t.Checks)
	nt.Dependents = slices.Clone(t.Dependents)
	return &nt
}
