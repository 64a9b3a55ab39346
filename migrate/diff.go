package migrate

import (
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/internal/dialect/sqlite"
)

func quote(name string) string { return `"` + strings.ReplaceAll(name, `"`, `""`) + `"` }

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = quote(n)
	}
	return strings.Join(q, ", ")
}

// ferroNamed reports whether an index or constraint name is one ferro
// manages (and may therefore drop).
func ferroNamed(name string) bool {
	return strings.HasPrefix(name, "idx_") || strings.HasPrefix(name, "uq_")
}

const versioned = "write a versioned migration for it (Plan.WriteMigration exports one to start from)"

// phases of a plan, in execution order.
const (
	phDrop    = iota // drop constraints and indexes that go or change
	phCreate         // create tables
	phColumns        // add / alter columns, rebuild SQLite tables
	phDropCol        // drop columns
	phAdd            // add indexes, uniques, checks
	phFK             // add foreign keys (and close Postgres cycles)
	nPhases
)

// planner diffs the desired schema (want) against the live one (have).
type planner struct {
	dialect string
	// inPlace: the dialect changes column types, nullability, defaults and
	// constraints with ALTER TABLE (PostgreSQL); otherwise (SQLite) such
	// changes rebuild the table. See engine.AltersInPlace.
	inPlace bool
	// conv spells the data checks of type changes.
	conv  dialect.TypeChangeSQL
	level Level
	want  *schema
	have  *schema
	// objects are SQLite's live indexes, triggers and views (for rebuilds).
	objects []sqlite.Object
	// rebuild renders the CREATE TABLE of a SQLite rebuild: the desired
	// table named tmp, plus the live columns keep (not destructive).
	rebuild func(t *table, tmp string, keep []*column) (string, error)

	phases   [nPhases][]change
	pending  []change
	problems []Problem
}

func (p *planner) add(ph int, need Level, c change) {
	if need > p.level {
		c.need = need
		p.pending = append(p.pending, c)
		return
	}
	p.phases[ph] = append(p.phases[ph], c)
}

func (p *planner) problem(table, column, reason string) {
	p.problems = append(p.problems, Problem{Table: table, Column: column, Reason: reason})
}

// run computes the changes; problems found without data are collected in
// p.problems, data-dependent ones are guards.
func (p *planner) run() []change {
	created := map[string]bool{}
	for _, t := range p.have.tables {
		created[t.name] = true
	}
	// Create missing tables in dependency order.
	for _, t := range p.createOrder() {
		if p.have.table(t.name) != nil {
			continue
		}
		stmts := t.create
		if p.inPlace {
			var later []*fkey
			for _, fk := range t.fks {
				if !created[fk.refTable] && fk.refTable != t.name {
					later = append(later, fk)
				}
			}
			if len(later) > 0 {
				stmts = t.createNoFK
				for _, fk := range t.fks {
					p.add(phFK, LevelCreate, change{
						line:  "+ foreign key " + t.name + "." + fk.name + " (closes a cycle)",
						stmts: []string{addFKSQL(t.name, fk)},
					})
				}
			}
		}
		created[t.name] = true
		p.add(phCreate, LevelCreate, change{line: "+ table " + t.name, stmts: stmts})
	}
	for _, t := range p.want.tables {
		if h := p.have.table(t.name); h != nil {
			p.table(t, h)
		}
	}
	var out []change
	for _, ph := range p.phases {
		out = append(out, ph...)
	}
	return out
}

// createOrder sorts the desired tables so that referenced tables come
// first (declaration order otherwise; cycles keep declaration order).
func (p *planner) createOrder() []*table {
	var out []*table
	state := map[string]int{} // 1 visiting, 2 done
	var visit func(t *table)
	visit = func(t *table) {
		if state[t.name] != 0 {
			return
		}
		state[t.name] = 1
		for _, fk := range t.fks {
			if r := p.want.table(fk.refTable); r != nil && r != t {
				visit(r)
			}
		}
		state[t.name] = 2
		out = append(out, t)
	}
	for _, t := range p.want.tables {
		visit(t)
	}
	return out
}

// tableDiff collects what one existing table needs.
type tableDiff struct {
	want, have *table
	lines      []string
	guards     []guard
	rebuild    bool     // SQLite: needs the table rebuild
	need       Level    // highest level among the rebuild's reasons
	backfill   []string // SQLite rebuild: columns copied with COALESCE(col, default)
	adds       []change // SQLite ADD COLUMN changes, folded into a rebuild
	dropCols   []*column
}

