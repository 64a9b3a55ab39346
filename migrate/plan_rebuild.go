package migrate

import (
	"slices"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// The planner's part for engines that rebuild tables: which changes the
// engine's ALTER TABLE makes in place is asked of the engine's
// capabilities (dialect.TableRebuilder, ColumnAdder, ColumnDropper, see
// internal/dialect/registry.go); the other changes of a table are carried
// by one schema.RebuildTable, planned under the live names when the plan
// renames too (see ordered).

// alterRules is what the planner (and the down file, viaRebuild) asks the
// engine about the changes of an existing table: the capabilities of its
// migrator m, found by type assertion.
type alterRules struct{ m engine }

// inPlace reports whether the engine makes every change in place.
func (r alterRules) inPlace() bool {
	_, rebuilds := r.m.(dialect.TableRebuilder)
	return !rebuilds
}

// rebuilds reports whether the engine makes c only by rebuilding its
// table: want is the model's table (for an added column), have the live
// one and gone the columns the plan drops from it (for a dropped column).
func (r alterRules) rebuilds(c schema.Change, want, have *schema.Table, gone []string) bool {
	rb, ok := r.m.(dialect.TableRebuilder)
	if !ok {
		return false
	}
	switch c := c.(type) {
	case *schema.AddColumn:
		a, ok := r.m.(dialect.ColumnAdder)
		return !ok || !a.CanAddColumn(want, c.C)
	case *schema.DropColumn:
		d, ok := r.m.(dialect.ColumnDropper)
		return !ok || !d.CanDropColumn(have, c.C.Name, gone)
	}
	return rb.NeedsRebuild(c)
}

// rebuild plans one rebuild of table have carrying every allowed change
// of it (ok): the rebuilt table has exactly the shape those changes give,
// its columns in the model's order, and what the live table has that the
// changes do not touch (a live column's features the rebuild keeps, such
// as SQLite's AUTOINCREMENT). It refuses (at the level the changes need) a
// rebuild that would turn a generated column into a plain one.
func (p *planner) rebuild(want, have *schema.Table, ok []tableChange) {
	tn := want.Name
	rb := &schema.RebuildTable{From: have, To: cloneTable(have)}
	for _, tc := range ok {
		rb.Changes = append(rb.Changes, tc.c)
		applyChange(rb.To, tc.c)
	}
	for _, c := range rb.To.Columns {
		if c.Generated != "" || strings.HasPrefix(c.Extra, "generated") {
			// The rebuilt table is declared from the model, which has no
			// generated columns: the column would come back plain.
			next := "drop it first (it is in no model: migrate.AllowDestructive() drops it in this plan)"
			if _, ok := want.Column(c.Name); ok {
				next = "drop it by hand first"
			}
			p.blocker(LevelUpdates, tn, c.Name, "is a generated column ("+c.Generated+"), which the table rebuild these changes need would turn into a plain column; "+next+", or "+versioned)
			return
		}
	}
	order := map[string]int{}
	for i, c := range want.Columns {
		order[c.Name] = i
	}
	slices.SortStableFunc(rb.To.Columns, func(a, b *schema.Column) int {
		ia, oka := order[a.Name]
		ib, okb := order[b.Name]
		switch {
		case oka && okb:
			return ia - ib
		case oka:
			return -1
		case okb:
			return 1
		}
		return 0
	})
	p.phases[phColumns] = append(p.phases[phColumns], rb)
}

// rebuildsUnderLiveNames plans what runs before the renames (see ordered)
// under the live names, so that its inverse in a down file is too.
func (p *planner) rebuildsUnderLiveNames() {
	for i, c := range p.phases[phColumns] {
		if rb, ok := c.(*schema.RebuildTable); ok {
			p.phases[phColumns][i] = p.underLiveNames(rb, p.renamesOf(rb.To.Name))
		}
	}
	for i, c := range p.phases[phDrop] {
		if di, ok := c.(*schema.DropIndex); ok {
			p.phases[phDrop][i] = p.liveIndexDrop(di)
		}
	}
}

// liveIndexDrop returns c with the live index (and table name) it drops,
// as they are before the plan's renames.
func (p *planner) liveIndexDrop(c *schema.DropIndex) *schema.DropIndex {
	old := c.Table
	for _, r := range p.renamesOf(c.Table) {
		if rt, ok := r.(*schema.RenameTable); ok {
			old = rt.From
		}
	}
	if t, ok := p.live.Table(old); ok {
		if x, ok := t.Index(c.I.Name); ok {
			return &schema.DropIndex{Table: old, I: x}
		}
	}
	return c
}

// renamesOf returns the renames the plan makes of table tn (its own, then
// its columns', in plan order).
func (p *planner) renamesOf(tn string) []schema.Change {
	var out []schema.Change
	for _, c := range p.phases[phRename] {
		switch c := c.(type) {
		case *schema.RenameTable:
			if c.To == tn {
				out = append(out, c)
			}
		case *schema.RenameColumn:
			if c.Table == tn {
				out = append(out, c)
			}
		}
	}
	return out
}

// underLiveNames returns rb as it runs before the plan's renames (see
// run): from the live table, to the same shape under the live names of
// the table and its columns (renames), carrying its changes, and their
// data checks, under the live names.
func (p *planner) underLiveNames(rb *schema.RebuildTable, renames []schema.Change) *schema.RebuildTable {
	n := liveNames{table: rb.To.Name, old: rb.To.Name, cols: map[string]string{}, guard: beforeRenames(p.phases[phRename])}
	for _, c := range renames {
		switch c := c.(type) {
		case *schema.RenameTable:
			n.old = c.From
		case *schema.RenameColumn:
			n.cols[c.To] = c.From
		}
	}
	n.from, _ = p.live.Table(n.old)
	out := &schema.RebuildTable{From: n.from, To: p.liveShape(&n, rb.To, renames)}
	for _, c := range rb.Changes {
		out.Changes = append(out.Changes, n.change(c))
	}
	return out
}

// liveShape returns table t under the live names n gives; another
// tool's index or check (one the renames leave as it is live) as it is
// live.
func (p *planner) liveShape(n *liveNames, t *schema.Table, renames []schema.Change) *schema.Table {
	to := cloneTable(t)
	to.Name = n.old
	for i, c := range to.Columns {
		nc := *c
		nc.Name = n.col(c.Name)
		to.Columns[i] = &nc
	}
	if to.PrimaryKey != nil {
		pk := *to.PrimaryKey
		pk.Columns = n.colsOf(pk.Columns)
		to.PrimaryKey = &pk
	}
	for i, x := range to.Indexes {
		to.Indexes[i] = n.index(x)
	}
	for i, fk := range to.ForeignKeys {
		to.ForeignKeys[i] = n.fkey(fk)
	}
	for i, ck := range to.Checks {
		if lc, ok := p.liveCheck(n.from, ck, renames); ok && ck.Values == nil && lc.Values == nil {
			to.Checks[i] = lc // another tool's check, as it is live
		} else {
			to.Checks[i] = n.check(ck)
		}
	}
	return to
}

// liveNames maps the names the plan's renames give one table (table) and
// its columns back to the live ones (old, cols: new -> live); from is the
// live table and guard maps data checks back.
type liveNames struct {
	table, old string
	cols       map[string]string
	from       *schema.Table
	guard      func(*schema.Guard) *schema.Guard
}

func (n *liveNames) col(c string) string {
	if o, ok := n.cols[c]; ok {
		return o
	}
	return c
}

func (n *liveNames) colsOf(cs []string) []string {
	out := slices.Clone(cs)
	for i, c := range out {
		out[i] = n.col(c)
	}
	return out
}

func (n *liveNames) index(x *schema.Index) *schema.Index {
	if li, ok := n.from.Index(x.Name); ok && (li.Where != "" || slices.ContainsFunc(li.Columns, func(c string) bool { return strings.HasPrefix(c, "(") })) {
		return li // another tool's index, as it is live
	}
	nx := *x
	nx.Columns = n.colsOf(x.Columns)
	nx.Include = n.colsOf(x.Include)
	return &nx
}

func (n *liveNames) fkey(fk *schema.ForeignKey) *schema.ForeignKey {
	nf := *fk
	nf.Columns = n.colsOf(fk.Columns)
	if fk.RefTable == n.table { // a reference to itself
		nf.RefTable = n.old
		nf.RefColumns = n.colsOf(fk.RefColumns)
	}
	return &nf
}

func (n *liveNames) check(ck *schema.Check) *schema.Check {
	nc := *ck
	nc.Column = n.col(ck.Column)
	return &nc
}

// g maps a data check (a check may read another renamed table).
func (n *liveNames) g(x *schema.Guard) *schema.Guard {
	if x == nil {
		return nil
	}
	return n.guard(x)
}

// change returns c, a change a rebuild carries, under the live names.
func (n *liveNames) change(c schema.Change) schema.Change {
	old, col := n.old, n.col
	switch c := c.(type) {
	case *schema.AddColumn:
		return &schema.AddColumn{Table: old, C: c.C, Guard: n.g(c.Guard)}
	case *schema.DropColumn:
		return &schema.DropColumn{Table: old, C: c.C}
	case *schema.AlterType:
		x := *c
		x.Table, x.Column, x.Guard = old, col(c.Column), n.g(c.Guard)
		return &x
	case *schema.SetNotNull:
		return &schema.SetNotNull{Table: old, Column: col(c.Column), Backfill: c.Backfill, Guard: n.g(c.Guard)}
	case *schema.DropNotNull:
		return &schema.DropNotNull{Table: old, Column: col(c.Column)}
	case *schema.SetDefault:
		return &schema.SetDefault{Table: old, Column: col(c.Column), From: c.From, To: c.To}
	case *schema.DropDefault:
		return &schema.DropDefault{Table: old, Column: col(c.Column), From: c.From}
	case *schema.AddIndex:
		return &schema.AddIndex{Table: old, I: n.index(c.I), Guard: n.g(c.Guard)}
	case *schema.DropIndex:
		return &schema.DropIndex{Table: old, I: n.index(c.I)}
	case *schema.RenameIndex:
		return &schema.RenameIndex{Table: old, From: c.From, To: n.index(c.To)}
	case *schema.RenameConstraint:
		return &schema.RenameConstraint{Table: old, From: c.From, To: c.To}
	case *schema.AddForeignKey:
		return &schema.AddForeignKey{Table: old, FK: n.fkey(c.FK), Guard: n.g(c.Guard)}
	case *schema.DropForeignKey:
		return &schema.DropForeignKey{Table: old, FK: n.fkey(c.FK)}
	case *schema.AddCheck:
		return &schema.AddCheck{Table: old, Check: n.check(c.Check), Guard: n.g(c.Guard)}
	case *schema.DropCheck:
		return &schema.DropCheck{Table: old, Check: n.check(c.Check)}
	}
	// no other change is carried by a rebuild
	panic("ferro/migrate: a rebuild carries " + c.String())
}

// liveCheck returns the live check of table from that ck is after the
// plan's column renames: the one of the same name, or, for an unnamed check
// (SQLite), the unnamed one whose expression the renames turn into ck's.
func (p *planner) liveCheck(from *schema.Table, ck *schema.Check, renames []schema.Change) (*schema.Check, bool) {
	if ck.Name != "" {
		return from.Check(ck.Name)
	}
	for _, lc := range from.Checks {
		if lc.Name != "" || lc.Values != nil {
			continue
		}
		e := lc.Expr
		for _, r := range renames {
			if rc, ok := r.(*schema.RenameColumn); ok {
				e = p.lex.RenameColumn(e, rc.From, rc.To)
			}
		}
		if e == ck.Expr {
			return lc, true
		}
	}
	return nil, false
}

// applyChange changes t as c does (the shape a rebuild creates).
func applyChange(t *schema.Table, c schema.Change) {
	col := func(name string) *schema.Column {
		x, _ := t.Column(name)
		return x
	}
	switch c := c.(type) {
	case *schema.AddColumn:
		nc := *c.C
		t.Columns = append(t.Columns, &nc)
	case *schema.DropColumn:
		t.Columns = slices.DeleteFunc(t.Columns, func(x *schema.Column) bool { return x.Name == c.C.Name })
	case *schema.AlterType:
		col(c.Column).Type = c.To
	case *schema.SetNotNull:
		col(c.Column).Nullable = false
	case *schema.DropNotNull:
		col(c.Column).Nullable = true
	case *schema.SetDefault:
		col(c.Column).Default = c.To
	case *schema.DropDefault:
		col(c.Column).Default = ""
	case *schema.AddIndex:
		t.Indexes = append(t.Indexes, c.I)
	case *schema.DropIndex:
		t.Indexes = slices.DeleteFunc(t.Indexes, func(x *schema.Index) bool { return x.Name == c.I.Name })
	case *schema.RenameConstraint:
		renameConstraint(t, c.From, c.To)
	case *schema.RenameIndex:
		t.Indexes = slices.DeleteFunc(t.Indexes, func(x *schema.Index) bool { return x.Name == c.From })
		t.Indexes = append(t.Indexes, c.To)
	case *schema.AddForeignKey:
		t.ForeignKeys = append(t.ForeignKeys, c.FK)
	case *schema.DropForeignKey:
		// An unnamed key (SQLite) is told from the others by what it is.
		t.ForeignKeys = slices.DeleteFunc(t.ForeignKeys, c.FK.Is)
	case *schema.AddCheck:
		t.Checks = append(t.Checks, c.Check)
	case *schema.DropCheck:
		t.Checks = slices.DeleteFunc(t.Checks, c.Check.Is)
	}
	t.Sort()
}

// renameConstraint renames the primary key, foreign key or check of t
// named from.
func renameConstraint(t *schema.Table, from, to string) {
	if t.PrimaryKey != nil && t.PrimaryKey.Name == from {
		pk := *t.PrimaryKey
		pk.Name = to
		t.PrimaryKey = &pk
	}
	for i, fk := range t.ForeignKeys {
		if fk.Name == from {
			nf := *fk
			nf.Name = to
			t.ForeignKeys[i] = &nf
		}
	}
	for i, ck := range t.Checks {
		if ck.Name == from {
			nc := *ck
			nc.Name = to
			t.Checks[i] = &nc
		}
	}
}
