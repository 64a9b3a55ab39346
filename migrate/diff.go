package migrate

import (
	"slices"
	"strconv"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// The planner: it compares the desired schema with the live one through
// schema.Diff (the one comparison) and produces typed changes. It never
// writes SQL and never reads SQL text back; dialects render the changes.

// ferroConstraint reports whether a constraint name is one ferro generates
// (pk_, fk_, ck_), so a rename of its table or column may rename it.
func ferroConstraint(name string) bool {
	return strings.HasPrefix(name, "pk_") || strings.HasPrefix(name, "fk_") || strings.HasPrefix(name, "ck_")
}

// ferroNamed reports whether an index name is one ferro generates (and may
// therefore drop when the models no longer declare it).
func ferroNamed(name string) bool {
	return strings.HasPrefix(name, "idx_") || strings.HasPrefix(name, "uq_")
}

const versioned = "write a versioned migration for it (Plan.WriteMigration exports one to start from)"

// phases of a plan, in execution order.
const (
	phRename   = iota // rename tables and columns
	phDrop            // drop constraints and indexes that go or change
	phEnum            // create native enum types, add their values
	phCreate          // create tables
	phColumns         // add / alter columns, rebuild SQLite tables
	phDropCol         // drop columns
	phAdd             // add indexes, uniques, checks
	phFK              // add foreign keys (and close Postgres cycles)
	phDropTab         // drop tables named by DropTables
	phDropEnum        // drop native enum types nothing uses any more
	nPhases
)

// PendingChange is a change the plan leaves out, and why.
type PendingChange struct {
	Change schema.Change
	// Need is the level the change needs; when the plan's level allows it,
	// the change was held back by [ExpandOnly].
	Need Level
	// Contracts is true when [ExpandOnly] held the change back.
	Contracts bool
}

// String is the change's line and the option that would apply it.
func (p PendingChange) String() string {
	switch {
	case p.Contracts:
		return p.Change.String() + "    (held back by migrate.ExpandOnly(): apply it once no instance runs the old code)"
	case p.Need == LevelDestructive:
		return p.Change.String() + "    (needs migrate.AllowDestructive())"
	}
	return p.Change.String() + "    (needs migrate.AllowUpdates())"
}

// planner diffs the desired schema (want) against the live one (have).
type planner struct {
	// inPlace: the dialect changes column types, nullability, defaults and
	// constraints with ALTER TABLE (PostgreSQL); otherwise (SQLite) such
	// changes rebuild the table. See engine.AltersInPlace.
	inPlace bool
	// tc decides (and spells) the data checks of type changes.
	tc schema.TypeChangeSQL
	// lex finds the columns live expressions use (index expressions and
	// predicates, checks, generated columns), as the engine reads them.
	lex        dialect.Lexicon
	level      Level
	expandOnly bool
	// naiveZone is the time zone of naive timestamps ([NaiveTimeZone]).
	naiveZone  string
	dropTables []string
	// engine names the engine in problems (never compared).
	engine string
	// keys is set on an engine that finds a foreign key's parent key
	// anew each time it enforces the key (SQLite): see refuseKeyless.
	keys       dialect.ParentKeyFinder
	want, have *schema.Schema
	// live is have as read, before the plan's renames were applied to it.
	live *schema.Schema

	phases  [nPhases][]schema.Change
	pending []PendingChange
	// held are the column renames left pending, per table: new -> the
	// pending entry. Changes that need the new name wait with them.
	held     map[string]map[string]PendingChange
	problems []Problem
	notes    []string
	// kept are live indexes and constraints of other tools, left alone.
	kept      []string
	unmanaged []string
	// deferred are problems of changes the level does not reach: they
	// would refuse a plan at a higher level, and block nothing here.
	deferred []Problem
	// unknown are columns whose types cannot be compared; left alone.
	unknown []UnknownColumn
}

func (p *planner) allowed(need Level, c schema.Change) bool {
	if need > p.level {
		p.pending = append(p.pending, PendingChange{Change: c, Need: need})
		return false
	}
	if p.expandOnly && !expands(c) {
		p.pending = append(p.pending, PendingChange{Change: c, Need: need, Contracts: true})
		return false
	}
	return true
}

func (p *planner) add(ph int, need Level, c schema.Change) {
	if p.allowed(need, c) {
		p.phases[ph] = append(p.phases[ph], c)
	}
}

func (p *planner) problem(table, column, reason string) {
	p.problems = append(p.problems, Problem{Table: table, Column: column, Reason: reason})
}

// blocker records a problem of a change that needs level need: it refuses
// the plan only when the plan's level reaches need; below, it is listed
// (Plan.Deferred) and blocks nothing, so that a plan at the create level
// is never stopped by what it would not touch anyway.
func (p *planner) blocker(need Level, table, column, reason string) {
	if need > p.level {
		p.deferred = append(p.deferred, Problem{Table: table, Column: column, Reason: reason})
		return
	}
	p.problem(table, column, reason)
}

// expands reports whether code written for the schema before c keeps
// working after it: what a rolling deploy may apply while old instances
// still run ([ExpandOnly]).
func expands(c schema.Change) bool {
	switch c := c.(type) {
	case *schema.AddTable, *schema.DropNotNull, *schema.SetDefault, *schema.RenameIndex, *schema.RenameConstraint, *schema.CreateEnum, *schema.AddEnumValue:
		return true
	case *schema.AddColumn:
		return c.C.Nullable || c.C.Default != "" || c.C.AutoIncrement
	case *schema.AddIndex:
		return !c.I.Unique
	case *schema.AlterType:
		return c.Guard == nil // widening only
	case *schema.RebuildTable:
		for _, x := range c.Changes {
			if !expands(x) {
				return false
			}
		}
		return true
	}
	return false
}

// run computes the changes in execution order; problems found without data
// are collected in p.problems, data-dependent ones are guards.
func (p *planner) run() []schema.Change {
	p.live = p.have
	p.have = cloneSchema(p.have)
	pendingTables := p.renameTables()
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
	missing := p.enums()
	// Create missing tables in dependency order.
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
		if p.inPlace { // the key is checked at creation: close cycles later
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
	for _, t := range p.want.Tables {
		if h, ok := p.have.Table(t.Name); ok && !pendingTables[t.Name] {
			p.renameColumns(t, h)
			if d := schema.DiffTable(t, h); d != nil {
				p.table(d)
			}
		}
	}
	p.unusedEnums()
	p.newLabelsUsed(missing)
	if p.rebuildsFirst() && len(p.phases[phRename]) > 0 {
		// What runs before the renames (see ordered) is planned under the
		// live names, so that its inverse in a down file is too.
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
	p.unpinDroppedTables()
	// Foreign keys go before the indexes and constraints they may rest on:
	// PostgreSQL refuses to drop a unique index or constraint a foreign
	// key of another table still references, even one the plan drops
	// later.
	slices.SortStableFunc(p.phases[phDrop], func(a, b schema.Change) int {
		_, fa := a.(*schema.DropForeignKey)
		_, fb := b.(*schema.DropForeignKey)
		switch {
		case fa && !fb:
			return -1
		case fb && !fa:
			return 1
		}
		return 0
	})
	out := p.ordered()
	p.refuseUsed(out)
	p.refuseKeyless(out)
	return out
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
				if d.Index != di.I.Name || d.Table != dt.T.Name || d.Constraint == "" {
					continue
				}
				if fk, ok := dt.T.ForeignKey(d.Constraint); ok && !slices.Contains(fks, fk) {
					fks = append(fks, fk)
				}
			}
		}
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

// rebuildsFirst reports whether the plan rebuilds tables on a dialect that
// does not alter in place: then the rebuilds (and the index drops) run
// before the renames (see ordered).
func (p *planner) rebuildsFirst() bool {
	return !p.inPlace && slices.ContainsFunc(p.phases[phColumns], func(c schema.Change) bool { _, ok := c.(*schema.RebuildTable); return ok })
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

// ordered returns the changes of every phase in execution order. On a
// dialect that does not alter in place (SQLite), the index drops and every
// table rebuild run before the renames: SQLite's RENAME rewrites the
// checks, indexes, triggers and views that use a renamed table or column,
// while a rebuild recreates those of its table (and the triggers and views
// that mention it) from the SQL read when the plan was made, so it must
// run while that SQL still holds; rebuilds are planned under the live
// names for that (underLiveNames). The changes made in place that need
// the new names follow the renames.
func (p *planner) ordered() []schema.Change {
	var out []schema.Change
	if !p.rebuildsFirst() {
		for _, ph := range p.phases {
			out = append(out, ph...)
		}
		return out
	}
	out = append(out, p.phases[phDrop]...)
	out = append(out, p.phases[phEnum]...)
	out = append(out, p.phases[phCreate]...)
	var inPlace []schema.Change
	for _, c := range p.phases[phColumns] {
		if _, ok := c.(*schema.RebuildTable); ok {
			out = append(out, c)
		} else {
			inPlace = append(inPlace, c)
		}
	}
	out = append(out, p.phases[phRename]...)
	out = append(out, inPlace...)
	for _, ph := range p.phases[phDropCol:] {
		out = append(out, ph...)
	}
	return out
}

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
		h, _ := p.have.Table(from[0])
		h.Name = t.Name
		renameDependentTable(p.have.Tables, from[0], t.Name)
		for _, o := range p.have.Tables { // the engines follow the rename in references
			for i, fk := range o.ForeignKeys {
				if fk.RefTable == from[0] {
					nf := *fk
					nf.RefTable = t.Name
					o.ForeignKeys[i] = &nf
				}
			}
		}
	}
	return pendingTables
}

// renameColumns plans the column renames t declares and applies them to
// its live table h.
func (p *planner) renameColumns(t, h *schema.Table) {
	claimed := map[string]string{} // old name -> the field claiming it
	for _, c := range t.Columns {
		for _, old := range c.RenamedFrom {
			if prev, ok := claimed[old]; ok {
				p.blocker(LevelUpdates, t.Name, c.Name, "renamed_from="+old+" is also declared by column "+prev+"; one live column can only become one field")
				return
			}
			claimed[old] = c.Name
		}
	}
	for _, c := range t.Columns {
		var from []string
		for _, old := range c.RenamedFrom {
			if _, ok := h.Column(old); ok {
				from = append(from, old)
			}
		}
		if len(from) == 0 {
			continue
		}
		if _, ok := h.Column(c.Name); ok {
			p.blocker(LevelUpdates, t.Name, c.Name, "renamed_from="+strings.Join(from, "|")+" names a column that exists alongside "+c.Name+"; drop one of them (or copy the data) by hand, then remove the tag option")
			continue
		}
		if len(from) > 1 {
			p.blocker(LevelUpdates, t.Name, c.Name, "renamed_from names columns "+strings.Join(from, " and ")+", which both exist; only one can become "+c.Name)
			continue
		}
		if _, ok := t.Column(from[0]); ok {
			p.blocker(LevelUpdates, t.Name, c.Name, "renamed_from="+from[0]+" names a column the model still declares; remove it from the model or from the tag")
			continue
		}
		rc := &schema.RenameColumn{Table: t.Name, From: from[0], To: c.Name}
		if !p.allowed(LevelUpdates, rc) {
			if p.held == nil {
				p.held = map[string]map[string]PendingChange{}
			}
			if p.held[t.Name] == nil {
				p.held[t.Name] = map[string]PendingChange{}
			}
			p.held[t.Name][c.Name] = p.pending[len(p.pending)-1]
			p.held[t.Name][from[0]] = p.pending[len(p.pending)-1]
			continue
		}
		p.phases[phRename] = append(p.phases[phRename], rc)
		renameDependentColumn(p.have.Tables, h, from[0], c.Name)
		renameColumn(p.lex, h, from[0], c.Name)
		for _, o := range p.have.Tables { // the engines follow the rename in references
			for i, fk := range o.ForeignKeys {
				if fk.RefTable == h.Name && slices.Contains(fk.RefColumns, from[0]) {
					nf := *fk
					nf.RefColumns = slices.Clone(fk.RefColumns)
					nf.RefColumns[slices.Index(nf.RefColumns, from[0])] = c.Name
					o.ForeignKeys[i] = &nf
				}
			}
		}
	}
}

// renameColumn renames column from of t, in its indexes, keys and checks
// too, as the engine's RENAME COLUMN does: expressions (index parts and
// predicates, checks, generated columns) are rewritten token by token.
func renameColumn(lx dialect.Lexicon, t *schema.Table, from, to string) {
	ren := func(cols []string) []string {
		out := slices.Clone(cols)
		for i, c := range out {
			if c == from {
				out[i] = to
			}
		}
		return out
	}
	for i, c := range t.Columns {
		if c.Name == from || c.Generated != "" {
			nc := *c
			if c.Name == from {
				nc.Name = to
			}
			nc.Generated = lx.RenameColumn(c.Generated, from, to)
			t.Columns[i] = &nc
		}
	}
	if t.PrimaryKey != nil {
		pk := *t.PrimaryKey
		pk.Columns = ren(pk.Columns)
		t.PrimaryKey = &pk
	}
	for i, x := range t.Indexes {
		nx := *x
		nx.Columns = ren(x.Columns)
		for j, part := range nx.Columns {
			if strings.HasPrefix(part, "(") {
				nx.Columns[j] = "(" + lx.RenameColumn(part[1:len(part)-1], from, to) + ")"
			}
		}
		nx.Include = ren(x.Include)
		nx.Where = lx.RenameColumn(x.Where, from, to)
		t.Indexes[i] = &nx
	}
	for i, fk := range t.ForeignKeys {
		nf := *fk
		nf.Columns = ren(fk.Columns)
		t.ForeignKeys[i] = &nf
	}
	for i, ck := range t.Checks {
		nc := *ck
		if ck.Column == from {
			nc.Column = to
		}
		nc.Expr = lx.RenameColumn(ck.Expr, from, to)
		t.Checks[i] = &nc
	}
}

// tableChange is one change of an existing table with the level it needs
// and whether, on a dialect that does not alter in place, it needs the
// table rebuild.
type tableChange struct {
	ph      int
	need    Level
	c       schema.Change
	rebuild bool
}

func (p *planner) table(d *schema.TableDiff) {
	want, have := d.Want, d.Have
	tn := want.Name
	if d.PrimaryKeyDiffers && !samePK(want.PrimaryKey, have.PrimaryKey) {
		p.blocker(LevelUpdates, tn, "", "primary key ("+strings.Join(pkCols(have), ", ")+") would change to ("+strings.Join(pkCols(want), ", ")+"); ferro never changes primary keys: "+versioned)
		return
	}
	adoptByDefinition(d)
	var cs []tableChange
	put := func(ph int, need Level, c schema.Change, rebuild bool) {
		cs = append(cs, tableChange{ph: ph, need: need, c: c, rebuild: rebuild && !p.inPlace})
	}
	// A primary key whose ferro name followed a table rename.
	if d.PrimaryKeyDiffers && want.PrimaryKey != nil && have.PrimaryKey != nil && ferroConstraint(have.PrimaryKey.Name) && want.PrimaryKey.Name != "" {
		put(phRename, LevelUpdates, &schema.RenameConstraint{Table: tn, From: have.PrimaryKey.Name, To: want.PrimaryKey.Name}, true)
	}
	live := func(cols []string) bool {
		for _, c := range cols {
			if _, ok := have.Column(c); !ok {
				return false
			}
		}
		return true
	}

	// Columns that change.
	for _, cd := range d.Columns {
		p.column(tn, cd, put)
	}
	// Columns the models add.
	for _, c := range d.Added {
		put(phColumns, LevelUpdates, &schema.AddColumn{Table: tn, C: c, Guard: schema.AddColumnGuard(tn, c)}, !sqliteCanAdd(p.lex, want, c))
	}
	// Columns the models drop, with their dependents: indexes, foreign keys
	// and checks on them go with them, listed.
	gone := map[string]bool{} // dropped columns
	// handled are the live indexes, foreign keys and checks the plan
	// already deals with (dropped with a column, renamed), identified as
	// the engine identifies them: an unnamed key or check (SQLite) by what
	// it is, so that one never stands for another.
	var handled handledSet
	for _, h := range d.Dropped {
		if isPK(have, h.Name) {
			p.blocker(LevelDestructive, tn, h.Name, "is a primary key column absent from the models; ferro never drops primary key columns: "+versioned)
			continue
		}
		gone[h.Name] = true
	}
	p.renameHint(d, gone)
	var goneNames, absent []string
	for _, h := range have.Columns {
		if gone[h.Name] {
			goneNames = append(goneNames, h.Name)
		}
		if _, ok := want.Column(h.Name); !ok {
			absent = append(absent, h.Name)
		}
	}
	for _, x := range have.Indexes {
		if p.indexMentions(x, goneNames...) {
			handled.index(x)
			put(phDrop, LevelDestructive, &schema.DropIndex{Table: tn, I: x}, x.Constraint)
		}
	}
	for _, fk := range have.ForeignKeys {
		if slices.ContainsFunc(fk.Columns, func(c string) bool { return gone[c] }) {
			handled.fk(fk)
			put(phDrop, LevelDestructive, &schema.DropForeignKey{Table: tn, FK: fk}, true)
		}
	}
	for _, ck := range have.Checks {
		if p.checkMentions(ck, goneNames...) {
			handled.check(ck)
			put(phDrop, LevelDestructive, &schema.DropCheck{Table: tn, Check: ck}, true)
		}
	}
	var retyped []string // columns whose type changes in place
	for _, tc := range cs {
		if at, ok := tc.c.(*schema.AlterType); ok {
			retyped = append(retyped, at.Column)
		}
	}
	for _, h := range p.dropOrder(have, gone) {
		ph := phDropCol
		if p.inPlace && h.Generated != "" && p.lex.Mentions(h.Generated, retyped...) {
			// PostgreSQL refuses to change the type of a column a
			// generated column uses: the generated column goes first.
			ph = phDrop
		}
		put(ph, LevelDestructive, &schema.DropColumn{Table: tn, C: h}, !p.sqliteCanDrop(have, h.Name, gone))
	}

	// Indexes and uniques.
	for _, pr := range d.Indexes.Changed {
		need := LevelUpdates
		if handled.hasIndex(pr.Have) { // dropped with its column: the new one waits for it
			need = LevelDestructive
		} else {
			put(phDrop, LevelUpdates, &schema.DropIndex{Table: tn, I: pr.Have}, pr.Have.Constraint)
		}
		put(phAdd, need, &schema.AddIndex{Table: tn, I: pr.Want, Guard: guardIf(live(pr.Want.Columns), schema.UniqueGuard(tn, pr.Want))}, false)
	}
	// An index whose name followed a table or column rename: same
	// definition under a new ferro name.
	added := slices.Clone(d.Indexes.Added)
	for _, y := range d.Indexes.Dropped {
		if handled.hasIndex(y) || !ferroNamed(y.Name) || y.Where != "" || y.Extra != "" || len(y.Include) > 0 {
			continue
		}
		i := slices.IndexFunc(added, func(x *schema.Index) bool {
			return x.Unique == y.Unique && slices.Equal(x.Columns, y.Columns) && ferroNamed(x.Name)
		})
		if i < 0 {
			continue
		}
		to := *added[i]
		to.Constraint = y.Constraint
		handled.index(y)
		put(phAdd, LevelUpdates, &schema.RenameIndex{Table: tn, From: y.Name, To: &to}, y.Constraint)
		added = slices.Delete(added, i, i+1)
	}
	for _, x := range added {
		put(phAdd, LevelUpdates, &schema.AddIndex{Table: tn, I: x, Guard: guardIf(live(x.Columns), schema.UniqueGuard(tn, x))}, false)
	}
	for _, x := range d.Indexes.Dropped {
		switch {
		case handled.hasIndex(x) || isPKIndex(have, x):
		case ferroNamed(x.Name):
			put(phDrop, LevelDestructive, &schema.DropIndex{Table: tn, I: x}, x.Constraint)
		default:
			p.leftAlone(want, "index "+strconv.Quote(x.Name), p.indexMentions(x, absent...))
		}
	}
	// Foreign keys and checks whose ferro names followed a rename.
	fkAdded := slices.Clone(d.ForeignKeys.Added)
	for _, y := range d.ForeignKeys.Dropped {
		if handled.hasFK(y) || !ferroConstraint(y.Name) {
			continue
		}
		i := slices.IndexFunc(fkAdded, func(x *schema.ForeignKey) bool {
			nx := *x
			nx.Name = y.Name
			return nx.Equal(y)
		})
		if i >= 0 {
			handled.fk(y)
			put(phRename, LevelUpdates, &schema.RenameConstraint{Table: tn, From: y.Name, To: fkAdded[i].Name}, true)
			fkAdded = slices.Delete(fkAdded, i, i+1)
		}
	}
	ckAdded := slices.Clone(d.Checks.Added)
	for _, y := range d.Checks.Dropped {
		if handled.hasCheck(y) || !ferroConstraint(y.Name) {
			continue
		}
		i := slices.IndexFunc(ckAdded, func(x *schema.Check) bool {
			return x.Condition() == y.Condition()
		})
		if i >= 0 {
			handled.check(y)
			put(phRename, LevelUpdates, &schema.RenameConstraint{Table: tn, From: y.Name, To: ckAdded[i].Name}, true)
			ckAdded = slices.Delete(ckAdded, i, i+1)
		}
	}
	// Foreign keys.
	for _, pr := range d.ForeignKeys.Changed {
		need := LevelUpdates
		if handled.hasFK(pr.Have) {
			need = LevelDestructive
		} else {
			put(phDrop, LevelUpdates, &schema.DropForeignKey{Table: tn, FK: pr.Have}, true)
		}
		put(phFK, need, &schema.AddForeignKey{Table: tn, FK: pr.Want, Guard: p.fkGuard(tn, pr.Want, live)}, true)
	}
	for _, fk := range fkAdded {
		put(phFK, LevelUpdates, &schema.AddForeignKey{Table: tn, FK: fk, Guard: p.fkGuard(tn, fk, live)}, true)
	}
	for _, fk := range d.ForeignKeys.Dropped {
		// Like indexes, only what ferro named is dropped when the models
		// stop declaring it; another tool's constraints are left alone.
		switch {
		case handled.hasFK(fk):
		case ferroConstraint(fk.Name):
			put(phDrop, LevelUpdates, &schema.DropForeignKey{Table: tn, FK: fk}, true)
		default:
			p.leftAlone(want, "foreign key "+quoteOr(fk.Name, fk.Definition()), slices.ContainsFunc(fk.Columns, func(c string) bool { return slices.Contains(absent, c) }))
		}
	}
	// Checks.
	checkGuard := func(ck *schema.Check) *schema.Guard {
		return guardIf(ck.Column == "" || live([]string{ck.Column}), schema.CheckGuard(tn, ck))
	}
	for _, pr := range d.Checks.Changed {
		need := LevelUpdates
		if handled.hasCheck(pr.Have) {
			need = LevelDestructive
		} else {
			put(phDrop, LevelUpdates, &schema.DropCheck{Table: tn, Check: pr.Have}, true)
		}
		put(phAdd, need, &schema.AddCheck{Table: tn, Check: pr.Want, Guard: checkGuard(pr.Want)}, true)
	}
	for _, ck := range ckAdded {
		put(phAdd, LevelUpdates, &schema.AddCheck{Table: tn, Check: ck, Guard: checkGuard(ck)}, true)
	}
	for _, ck := range d.Checks.Dropped {
		switch {
		case handled.hasCheck(ck):
		case ferroConstraint(ck.Name):
			put(phDrop, LevelUpdates, &schema.DropCheck{Table: tn, Check: ck}, true)
		default:
			p.leftAlone(want, "check "+quoteOr(ck.Name, ck.Definition()), p.checkMentions(ck, absent...))
		}
	}

	slices.SortStableFunc(cs, func(a, b tableChange) int { return a.ph - b.ph })
	// Keep what the level (and ExpandOnly) allows. A pending rename holds
	// back the add and drop it stands for, and what needs the new name.
	var ok []tableChange
	rebuild := false
	held := p.held[tn]
	for _, tc := range cs {
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
	// SQLite: one rebuild carries every allowed change of the table; the
	// rebuilt table has exactly the shape those changes give.
	for _, c := range want.Columns {
		if h, ok := have.Column(c.Name); ok && keptAutoincrement(h) {
			p.blocker(LevelUpdates, tn, c.Name, "the live key is declared AUTOINCREMENT, whose highest id given (sqlite_sequence) the table rebuild these changes need would not keep; "+versioned)
			return
		}
	}
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
	tn, old := rb.To.Name, rb.To.Name
	cols := map[string]string{} // new -> live
	for _, c := range renames {
		switch c := c.(type) {
		case *schema.RenameTable:
			old = c.From
		case *schema.RenameColumn:
			cols[c.To] = c.From
		}
	}
	col := func(c string) string {
		if o, ok := cols[c]; ok {
			return o
		}
		return c
	}
	colsOf := func(cs []string) []string {
		out := slices.Clone(cs)
		for i, c := range out {
			out[i] = col(c)
		}
		return out
	}
	from, _ := p.live.Table(old)
	index := func(x *schema.Index) *schema.Index {
		if li, ok := from.Index(x.Name); ok && (li.Where != "" || slices.ContainsFunc(li.Columns, func(c string) bool { return strings.HasPrefix(c, "(") })) {
			return li // another tool's index, as it is live
		}
		nx := *x
		nx.Columns = colsOf(x.Columns)
		nx.Include = colsOf(x.Include)
		return &nx
	}
	fkey := func(fk *schema.ForeignKey) *schema.ForeignKey {
		nf := *fk
		nf.Columns = colsOf(fk.Columns)
		if fk.RefTable == tn { // a reference to itself
			nf.RefTable = old
			nf.RefColumns = colsOf(fk.RefColumns)
		}
		return &nf
	}
	check := func(ck *schema.Check) *schema.Check {
		nc := *ck
		nc.Column = col(ck.Column)
		return &nc
	}
	guard := beforeRenames(p.phases[phRename]) // a check may read another renamed table
	g := func(x *schema.Guard) *schema.Guard {
		if x == nil {
			return nil
		}
		return guard(x)
	}
	to := cloneTable(rb.To)
	to.Name = old
	for i, c := range to.Columns {
		nc := *c
		nc.Name = col(c.Name)
		to.Columns[i] = &nc
	}
	if to.PrimaryKey != nil {
		pk := *to.PrimaryKey
		pk.Columns = colsOf(pk.Columns)
		to.PrimaryKey = &pk
	}
	for i, x := range to.Indexes {
		to.Indexes[i] = index(x)
	}
	for i, fk := range to.ForeignKeys {
		to.ForeignKeys[i] = fkey(fk)
	}
	for i, ck := range to.Checks {
		if lc, ok := p.liveCheck(from, ck, renames); ok && ck.Values == nil && lc.Values == nil {
			to.Checks[i] = lc // another tool's check, as it is live
		} else {
			to.Checks[i] = check(ck)
		}
	}
	out := &schema.RebuildTable{From: from, To: to}
	for _, c := range rb.Changes {
		var x schema.Change
		switch c := c.(type) {
		case *schema.AddColumn:
			x = &schema.AddColumn{Table: old, C: c.C, Guard: g(c.Guard)}
		case *schema.DropColumn:
			x = &schema.DropColumn{Table: old, C: c.C}
		case *schema.AlterType:
			n := *c
			n.Table, n.Column, n.Guard = old, col(c.Column), g(c.Guard)
			x = &n
		case *schema.SetNotNull:
			x = &schema.SetNotNull{Table: old, Column: col(c.Column), Backfill: c.Backfill, Guard: g(c.Guard)}
		case *schema.DropNotNull:
			x = &schema.DropNotNull{Table: old, Column: col(c.Column)}
		case *schema.SetDefault:
			x = &schema.SetDefault{Table: old, Column: col(c.Column), From: c.From, To: c.To}
		case *schema.DropDefault:
			x = &schema.DropDefault{Table: old, Column: col(c.Column), From: c.From}
		case *schema.AddIndex:
			x = &schema.AddIndex{Table: old, I: index(c.I), Guard: g(c.Guard)}
		case *schema.DropIndex:
			x = &schema.DropIndex{Table: old, I: index(c.I)}
		case *schema.RenameIndex:
			x = &schema.RenameIndex{Table: old, From: c.From, To: index(c.To)}
		case *schema.RenameConstraint:
			x = &schema.RenameConstraint{Table: old, From: c.From, To: c.To}
		case *schema.AddForeignKey:
			x = &schema.AddForeignKey{Table: old, FK: fkey(c.FK), Guard: g(c.Guard)}
		case *schema.DropForeignKey:
			x = &schema.DropForeignKey{Table: old, FK: fkey(c.FK)}
		case *schema.AddCheck:
			x = &schema.AddCheck{Table: old, Check: check(c.Check), Guard: g(c.Guard)}
		case *schema.DropCheck:
			x = &schema.DropCheck{Table: old, Check: check(c.Check)}
		default: // no other change is carried by a rebuild
			panic("ferro/migrate: a rebuild carries " + c.String())
		}
		out.Changes = append(out.Changes, x)
	}
	return out
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

// adoptByDefinition takes out of d each declared index, foreign key and
// check that a live one with a name ferro does not generate already
// implements (same definition, another tool's name: Rails'
// index_articles_on_title, Prisma's User_email_key, PostgreSQL's
// addresses_user_id_fkey). The live object stays as it is, under its name;
// nothing is planned for either.
func adoptByDefinition(d *schema.TableDiff) {
	d.Indexes.Added, d.Indexes.Dropped = adopt(d.Indexes.Added, d.Indexes.Dropped,
		func(i *schema.Index) bool { return ferroNamed(i.Name) },
		func(w, h *schema.Index) bool {
			return w.Unique == h.Unique && slices.Equal(w.Columns, h.Columns) && slices.Equal(w.Include, h.Include) && w.Where == h.Where && w.Extra == h.Extra
		})
	d.ForeignKeys.Added, d.ForeignKeys.Dropped = adopt(d.ForeignKeys.Added, d.ForeignKeys.Dropped,
		func(f *schema.ForeignKey) bool { return ferroConstraint(f.Name) },
		func(w, h *schema.ForeignKey) bool { nw := *w; nw.Name = h.Name; return nw.Equal(h) })
	d.Checks.Added, d.Checks.Dropped = adopt(d.Checks.Added, d.Checks.Dropped,
		func(c *schema.Check) bool { return ferroConstraint(c.Name) },
		func(w, h *schema.Check) bool { return w.Condition() == h.Condition() })
}

func adopt[T any](added, dropped []T, ours func(T) bool, same func(w, h T) bool) ([]T, []T) {
	added, dropped = slices.Clone(added), slices.Clone(dropped)
	for i := 0; i < len(added); i++ {
		j := slices.IndexFunc(dropped, func(h T) bool { return !ours(h) && same(added[i], h) })
		if j < 0 {
			continue
		}
		added = slices.Delete(added, i, i+1)
		dropped = slices.Delete(dropped, j, j+1)
		i--
	}
	return added, dropped
}

// keptAutoincrement reports whether a live column is a key with SQLite's
// AUTOINCREMENT (Monotonic): its ids are kept from reuse by the table's
// sqlite_sequence row as long as the table is not rebuilt. A model's key
// matches it whether or not it declares Monotonic (the planner changes
// no generated key).
func keptAutoincrement(have *schema.Column) bool {
	return have.AutoIncrement && have.Monotonic
}

// heldBy reports whether c uses a column whose rename is pending (as a
// column, or in an index expression, predicate or check), and that
// rename.
func (p *planner) heldBy(held map[string]PendingChange, c schema.Change) (PendingChange, bool) {
	if len(held) == 0 {
		return PendingChange{}, false
	}
	var uses func(col string) bool
	in := func(cols []string) func(string) bool {
		return func(col string) bool { return slices.Contains(cols, col) }
	}
	switch c := c.(type) {
	case *schema.AddColumn:
		uses = in([]string{c.C.Name})
	case *schema.DropColumn:
		uses = in([]string{c.C.Name})
	case *schema.AddIndex:
		uses = func(col string) bool { return p.indexMentions(c.I, col) }
	case *schema.DropIndex:
		uses = func(col string) bool { return p.indexMentions(c.I, col) }
	case *schema.RenameIndex:
		uses = func(col string) bool { return p.indexMentions(c.To, col) }
	case *schema.AddForeignKey:
		uses = in(c.FK.Columns)
	case *schema.DropForeignKey:
		uses = in(c.FK.Columns)
	case *schema.AddCheck:
		uses = func(col string) bool { return p.checkMentions(c.Check, col) }
	case *schema.DropCheck:
		uses = func(col string) bool { return p.checkMentions(c.Check, col) }
	default:
		return PendingChange{}, false
	}
	names := make([]string, 0, len(held))
	for col := range held {
		names = append(names, col)
	}
	slices.Sort(names) // the same answer every time
	for _, col := range names {
		if uses(col) {
			return held[col], true
		}
	}
	return PendingChange{}, false
}

// column diffs one column present on both sides.
func (p *planner) column(tn string, cd *schema.ColumnDiff, put func(int, Level, schema.Change, bool)) {
	want, have := cd.Want, cd.Have
	if cd.Feature {
		p.blocker(LevelUpdates, tn, want.Name, "the live column has features ferro does not model ("+have.Extra+"); declare it by hand or "+versioned)
		return
	}
	if cd.Type {
		conv, _ := schema.Convert(p.tc, "", have.Type, want.Type)
		switch {
		case conv == schema.ConvSame:
			// Stored identically: nothing to change (the live spelling
			// stays).
			cd.Type = false
			if have.Type.Declared() != "" {
				p.kept = append(p.kept, tn+"."+want.Name+" is declared "+have.Type.Declared()+", read as "+want.Type.String()+" and left as it is: that declaration has NUMERIC affinity, so the engine stores its values as REAL (8-byte floats) or INTEGER, not exact decimals; to keep them exact, copy them to a column the model declares (see docs/models.md, Decimal storage on SQLite)")
			}
		case conv != schema.ConvCheck && (want.Type.Kind == schema.KindUnknown || have.Type.Kind == schema.KindUnknown):
			// Unknown never blocks the rest: the column is reported and
			// nothing that changes it is planned. The exception is a
			// change the engine checks value by value (a SQLite column of
			// text, or declared UUID without ferro's check, becoming uuid:
			// TypeChangeSQL.ToUUID), planned like any checked type change.
			p.unknown = append(p.unknown, UnknownColumn{Table: tn, Column: want.Name, Live: have.Type, Want: want.Type})
			return
		}
	}
	if cd.Type && (want.Type.Kind == schema.KindEnum || have.Type.Kind == schema.KindEnum) {
		at, reason := p.enumColumn(tn, want, have)
		if at == nil {
			p.blocker(LevelUpdates, tn, want.Name, reason)
			return
		}
		put(phColumns, LevelUpdates, at, true)
		cd.Type, cd.Default = false, false // the change sets the default again
	}
	if cd.Type && schema.IsZoneChange(have.Type, want.Type) && p.tc.ZoneNotUTC != "" && want.Type.FracDigits() < have.Type.FracDigits() {
		p.blocker(LevelUpdates, tn, want.Name, "changing the type from "+have.Type.String()+" to "+want.Type.String()+
			" moves values between time zones and rounds them to fewer digits; change the precision and the type in two steps (two releases of the model)")
		return
	}
	if cd.Type && schema.IsZoneChange(have.Type, want.Type) && p.tc.ZoneNotUTC != "" {
		// Naive values are wall-clock times of some zone only the user
		// knows: the session's is not assumed.
		if p.naiveZone == "" {
			p.blocker(LevelUpdates, tn, want.Name, "changing the type from "+have.Type.String()+" to "+want.Type.String()+
				" reads every naive value as a wall-clock time of some time zone; name it with migrate.NaiveTimeZone(\"UTC\") (or the zone the programs that wrote them used)")
			return
		}
		put(phColumns, LevelUpdates, &schema.AlterType{Table: tn, Column: want.Name, From: have.Type, To: want.Type, Zone: p.naiveZone}, true)
		cd.Type = false
	}
	if cd.Type {
		at := schema.NewAlterType(tn, want.Name, have.Type, want.Type, p.tc)
		if at == nil {
			p.blocker(LevelUpdates, tn, want.Name, "changing the type from "+have.Type.String()+" to "+want.Type.String()+" has no safe conversion; "+versioned+", or add a new column and copy the data")
			return
		}
		if at.Guard != nil && dialect.GuardQuery(p.tc, at.Guard) == "" {
			at.Guard = nil
		}
		put(phColumns, LevelUpdates, at, true)
	}
	if cd.Default {
		if want.Default == "" {
			put(phColumns, LevelUpdates, &schema.DropDefault{Table: tn, Column: want.Name, From: have.Default}, true)
		} else {
			put(phColumns, LevelUpdates, &schema.SetDefault{Table: tn, Column: want.Name, From: have.Default, To: want.Default}, true)
		}
	}
	if !cd.Null {
		return
	}
	if want.Nullable {
		put(phColumns, LevelUpdates, &schema.DropNotNull{Table: tn, Column: want.Name}, true)
		return
	}
	sn := &schema.SetNotNull{Table: tn, Column: want.Name, Backfill: want.Default}
	if want.Default == "" {
		sn.Guard = schema.NullGuard(tn, want.Name)
	}
	put(phColumns, LevelUpdates, sn, true)
}

// renameHint notes a dropped and an added column of compatible types in
// one table: it looks like a rename, which drop + add would lose.
func (p *planner) renameHint(d *schema.TableDiff, gone map[string]bool) {
	for _, h := range d.Dropped {
		if !gone[h.Name] {
			continue
		}
		for _, a := range d.Added {
			if k, _ := schema.Convert(p.tc, "", h.Type, a.Type); k != schema.ConvRefused {
				p.notes = append(p.notes, d.Want.Name+"."+h.Name+" is dropped and "+d.Want.Name+"."+a.Name+" added with a compatible type: if this is a rename, tag the field `ferro:\""+a.Name+",renamed_from="+h.Name+"\"` to keep its data")
				break
			}
		}
	}
}

func (p *planner) fkGuard(tn string, fk *schema.ForeignKey, live func([]string) bool) *schema.Guard {
	if !live(fk.Columns) { // a new column: filled with its default
		return nil
	}
	_, exists := p.have.Table(fk.RefTable)
	return schema.ParentGuard(tn, fk, !exists)
}

func guardIf(ok bool, g *schema.Guard) *schema.Guard {
	if !ok {
		return nil
	}
	return g
}

// sqliteCanAdd reports whether SQLite's ALTER TABLE ADD COLUMN makes
// exactly the column a fresh CREATE TABLE would: a plain column, nullable
// or with a default, not part of a key, foreign key or check.
func sqliteCanAdd(lx dialect.Lexicon, t *schema.Table, c *schema.Column) bool {
	if isPK(t, c.Name) || (!c.Nullable && c.Default == "") {
		return false
	}
	for _, fk := range t.ForeignKeys {
		if slices.Contains(fk.Columns, c.Name) {
			return false
		}
	}
	for _, ck := range t.Checks {
		if ck.Column == c.Name || lx.Mentions(ck.Expr, c.Name) {
			return false
		}
	}
	return true
}

// sqliteCanDrop reports whether ALTER TABLE DROP COLUMN can drop column
// name of t once its dependents are dropped (those on the gone columns):
// no remaining key, foreign key, check, constraint index or generated
// column uses it.
func (p *planner) sqliteCanDrop(t *schema.Table, name string, gone map[string]bool) bool {
	for _, x := range t.Indexes {
		if x.Constraint && slices.Contains(x.Columns, name) {
			return false
		}
	}
	for _, fk := range t.ForeignKeys {
		if slices.Contains(fk.Columns, name) {
			return false
		}
	}
	for _, ck := range t.Checks {
		if ck.Column == name || p.lex.Mentions(ck.Expr, name) {
			return false
		}
	}
	for _, c := range t.Columns {
		if !gone[c.Name] && p.lex.Mentions(c.Generated, name) {
			return false
		}
	}
	return true
}

// indexMentions reports whether index x uses any of columns: as a key or
// INCLUDE column, in an expression part or in its predicate, compared the
// way the engine compares identifiers.
func (p *planner) indexMentions(x *schema.Index, columns ...string) bool {
	for _, part := range x.Columns {
		if strings.HasPrefix(part, "(") {
			if p.lex.Mentions(part, columns...) {
				return true
			}
		} else if slices.ContainsFunc(columns, func(c string) bool { return p.lex.Same(dialect.Ref{Name: part, Quoted: true}, c) }) {
			return true
		}
	}
	for _, c := range x.Include {
		if slices.ContainsFunc(columns, func(g string) bool { return p.lex.Same(dialect.Ref{Name: c, Quoted: true}, g) }) {
			return true
		}
	}
	return p.lex.Mentions(x.Where, columns...)
}

// checkMentions reports whether check ck uses any of columns.
func (p *planner) checkMentions(ck *schema.Check, columns ...string) bool {
	if ck.Column != "" && slices.Contains(columns, ck.Column) {
		return true
	}
	return p.lex.Mentions(ck.Expr, columns...)
}

// dropOrder returns the columns of t to drop (gone), in table order except
// that a generated column computed from another dropped column is dropped
// before it: both engines refuse to drop a column a generated column still
// uses.
func (p *planner) dropOrder(t *schema.Table, gone map[string]bool) []*schema.Column {
	var left, out []*schema.Column
	for _, c := range t.Columns {
		if gone[c.Name] {
			left = append(left, c)
		}
	}
	for len(left) > 0 {
		i := slices.IndexFunc(left, func(c *schema.Column) bool {
			return !slices.ContainsFunc(left, func(g *schema.Column) bool { return g != c && p.lex.Mentions(g.Generated, c.Name) })
		})
		if i < 0 { // a cycle, which no engine accepts: table order
			return append(out, left...)
		}
		out = append(out, left[i])
		left = slices.Delete(left, i, i+1)
	}
	return out
}

func isPK(t *schema.Table, col string) bool {
	return t.PrimaryKey != nil && slices.Contains(t.PrimaryKey.Columns, col)
}

// leftAlone notes a live index or constraint of table want that no model
// declares and that ferro did not name (what: its kind and quoted name, or
// for an unnamed one its kind and definition): the planner never drops
// another tool's objects, and says so in every plan rather than silently.
// One that uses a column the models do not declare (absent) is not noted:
// it goes with that column, listed with its drop.
func (p *planner) leftAlone(want *schema.Table, what string, usesAbsent bool) {
	if usesAbsent {
		return
	}
	p.kept = append(p.kept, want.Name+": "+what+" is in the database but in no model, and not named by ferro: left alone (drop it with SQL, or declare it in a model)")
}

// quoteOr is name quoted, or def when there is no name (an unnamed
// SQLite constraint, told by what it is).
func quoteOr(name, def string) string {
	if name == "" {
		return def
	}
	return strconv.Quote(name)
}

// handledSet holds the live indexes, foreign keys and checks of one table
// that a plan already deals with. Indexes always have names; a foreign key
// or check is identified by [schema.ForeignKey.Is] / [schema.Check.Is]:
// by name, or by definition when unnamed.
type handledSet struct {
	indexes []string
	fks     []*schema.ForeignKey
	checks  []*schema.Check
}

func (h *handledSet) index(x *schema.Index)         { h.indexes = append(h.indexes, x.Name) }
func (h *handledSet) fk(fk *schema.ForeignKey)      { h.fks = append(h.fks, fk) }
func (h *handledSet) check(ck *schema.Check)        { h.checks = append(h.checks, ck) }
func (h *handledSet) hasIndex(x *schema.Index) bool { return slices.Contains(h.indexes, x.Name) }
func (h *handledSet) hasFK(fk *schema.ForeignKey) bool {
	return slices.ContainsFunc(h.fks, fk.Is)
}
func (h *handledSet) hasCheck(ck *schema.Check) bool { return slices.ContainsFunc(h.checks, ck.Is) }

func isPKIndex(t *schema.Table, x *schema.Index) bool {
	return x.Constraint && t.PrimaryKey != nil && x.Name == t.PrimaryKey.Name
}

func pkCols(t *schema.Table) []string {
	if t.PrimaryKey == nil {
		return nil
	}
	return t.PrimaryKey.Columns
}

func samePK(a, b *schema.PrimaryKey) bool {
	if a == nil || b == nil {
		return a == b
	}
	return slices.Equal(a.Columns, b.Columns)
}

func cloneSchema(s *schema.Schema) *schema.Schema {
	out := &schema.Schema{Views: s.Views, Enums: s.Enums}
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
		if t.PrimaryKey != nil && t.PrimaryKey.Name == c.From {
			pk := *t.PrimaryKey
			pk.Name = c.To
			t.PrimaryKey = &pk
		}
		for i, fk := range t.ForeignKeys {
			if fk.Name == c.From {
				nf := *fk
				nf.Name = c.To
				t.ForeignKeys[i] = &nf
			}
		}
		for i, ck := range t.Checks {
			if ck.Name == c.From {
				nc := *ck
				nc.Name = c.To
				t.Checks[i] = &nc
			}
		}
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