// viaRebuild records a change the table rebuild carries out (dialects that
// cannot alter in place), with the data checks it needs.
func (d *tableDiff) viaRebuild(line string, g ...guard) {
	d.lines = append(d.lines, line)
	d.guards = append(d.guards, g...)
	d.rebuild, d.need = true, max(d.need, LevelUpdates)
}

// dropConstraintSQL drops the named constraint of table.
func dropConstraintSQL(table, name string) string {
	return "ALTER TABLE " + quote(table) + " DROP CONSTRAINT " + quote(name)
}

func (p *planner) table(want, have *table) {
	d := &tableDiff{want: want, have: have}
	tn := want.name
	if !sameStrings(want.pk, have.pk) {
		p.problem(tn, "", "primary key ("+strings.Join(have.pk, ", ")+") would change to ("+strings.Join(want.pk, ", ")+"); ferro never changes primary keys: "+versioned)
		return
	}
	rows := guard{table: tn, query: "SELECT count(*) FROM " + quote(tn)}

	// Columns the models add.
	for _, c := range want.cols {
		h := have.col(c.name)
		if h != nil {
			p.column(d, c, h)
			continue
		}
		line := "+ column " + tn + "." + c.name + " " + c.typ + nullText(c)
		var g []guard
		if !c.nullable && c.def == "" && !c.auto {
			ng := rows
			ng.column = c.name
			ng.reason = "is NOT NULL without a default and the table has %d rows; add a literal default= to the tag (it backfills existing rows) or make the field nullable"
			g = append(g, ng)
		}
		if p.inPlace {
			p.add(phColumns, LevelUpdates, change{line: line, guards: g, stmts: []string{"ALTER TABLE " + quote(tn) + " ADD COLUMN " + c.ddl}})
			continue
		}
		if sqliteCanAdd(want, c) {
			d.adds = append(d.adds, change{line: line, stmts: []string{"ALTER TABLE " + quote(tn) + " ADD COLUMN " + c.ddl}})
			continue
		}
		d.lines = append(d.lines, line)
		d.guards = append(d.guards, g...)
		d.rebuild = true
		d.need = max(d.need, LevelUpdates)
	}
	// Columns the models dropped.
	for _, h := range have.cols {
		if want.col(h.name) != nil {
			continue
		}
		if have.isPK(h.name) {
			p.problem(tn, h.name, "is a primary key column absent from the models; ferro never drops primary key columns: "+versioned)
			continue
		}
		d.dropCols = append(d.dropCols, h)
	}

	// Indexes and uniques.
	for _, x := range want.indexes {
		hx := have.index(x.name)
		if hx != nil && hx.equal(x) {
			continue
		}
		if hx != nil {
			p.add(phDrop, LevelUpdates, change{line: "- index " + tn + "." + x.name + " (redefined)", stmts: []string{p.dropIndex(tn, hx)}})
		}
		var g []guard
		if x.unique && liveCols(have, x.cols) {
			g = append(g, guard{table: tn, column: strings.Join(x.cols, ", "),
				query:  "SELECT count(*) FROM (SELECT 1 FROM " + quote(tn) + " WHERE " + notNullAll(x.cols) + " GROUP BY " + quoteList(x.cols) + " HAVING count(*) > 1) AS dup",
				reason: "has %d duplicated values, so unique " + x.name + " cannot be created; remove the duplicates first"})
		}
		kind := "index"
		if x.unique {
			kind = "unique"
		}
		p.add(phAdd, LevelUpdates, change{line: "+ " + kind + " " + tn + "." + x.name + " (" + strings.Join(x.cols, ", ") + ")", guards: g, stmts: []string{x.sql}})
	}
	for _, hx := range have.indexes {
		if want.index(hx.name) != nil || !ferroNamed(hx.name) {
			continue
		}
		p.add(phDrop, LevelDestructive, change{line: "- index " + tn + "." + hx.name, stmts: []string{p.dropIndex(tn, hx)}})
	}

	// Foreign keys and checks.
	for _, fk := range want.fks {
		hf := have.fk(fk.name)
		if hf != nil && hf.equal(fk) {
			continue
		}
		line := "+ foreign key " + tn + "." + fk.name + " (" + strings.Join(fk.cols, ", ") + ") -> " + fk.refTable
		if hf != nil {
			line = "~ foreign key " + tn + "." + fk.name + " (redefined)"
		}
		g := guard{table: tn, column: strings.Join(fk.cols, ", "),
			query:  "SELECT count(*) FROM " + quote(tn) + " AS c WHERE " + notNullAll(prefixed("c", fk.cols)) + " AND NOT EXISTS (SELECT 1 FROM " + quote(fk.refTable) + " AS r WHERE " + joinOn(fk) + ")",
			reason: "has %d rows whose value is missing from " + fk.refTable + "; fix them before adding foreign key " + fk.name}
		if p.have.table(fk.refTable) == nil { // created by this plan, so empty
			g.query = "SELECT count(*) FROM " + quote(tn) + " AS c WHERE " + notNullAll(prefixed("c", fk.cols))
		}
		fg := []guard{g}
		if !liveCols(have, fk.cols) { // a new column: filled with its default
			fg = nil
		}
		if p.inPlace {
			if hf != nil {
				p.add(phDrop, LevelUpdates, change{line: "- foreign key " + tn + "." + fk.name + " (redefined)", stmts: []string{dropConstraintSQL(tn, fk.name)}})
			}
			p.add(phFK, LevelUpdates, change{line: line, guards: fg, stmts: []string{addFKSQL(tn, fk)}})
			continue
		}
		d.viaRebuild(line, fg...)
	}
	for _, hf := range have.fks {
		if want.fk(hf.name) != nil {
			continue
		}
		line := "- foreign key " + tn + "." + hf.name
		if p.inPlace {
			p.add(phDrop, LevelUpdates, change{line: line, stmts: []string{dropConstraintSQL(tn, hf.name)}})
			continue
		}
		d.viaRebuild(line)
	}
	for _, ck := range want.checks {
		hc := have.check(ck.name)
		if hc != nil && hc.expr == ck.expr {
			continue
		}
		line := "+ check " + tn + "." + ck.name + " " + ck.expr
		if hc != nil {
			line = "~ check " + tn + "." + ck.name + " " + hc.expr + " -> " + ck.expr
		}
		g := guard{table: tn, column: ck.column,
			query:  "SELECT count(*) FROM " + quote(tn) + " WHERE NOT (" + ck.expr + ")",
			reason: "has %d rows that fail check " + ck.name + " " + ck.expr + "; update them first (for an enum: to one of the new values)"}
		cg := []guard{g}
		if ck.column != "" && have.col(ck.column) == nil { // a new column: filled with its default
			cg = nil
		}
		if p.inPlace {
			if hc != nil {
				p.add(phDrop, LevelUpdates, change{line: "- check " + tn + "." + ck.name + " (redefined)", stmts: []string{dropConstraintSQL(tn, ck.name)}})
			}
			p.add(phAdd, LevelUpdates, change{line: line, guards: cg, stmts: []string{"ALTER TABLE " + quote(tn) + " ADD CONSTRAINT " + quote(ck.name) + " CHECK (" + ck.expr + ")"}})
			continue
		}
		d.viaRebuild(line, cg...)
	}
	for _, hc := range have.checks {
		if want.check(hc.name) != nil {
			continue
		}
		line := "- check " + tn + "." + hc.name
		if p.inPlace {
			p.add(phDrop, LevelUpdates, change{line: line, stmts: []string{dropConstraintSQL(tn, hc.name)}})
			continue
		}
		d.viaRebuild(line)
	}

	// Dropped columns: their ferro indexes go first (above, destructive);
	// Postgres drops constraints with the column.
	for _, h := range d.dropCols {
		line := "- column " + tn + "." + h.name + " (its data is lost; a rename shows as drop + add: use a versioned migration)"
		if p.inPlace {
			p.add(phDropCol, LevelDestructive, change{line: line, stmts: []string{"ALTER TABLE " + quote(tn) + " DROP COLUMN " + quote(h.name)}})
			continue
		}
		if !d.rebuild && sqliteCanDrop(have, want, h) {
			p.add(phDropCol, LevelDestructive, change{line: line, stmts: []string{"ALTER TABLE " + quote(tn) + " DROP COLUMN " + quote(h.name)}})
			continue
		}
		if p.level >= LevelDestructive {
			d.lines = append(d.lines, line)
			d.rebuild = true
		} else {
			p.add(phDropCol, LevelDestructive, change{line: line})
		}
	}
	if d.rebuild && p.level >= LevelUpdates {
		// The rebuilt table has the added columns already.
		for _, a := range d.adds {
			d.lines = append(d.lines, a.line)
		}
		d.adds = nil
	}
	for _, a := range d.adds {
		p.add(phColumns, LevelUpdates, a)
	}
	if d.rebuild {
		p.sqliteRebuild(d)
	}
}

