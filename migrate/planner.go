package migrate

import (
	"slices"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// The planner: it compares the desired schema with the live one through
// schema.Diff (the one comparison) and produces typed changes. It never
// writes SQL, never reads SQL text back and never compares engine names:
// dialects render the changes, and what an engine's ALTER TABLE can do is
// asked of its capabilities (plan_rebuild.go). This file holds the phases
// and their order; what is planned for each kind of object is in
// plan_tables.go, plan_columns.go, and, through the one helper for named
// objects (plan_named.go), plan_indexes.go, plan_keys.go and
// plan_checks.go; native enum types in plan_enums.go; what objects ferro
// does not manage refuse in plan_dependents.go.

const versioned = "write a versioned migration for it (Plan.WriteMigration exports one to start from)"

// phases of a plan, in execution order (see ordered for the one exception).
const (
	phRename   = iota // rename tables and columns
	phDrop            // drop constraints and indexes that go or change
	phEnum            // create native enum types, add their values
	phCreate          // create tables
	phColumns         // add / alter columns, rebuild tables
	phDropCol         // drop columns
	phAdd             // add indexes, uniques, checks
	phFK              // add foreign keys (and close cycles of new tables)
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
	// eng is the engine's migrator: its name is said in problems (never
	// compared), and its optional capabilities (alter, refuseKeyless,
	// keptDeclaration) are found by type assertion where they are asked.
	eng engine
	// tc decides (and spells) the data checks of type changes.
	tc schema.TypeChangeSQL
	// lex finds the columns live expressions use (index expressions and
	// predicates, checks, generated columns), as the engine reads them.
	lex   dialect.Lexicon
	level Level
	// deferKeys: the dialect checks a foreign key's table when the key is
	// created, and adds keys to existing tables (dialect.ForeignKeyAdder):
	// a new table's keys to tables created after it are added last.
	expandOnly, deferKeys bool
	// naiveZone is the time zone of naive timestamps ([NaiveTimeZone]).
	naiveZone  string
	dropTables []string
	want, have *schema.Schema
	// live is have as read, before the plan's renames were applied to it.
	live *schema.Schema
	// recs are ferro's records as read, own the live objects they (or,
	// without them, the legacy rule) say are ferro's, by their tables'
	// names in have (own.go).
	recs records
	own  ownedSet

	phases  [nPhases][]schema.Change
	pending []PendingChange
	// held are the column renames left pending, per table: new -> the
	// pending entry. Changes that need the new name wait with them.
	held     map[string]map[string]PendingChange
	problems []Problem
	notes    []string
	// kept are live objects of other tools, left alone.
	kept      []KeptObject
	unmanaged []string
	// deferred are problems of changes the level does not reach: they
	// would refuse a plan at a higher level, and block nothing here.
	deferred []Problem
	// unknown are columns whose types cannot be compared; left alone.
	unknown []UnknownColumn
}

// newPlanner returns the planner of desired against live (and ferro's
// records recs) on eng's engine under cfg; run plans. It is a value,
// which the caller keeps (and plans with) in its own variable.
func newPlanner(eng engine, desired, live *schema.Schema, recs records, cfg config) planner {
	pl := planner{eng: eng, tc: eng.TypeChangeSQL(), lex: lexicon(eng), level: cfg.level, expandOnly: cfg.expandOnly,
		naiveZone: cfg.naiveZone, dropTables: cfg.dropTables, want: desired, have: live, recs: recs}
	_, pl.deferKeys = eng.Catalog().(dialect.ForeignKeyAdder)
	return pl
}

// alter is what the engine's ALTER TABLE makes in place; the other changes
// of a table rebuild it.
func (p *planner) alter() alterRules { return alterRules{p.eng} }

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
	p.own = owned(p.live, p.recs)
	pendingTables := p.renameTables()
	p.unmanagedTables(pendingTables)
	missing := p.enums()
	p.createTables(pendingTables)
	for _, t := range p.want.Tables {
		if h, ok := p.have.Table(t.Name); ok && !pendingTables[t.Name] {
			p.renameColumns(t, h)
			// Names compare as the engine compares them (schema.Diff).
			if d := schema.DiffTableFold(t, h, p.have.FoldNames); d != nil {
				p.table(d)
			}
		}
	}
	p.unusedEnums()
	p.newLabelsUsed(missing)
	if p.rebuildsFirst() && len(p.phases[phRename]) > 0 {
		p.rebuildsUnderLiveNames()
	}
	p.unpinDroppedTables()
	p.keysDroppedFirst()
	out := p.ordered()
	p.refuseUsed(out)
	p.refuseKeyless(out)
	return out
}

// keysDroppedFirst puts the drops of foreign keys before those of the
// indexes and constraints they may rest on: PostgreSQL refuses to drop a
// unique index or constraint a foreign key of another table still
// references, even one the plan drops later.
func (p *planner) keysDroppedFirst() {
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
}

// rebuildsFirst reports whether the plan rebuilds tables: then the
// rebuilds (and the index drops) run before the renames (see ordered).
func (p *planner) rebuildsFirst() bool {
	return slices.ContainsFunc(p.phases[phColumns], func(c schema.Change) bool { _, ok := c.(*schema.RebuildTable); return ok })
}

// ordered returns the changes of every phase in execution order. When the
// plan rebuilds tables, the index drops and every table rebuild run before
// the renames: an engine's RENAME rewrites the checks, indexes, triggers
// and views that use a renamed table or column (SQLite's does), while a
// rebuild recreates those of its table (and the triggers and views that
// mention it) from the SQL read when the plan was made, so it must run
// while that SQL still holds; rebuilds are planned under the live names
// for that (rebuildsUnderLiveNames). The changes made in place that need
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
