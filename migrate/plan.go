package migrate

import (
	"slices"
	"strconv"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// Plan is the complete, validated list of changes that brings a database to
// the shape of a set of models (or of a desired schema, see
// [NewPlanFromSchema]) at one [Level]. It is made by [NewPlan], which
// executes nothing. A Plan is immutable and safe for concurrent use.
//
// A plan is data: [Plan.Changes] returns its typed changes, each rendered
// into SQL by the database's dialect ([Plan.Statements]), each with its
// data checks ([schema.Guards]) and its inverse. [Plan.Residue] is what it
// leaves as it is.
type Plan struct {
	dialect schema.Dialect
	level   Level
	steps   []step
	// pending are changes the level (or ExpandOnly) does not allow; they
	// are shown by String but never executed.
	pending []PendingChange
	// unmanaged are live tables no model describes.
	unmanaged []string
	// notes are hints for people (a drop + add that looks like a rename).
	notes []string
	// kept are other tools' indexes and constraints that no model declares,
	// never dropped.
	kept []string
	// unknown are columns whose types cannot be compared; left alone.
	unknown []UnknownColumn
	// deferred are problems of changes above the plan's level.
	deferred []Problem
	// render and tc render changes and guards in the plan's dialect.
	render dialect.ChangeRenderer
	tc     schema.TypeChangeSQL
	lex    dialect.Lexicon
	// desired and cfg remake the plan under the lock in Apply.
	desired *schema.Schema
	cfg     config
	// live is the schema the plan was made against and alter what the
	// engine alters in place (WriteMigration follows the tables' shapes
	// through the down file); refused are the problems of a refused plan
	// (PlanError.Plan), marked in its export.
	live    *schema.Schema
	alter   alterRules
	refused []Problem
}

// step is one change rendered: its data checks and its statements.
type step struct {
	c      schema.Change
	guards []guardQuery
	stmts  []string
	// copyAt is the index in stmts of the statement that copies a rebuilt
	// table's rows (dialect.RowCopier), or -1.
	copyAt int
}

// guardQuery is a guard with its rendering (a count query).
type guardQuery struct {
	g     *schema.Guard
	query string
}

func (g guardQuery) problem(n int64) Problem {
	return Problem{Table: g.g.Table, Column: g.g.Column(), Reason: g.g.Problem(n)}
}

// Empty reports whether the plan has nothing to execute. What it leaves
// as it is ([Plan.Residue]) does not count.
func (p *Plan) Empty() bool { return len(p.steps) == 0 }

// Level returns the level the plan was made at.
func (p *Plan) Level() Level { return p.level }

// Changes returns the typed changes the plan executes, in order. The
// slice is a copy; the changes are shared and must not be modified.
func (p *Plan) Changes() []schema.Change {
	out := make([]schema.Change, len(p.steps))
	for i, s := range p.steps {
		out[i] = s.c
	}
	return out
}

// Statements returns the exact SQL that Apply executes, in order, inside one
// transaction. Data checks (which only read) are not included; String
// shows them with the statements of their change.
func (p *Plan) Statements() []string {
	var out []string
	for _, s := range p.steps {
		out = append(out, s.stmts...)
	}
	return out
}

// Residue returns what the plan leaves as it is: the changes it leaves
// pending, the columns and problems it does not act on at its level, and
// the live objects no model describes. The slices are copies.
func (p *Plan) Residue() Residue {
	r := p.residue()
	return Residue{
		Pending:   slices.Clone(r.Pending),
		Unknown:   slices.Clone(r.Unknown),
		Deferred:  slices.Clone(r.Deferred),
		Unmanaged: slices.Clone(r.Unmanaged),
		Kept:      slices.Clone(r.Kept),
		Notes:     slices.Clone(r.Notes),
	}
}

// residue is Residue sharing the plan's slices (the no-op fast path reads
// it on every call).
func (p *Plan) residue() Residue {
	return Residue{Pending: p.pending, Unknown: p.unknown, Deferred: p.deferred, Unmanaged: p.unmanaged, Kept: p.kept, Notes: p.notes}
}

// guardSQL renders g in the plan's dialect as one query returning the
// number of rows that stop the change (0 lets it run); "" when g selects
// nothing on this dialect.
func (p *Plan) guardSQL(g *schema.Guard) string { return dialect.GuardQuery(p.tc, g) }

// Residue is what a plan leaves as it is, listed so that nothing is left
// alone silently: [Plan.String] shows all of it, [Plan.Apply] and
// ferro.Migrate log it (pending changes, unknown columns, deferred
// problems and notes at warn; unmanaged tables and kept objects at info),
// and [Plan.WriteMigration] writes the pending changes, kept objects and
// notes as comments. Under [RequireComplete] a plan whose residue is not
// [Residue.Complete] is refused with a [*PendingError].
type Residue struct {
	// Pending are the changes between the models and the database that
	// the plan leaves out: those its level does not allow, and under
	// [ExpandOnly] those old code could not live with. They are never
	// executed. Each one's String says which option would apply it.
	Pending []PendingChange
	// Unknown are the live columns whose type ferro cannot read or compare
	// with the model's, in table order. The plan leaves each as it is and
	// plans nothing that changes it; nothing else of the plan waits for
	// them.
	Unknown []UnknownColumn
	// Deferred are the problems of changes the plan's level does not reach
	// (a primary key that would change, a type change without a safe
	// conversion ...): at a level that reaches them they refuse the plan;
	// at this one they block nothing and are only listed.
	Deferred []Problem
	// Unmanaged are the live tables that no model describes, sorted by
	// name. The plan never touches them unless they are named by
	// [DropTables] (then they are dropped at [LevelDestructive], and not
	// listed here).
	Unmanaged []string
	// Kept are the live indexes, foreign keys and checks that no model
	// declares and that ferro did not name (another tool's): the planner
	// never drops them, at any level. One on a column the plan drops is not
	// listed: it goes with its column, as a change of the plan. A foreign
	// key or check without a name (SQLite) is listed by its definition,
	// e.g. "foreign key (customer_id) -> customer(id)" or "check (qty >
	// 0)". Native enum types left as they are (one no model names but a
	// column still uses, or labels an older model under ExpandOnly does not
	// list) are listed here too, and so are live declarations of other
	// storage a model matches without DDL (SQLite NUMERIC(12,2) read as
	// numeric(12,2), whose values the engine keeps as REAL, not exact
	// decimals). Each is a sentence naming the table and the object.
	Kept []string
	// Notes are hints for people about the plan, e.g. a dropped and an
	// added column that look like a rename, and how to declare it.
	Notes []string
}

// Complete reports whether r leaves nothing undone that the models
// describe: no pending change, no column of unknown type and no deferred
// problem ([RequireComplete] refuses a plan otherwise). Unmanaged tables,
// kept objects and notes do not count.
func (r Residue) Complete() bool {
	return len(r.Pending) == 0 && len(r.Unknown) == 0 && len(r.Deferred) == 0
}

// plural returns "1 change", "2 changes".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// String renders the plan for people: one line per change ("+ table",
// "+ column", "~ type", "~ null", "- column", "+ index", "- index" ...),
// its data checks and statements, then its [Residue]: the changes it
// leaves pending, columns of unknown type, deferred problems, the tables
// no model describes, kept objects and notes.
func (p *Plan) String() string {
	var b strings.Builder
	b.WriteString("-- ferro/migrate plan (")
	b.WriteString(string(p.dialect))
	b.WriteString(", level ")
	b.WriteString(p.level.String())
	if p.cfg.expandOnly {
		b.WriteString(", expand only")
	}
	b.WriteString("): ")
	if p.Empty() {
		b.WriteString("nothing to do\n")
	} else {
		n := len(p.Statements())
		b.WriteString(plural(len(p.steps), "change") + ", " + plural(n, "statement") + " in one transaction\n")
	}
	for _, s := range p.steps {
		b.WriteString(s.c.String())
		b.WriteByte('\n')
		for _, g := range s.guards {
			b.WriteString("    check: no row of ")
			b.WriteString(g.query)
			b.WriteByte('\n')
		}
		for _, st := range s.stmts {
			// Multi-line statements (CREATE TABLE) keep their shape, indented.
			b.WriteString("    ")
			b.WriteString(strings.ReplaceAll(st, "\n", "\n    "))
			b.WriteString(";\n")
		}
	}
	if len(p.pending) > 0 {
		b.WriteString("-- not applied at this level:\n")
		for _, c := range p.pending {
			b.WriteString(strings.ReplaceAll(c.String(), "\n", "\n    "))
			b.WriteByte('\n')
		}
	}
	if len(p.unknown) > 0 {
		b.WriteString("-- columns whose type ferro cannot compare (left as they are):\n")
		for _, u := range p.unknown {
			b.WriteString(u.String())
			b.WriteByte('\n')
		}
	}
	if len(p.deferred) > 0 {
		b.WriteString("-- problems that refuse the plan at a higher level:\n")
		for _, d := range p.deferred {
			b.WriteString(d.String())
			b.WriteByte('\n')
		}
	}
	if len(p.unmanaged) > 0 {
		b.WriteString("-- tables no model describes (kept; migrate.DropTables drops them at the destructive level): ")
		b.WriteString(strings.Join(p.unmanaged, ", "))
		b.WriteByte('\n')
	}
	for _, n := range p.kept {
		b.WriteString("-- kept: ")
		b.WriteString(n)
		b.WriteByte('\n')
	}
	for _, n := range p.notes {
		b.WriteString("-- note: ")
		b.WriteString(n)
		b.WriteByte('\n')
	}
	return b.String()
}