func (p *planner) dropIndex(table string, x *index) string {
	if x.constraint && p.inPlace {
		return dropConstraintSQL(table, x.name)
	}
	return "DROP INDEX " + quote(x.name)
}

// liveCols reports whether every column exists in the live table t: data
// checks only make sense over existing columns (SQLite would even read an
// unknown double-quoted name as a string).
func liveCols(t *table, cols []string) bool {
	for _, c := range cols {
		if t.col(c) == nil {
			return false
		}
	}
	return true
}

func nullText(c *column) string {
	s := " NOT NULL"
	if c.nullable {
		s = " NULL"
	}
	if c.def != "" {
		s += " DEFAULT " + c.def
	}
	return s
}

func notNullAll(cols []string) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		if strings.Contains(c, ".") {
			parts[i] = c + " IS NOT NULL"
		} else {
			parts[i] = quote(c) + " IS NOT NULL"
		}
	}
	return strings.Join(parts, " AND ")
}

func prefixed(alias string, cols []string) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = alias + "." + quote(c)
	}
	return out
}

func joinOn(fk *fkey) string {
	parts := make([]string, len(fk.cols))
	for i := range fk.cols {
		parts[i] = "r." + quote(fk.refCols[i]) + " = c." + quote(fk.cols[i])
	}
	return strings.Join(parts, " AND ")
}

