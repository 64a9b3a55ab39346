package migrate

import (
	"strconv"
	"strings"
)

// Plan is the complete, validated list of changes that brings a database to
// the shape of a set of models at one [Level]. It is made by [NewPlan],
// which executes nothing. A Plan is immutable and safe for concurrent use.
type Plan struct {
	dialect string
	level   Level
	changes []change
	// pending are differences the level does not allow; they are shown by
	// String but never executed.
	pending []change
	// down reverts the plan (for WriteMigration).
	down []change
	// models and cfg remake the plan under the lock in Apply.
	models []any
	cfg    config
}

// change is one line of the plan: a readable summary, the data checks that
// must find no row before its statements run, and the statements.
type change struct {
	line   string
	guards []guard
	stmts  []string
	// need is the level the change requires (for pending lines).
	need Level
}

// guard is a data check run inside the transaction (and once at plan time):
// query returns the number of rows that would not survive the change.
type guard struct {
	table, column string
	query         string
	// reason is the problem text; "%d" is replaced by the count.
	reason string
}

func (g guard) problem(n int64) Problem {
	return Problem{Table: g.table, Column: g.column, Reason: strings.ReplaceAll(g.reason, "%d", strconv.FormatInt(n, 10))}
}

// Empty reports whether the plan has nothing to execute. Differences the
// level does not allow (see [Plan.Pending]) do not count.
func (p *Plan) Empty() bool { return len(p.changes) == 0 }

// Level returns the level the plan was made at.
func (p *Plan) Level() Level { return p.level }

// Dialect returns "sqlite" or "postgres".
func (p *Plan) Dialect() string { return p.dialect }

// Statements returns the exact SQL that Apply executes, in order, inside one
// transaction. Data checks (which only read) are not included.
func (p *Plan) Statements() []string {
	var out []string
	for _, c := range p.changes {
		out = append(out, c.stmts...)
	}
	return out
}

// Pending returns the readable lines of differences between the models and
// the database that the plan's level does not allow, each saying which
// option would apply it. They are never executed.
func (p *Plan) Pending() []string {
	var out []string
	for _, c := range p.pending {
		out = append(out, pendingLine(c))
	}
	return out
}

func pendingLine(c change) string {
	opt := "migrate.AllowUpdates()"
	if c.need == LevelDestructive {
		opt = "migrate.AllowDestructive()"
	}
	if c.need > LevelDestructive {
		return c.line
	}
	return c.line + "    (needs " + opt + ")"
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
// then the statements, then the differences the level leaves alone.
func (p *Plan) String() string {
	var b strings.Builder
	b.WriteString("-- ferro/migrate plan (")
	b.WriteString(p.dialect)
	b.WriteString(", level ")
	b.WriteString(p.level.String())
	b.WriteString("): ")
	if p.Empty() {
		b.WriteString("nothing to do\n")
	} else {
		n := len(p.Statements())
		b.WriteString(plural(len(p.changes), "change") + ", " + plural(n, "statement") + " in one transaction\n")
	}
	for _, c := range p.changes {
		b.WriteString(c.line)
		b.WriteByte('\n')
		for _, g := range c.guards {
			b.WriteString("    check: no row of ")
			b.WriteString(g.query)
			b.WriteByte('\n')
		}
		for _, s := range c.stmts {
			// Multi-line statements (CREATE TABLE) keep their shape, indented.
			b.WriteString("    ")
			b.WriteString(strings.ReplaceAll(s, "\n", "\n    "))
			b.WriteString(";\n")
		}
	}
	if len(p.pending) > 0 {
		b.WriteString("-- not applied at this level:\n")
		for _, c := range p.pending {
			b.WriteString(pendingLine(c))
			b.WriteByte('\n')
		}
	}
	return b.String()
}