func addFKSQL(table string, fk *fkey) string {
	return "ALTER TABLE " + quote(table) + " ADD " + dialect.ForeignKeyClause(&dialect.ForeignKey{
		Name: fk.name, Columns: fk.cols, RefTable: fk.refTable, RefColumns: fk.refCols,
		OnDelete: fk.onDelete, OnUpdate: fk.onUpdate,
	}, quote)
}

// column diffs one column present on both sides.
func (p *planner) column(d *tableDiff, want, have *column) {
	tn := d.want.name
	q := quote(want.name)
	alter := "ALTER TABLE " + quote(tn) + " ALTER COLUMN " + q
	if want.typ != have.typ {
		line := "~ type " + tn + "." + want.name + " " + have.typ + " -> " + want.typ
		kind, pred := conversion(p.conv, q, have.typ, want.typ)
		switch {
		case strings.HasPrefix(want.typ, "unknown(") || strings.HasPrefix(have.typ, "unknown("):
			p.problem(tn, want.name, "type "+have.typ+" cannot be compared with "+want.typ+"; declare the live type with type= or "+versioned)
			return
		case kind == convRefused:
			p.problem(tn, want.name, "changing the type from "+have.typ+" to "+want.typ+" has no safe conversion; "+versioned+", or add a new column and copy the data")
			return
		}
		var g []guard
		if kind == convCheck {
			line += " (every value checked)"
			g = append(g, guard{table: tn, column: want.name,
				query:  "SELECT count(*) FROM " + quote(tn) + " WHERE " + q + " IS NOT NULL AND " + pred,
				reason: "has %d rows whose value would not survive the type change from " + have.typ + " to " + want.typ + "; fix those rows or keep the type"})
		}
		if p.inPlace {
			p.add(phColumns, LevelUpdates, change{line: line, guards: g, stmts: []string{alter + " TYPE " + want.sqlType + " USING " + q + "::" + want.sqlType}})
		} else {
			d.viaRebuild(line, g...)
		}
	}
	if want.def != have.def {
		line := "~ default " + tn + "." + want.name + " " + orNone(have.def) + " -> " + orNone(want.def)
		if p.inPlace {
			s := alter + " DROP DEFAULT"
			if want.def != "" {
				s = alter + " SET DEFAULT " + want.def
			}
			p.add(phColumns, LevelUpdates, change{line: line, stmts: []string{s}})
		} else {
			d.viaRebuild(line)
		}
	}
	if want.nullable == have.nullable {
		return
	}
	if want.nullable {
		line := "~ null " + tn + "." + want.name + " NOT NULL -> NULL"
		if p.inPlace {
			p.add(phColumns, LevelUpdates, change{line: line, stmts: []string{alter + " DROP NOT NULL"}})
		} else {
			d.viaRebuild(line)
		}
		return
	}
	line := "~ null " + tn + "." + want.name + " NULL -> NOT NULL"
	var g []guard
	var stmts []string
	if want.def != "" {
		line += " (NULLs backfilled with " + want.def + ")"
		stmts = append(stmts, "UPDATE "+quote(tn)+" SET "+q+" = "+want.def+" WHERE "+q+" IS NULL")
		d.backfill = append(d.backfill, want.name)
	} else {
		g = append(g, guard{table: tn, column: want.name,
			query:  "SELECT count(*) FROM " + quote(tn) + " WHERE " + q + " IS NULL",
			reason: "has %d NULL rows and would become NOT NULL; add a literal default= to the tag to backfill them, or fill them first"})
	}
	if p.inPlace {
		p.add(phColumns, LevelUpdates, change{line: line, guards: g, stmts: append(stmts, alter+" SET NOT NULL")})
		return
	}
	d.viaRebuild(line, g...)
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// sqliteCanAdd reports whether SQLite's ALTER TABLE ADD COLUMN makes
// exactly the column a fresh CREATE TABLE would: a plain column, nullable
// or with a default, not part of a key, foreign key or check.
func sqliteCanAdd(t *table, c *column) bool {
	if t.isPK(c.name) || (!c.nullable && c.def == "") {
		return false
	}
	for _, fk := range t.fks {
		for _, fc := range fk.cols {
			if fc == c.name {
				return false
			}
		}
	}
	for _, ck := range t.checks {
		if ck.column == c.name || strings.Contains(ck.expr, quote(c.name)) || strings.Contains(ck.expr, c.name) {
			return false
		}
	}
	return true
}

// sqliteCanDrop reports whether ALTER TABLE DROP COLUMN can drop c: it is
// in no live index, foreign key or check.
func sqliteCanDrop(t, want *table, c *column) bool {
	for _, x := range t.indexes {
		if want.index(x.name) == nil && ferroNamed(x.name) && !x.constraint {
			continue // dropped before the column (destructive level)
		}
		for _, xc := range x.cols {
			if xc == c.name {
				return false
			}
		}
	}
	for _, fk := range t.fks {
		for _, fc := range fk.cols {
			if fc == c.name {
				return false
			}
		}
	}
	for _, ck := range t.checks {
		if ck.column == c.name || strings.Contains(ck.expr, c.name) {
			return false
		}
	}
	return true
}

// sqliteRebuild plans the single rebuild of a SQLite table.
func (p *planner) sqliteRebuild(d *tableDiff) {
	want, have := d.want, d.have
	tn := want.name
	need := max(d.need, LevelUpdates)
	if need > p.level {
		p.add(phColumns, need, change{line: "~ rebuild " + tn + ": " + strings.Join(d.lines, "; ")})
		return
	}
	var keep []*column
	if p.level < LevelDestructive {
		for _, h := range have.cols {
			if want.col(h.name) == nil {
				keep = append(keep, h)
			}
		}
	}
	create, err := p.rebuild(want, sqlite.TempName(tn), keep)
	if err != nil {
		p.problem(tn, "", err.Error())
		return
	}
	r := sqlite.Rebuild{Table: tn, CreateNew: create}
	rowidAlias := false
	for _, c := range want.cols {
		if c.auto && len(want.pk) == 1 && want.pk[0] == c.name {
			rowidAlias = true
		}
	}
	r.KeepRowid = !rowidAlias
	backfill := map[string]bool{}
	for _, b := range d.backfill {
		backfill[b] = true
	}
	for _, c := range want.cols {
		if have.col(c.name) == nil {
			continue
		}
		expr := quote(c.name)
		if backfill[c.name] {
			expr = "COALESCE(" + expr + ", " + c.def + ")"
		}
		r.Copy = append(r.Copy, sqlite.CopyColumn{Name: c.name, Expr: expr})
	}
	for _, h := range keep {
		r.Copy = append(r.Copy, sqlite.CopyColumn{Name: h.name, Expr: quote(h.name)})
	}
	// Indexes: the desired ones, then live ones the plan keeps (user
	// indexes, and ferro ones below the destructive level), from their
	// live SQL.
	for _, x := range want.indexes {
		r.Indexes = append(r.Indexes, x.sql)
	}
	for _, o := range p.objects {
		switch {
		case o.Type == "index" && strings.EqualFold(o.Table, tn):
			if want.index(o.Name) != nil || (ferroNamed(o.Name) && p.level >= LevelDestructive) {
				continue
			}
			r.Indexes = append(r.Indexes, o.SQL)
		case o.Type != "index" && o.Mentions(tn):
			r.Dependents = append(r.Dependents, o)
		}
	}
	// The desired indexes of this table are created by the rebuild: drop
	// the separate add/drop-index changes planned for it.
	for _, ph := range []int{phDrop, phAdd} {
		kept := p.phases[ph][:0]
		for _, c := range p.phases[ph] {
			if strings.Contains(c.line, " "+tn+".") && (strings.HasPrefix(c.line, "+ index") || strings.HasPrefix(c.line, "+ unique") || strings.HasPrefix(c.line, "- index")) {
				d.lines = append(d.lines, c.line)
				d.guards = append(d.guards, c.guards...)
				continue
			}
			kept = append(kept, c)
		}
		p.phases[ph] = kept
	}
	p.add(phColumns, need, change{line: "~ rebuild " + tn + ":\n    " + strings.Join(d.lines, "\n    "), guards: d.guards, stmts: r.Statements()})
}
