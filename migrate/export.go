package migrate

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// now is replaced by tests to make file names deterministic.
var now = time.Now

var migrationName = regexp.MustCompile(`^[a-z0-9][a-z0-9_]*$`)
var versionPrefix = regexp.MustCompile(`^([0-9]+)_.*\.(up|down)\.sql$`)

// WriteMigration writes the plan as a versioned migration in the format of
// golang-migrate (github.com/golang-migrate/migrate): two files,
// <version>_<name>.up.sql and <version>_<name>.down.sql, in dir. The version
// is the current UTC time as YYYYMMDDHHMMSS, or one more than the highest
// version already in dir if that is not smaller. name must be lowercase
// letters, digits and underscores. It returns the two paths and never
// overwrites a file.
//
// Both files are plain SQL for the plan's engine, meant to run in one
// transaction each (as golang-migrate runs them); every line that is not
// part of a statement is a comment. The up file holds [Plan.Statements],
// each change preceded by its data checks, written as statements that abort
// the migration when a row would not survive the change (PostgreSQL: a DO
// block that raises; SQLite: a CHECK on a temporary table), naming the
// table, the column and what to do. The down file reverts exactly the
// changes of the up file, in reverse order, through their inverses
// ([schema.Change] Inverse): changes the level left pending are in neither file.
// It says in comments which data cannot come back (the values of a dropped
// column, the rows of a dropped table), and its own data checks refuse to
// re-add a NOT NULL column without a default to a table with rows. A change
// without an inverse is written as a check that always fails, to be
// replaced by hand.
//
// A refused plan ([PlanError].Plan) can be written too, as a start for a
// hand-written migration: the refused changes are marked, and their data
// checks fail until the rows are fixed.
//
// A SQLite file that rebuilds tables checks that foreign keys are off (the
// rebuild cannot switch them off inside the file's transaction;
// golang-migrate's sqlite driver leaves them off) and ends with the
// equivalent of PRAGMA foreign_key_check.
func (p *Plan) WriteMigration(dir, name string) (upPath, downPath string, err error) {
	if !migrationName.MatchString(name) {
		return "", "", fmt.Errorf("ferro/migrate: migration name %q: use lowercase letters, digits and underscores, e.g. \"add_invoice_status\"", name)
	}
	if p.Empty() && len(p.refused) == 0 {
		return "", "", errors.New("ferro/migrate: the plan is empty, there is no migration to write")
	}
	up, err := p.upFile()
	if err != nil {
		return "", "", err
	}
	down, err := p.downFile()
	if err != nil {
		return "", "", err
	}
	version, err := nextVersion(dir)
	if err != nil {
		return "", "", err
	}
	base := filepath.Join(dir, strconv.FormatUint(version, 10)+"_"+name)
	upPath, downPath = base+".up.sql", base+".down.sql"
	if err := writeNew(upPath, up); err != nil {
		return "", "", err
	}
	if err := writeNew(downPath, down); err != nil {
		os.Remove(upPath)
		return "", "", err
	}
	return upPath, downPath, nil
}

func nextVersion(dir string) (uint64, error) {
	v, _ := strconv.ParseUint(now().UTC().Format("20060102150405"), 10, 64)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0, fmt.Errorf("ferro/migrate: read migrations directory: %w", err)
	}
	for _, e := range entries {
		m := versionPrefix.FindStringSubmatch(e.Name())
		if m == nil {
			continue
		}
		if n, err := strconv.ParseUint(m[1], 10, 64); err == nil && n >= v {
			v = n + 1
		}
	}
	return v, nil
}

func writeNew(path, text string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("ferro/migrate: write migration: %w", err)
	}
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		return fmt.Errorf("ferro/migrate: write migration: %w", err)
	}
	return f.Close()
}

// fileStep is one change of a migration file.
type fileStep struct {
	c schema.Change
	// title is the change for people; notes are comment lines above it.
	title string
	notes []string
	// checks are the data checks, rendered as statements that fail; after
	// are those that run after the statements.
	checks []check
	stmts  []string
	after  []check
}

// readsNewColumn reports whether g is the guard of a check written as an
// expression (another tool's, which names no column) that reads a column
// of table after that table before lacks: a change (a SQLite rebuild)
// that re-adds a dropped column with such a check can only check the rows
// once the column exists.
func (p *Plan) readsNewColumn(g *schema.Guard, before, after *schema.Table) bool {
	if g.Kind != schema.GuardCheck || g.Check == nil || g.Check.Values != nil || after == nil {
		return false
	}
	var added []string
	for _, c := range after.Columns {
		if before == nil || !hasColumns(before, []string{c.Name}) {
			added = append(added, c.Name)
		}
	}
	return len(added) > 0 && p.lex.Mentions(g.Check.Expr, added...)
}

// hasColumns reports whether t has every column of cols.
func hasColumns(t *schema.Table, cols []string) bool {
	if t == nil {
		return false
	}
	for _, c := range cols {
		if _, ok := t.Column(c); !ok {
			return false
		}
	}
	return true
}

// check is a data check: count returns the number of rows that stop the
// change, reason says why ("%d" is the count) and what to do. A check made
// by byHand always fails: the file stops there until it is replaced.
type check struct {
	table, column, count, reason string
	always                       bool
}

// byHand is a check that always fails, for a step the file cannot write.
func byHand(table, column, reason string) check {
	return check{table: table, column: column, count: "SELECT 1", reason: reason, always: true}
}

// checksOf renders guards as checks in the plan's dialect; a guard that
// selects nothing on this dialect has none.
func (p *Plan) checksOf(guards []*schema.Guard) []check {
	var out []check
	for _, g := range guards {
		if q := p.guardSQL(g); q != "" {
			out = append(out, check{table: g.Table, column: g.Column(), count: q, reason: g.Reason})
		}
	}
	return out
}

// refusedBy reports whether problem pr is g's refusal: same table and
// column, and g's reason with the count filled in.
func refusedBy(g *schema.Guard, pr Problem) bool {
	if pr.Table != g.Table || pr.Column != g.Column() {
		return false
	}
	before, after, ok := strings.Cut(g.Reason, "%d")
	if !ok {
		return pr.Reason == g.Reason
	}
	n, found := strings.CutPrefix(pr.Reason, before)
	if !found {
		return false
	}
	n, found = strings.CutSuffix(n, after)
	_, err := strconv.ParseInt(n, 10, 64)
	return found && err == nil
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// migrationFile renders steps as one file.
func (p *Plan) migrationFile(header []string, steps []fileStep) (string, error) {
	gw, ok := p.render.(dialect.GuardWriter)
	if !ok {
		return "", fmt.Errorf("ferro/migrate: the %s dialect cannot write data checks as statements, so it cannot export migrations", p.dialect)
	}
	var b strings.Builder
	// comment writes text as comment lines, prefix before the first.
	comment := func(prefix, text string) {
		for i, line := range strings.Split(text, "\n") {
			if i == 1 {
				prefix = strings.Repeat(" ", len(prefix))
			}
			b.WriteString(strings.TrimRight("-- "+prefix+line, " "))
			b.WriteByte('\n')
		}
	}
	statement := func(s string) {
		b.WriteString(s)
		b.WriteString(";\n")
	}
	for _, h := range header {
		comment("", h)
	}
	var rebuilt []string
	for _, st := range steps {
		if rb, ok := st.c.(*schema.RebuildTable); ok {
			rebuilt = append(rebuilt, rb.To.Name)
		}
	}
	rg, _ := p.render.(dialect.RebuildGuarder)
	var after []string
	if len(rebuilt) > 0 && rg != nil {
		var before []string
		before, after = rg.RebuildGuards(strings.Join(rebuilt, ", "))
		b.WriteString("\n")
		comment("", "This file rebuilds tables (ALTER TABLE cannot make these changes on this engine): foreign keys must be off.")
		for _, s := range before {
			statement(s)
		}
	}
	for i, st := range steps {
		b.WriteString("\n")
		comment(strconv.Itoa(i+1)+". ", st.title)
		for _, n := range st.notes {
			comment("   ", n)
		}
		checks := func(cks []check, when string) {
			for _, ck := range cks {
				if ck.always {
					comment("   ", "this check always fails: replace it by hand")
				} else {
					comment("   data check"+when+", must be 0: ", ck.count)
				}
				for _, s := range gw.GuardSQL(ck.table, ck.column, ck.count, ck.reason) {
					statement(s)
				}
			}
		}
		checks(st.checks, "")
		for _, s := range st.stmts {
			statement(s)
		}
		checks(st.after, " (of the columns the change creates)")
	}
	if len(after) > 0 {
		b.WriteString("\n")
		comment("", "No row may reference a missing parent row after the rebuilds (PRAGMA foreign_key_check).")
		for _, s := range after {
			statement(s)
		}
	}
	return b.String(), nil
}

func (p *Plan) fileHeader(kind string) []string {
	return []string{
		"Generated by ferro/migrate (" + string(p.dialect) + ", level " + p.level.String() + "), " + kind + " migration.",
		"Run it in one transaction, as golang-migrate does, and in one piece: not in a mode that splits files",
		"at semicolons (golang-migrate's x-multi-statement), since the data checks hold semicolons. Data checks",
		"are statements that abort the migration when a row would not survive a change.",
	}
}

// upFile renders the plan's changes.
func (p *Plan) upFile() (string, error) {
	header := p.fileHeader("up")
	refused := slices.Clone(p.refused)
	var steps []fileStep
	for _, s := range p.steps {
		st := fileStep{c: s.c, title: s.c.String()}
		for _, g := range s.guards {
			st.checks = append(st.checks, check{table: g.g.Table, column: g.g.Column(), count: g.query, reason: g.g.Reason})
			for i := 0; i < len(refused); i++ {
				if refusedBy(g.g, refused[i]) {
					st.notes = append(st.notes, "REFUSED when the plan was made: "+refused[i].String())
					refused = append(refused[:i], refused[i+1:]...)
					i--
				}
			}
		}
		if l := s.c.Loss(); l != "" {
			st.notes = append(st.notes, "data the down migration cannot bring back: "+l)
		}
		st.stmts = s.stmts
		steps = append(steps, st)
	}
	if len(p.refused) > 0 {
		header = append(header, "", "REFUSED: the plan was refused ("+plural(len(p.refused), "problem")+"); this file is a start for a",
			"hand-written migration. The data checks of the refused changes fail until the rows are fixed.")
		// Problems no change carries (a primary-key change, a conversion
		// with no safe cast ...) fail the file until replaced by hand.
		var hand []fileStep
		for _, pr := range refused {
			hand = append(hand, fileStep{title: "REFUSED: " + pr.String(), checks: []check{byHand(pr.Table, pr.Column,
				"refused when the plan was made ("+pr.Reason+"); replace this check with statements written by hand")}})
		}
		steps = append(hand, steps...)
	}
	for _, n := range p.kept {
		header = append(header, "", "kept: "+n)
	}
	for _, n := range p.notes {
		header = append(header, "", "note: "+n)
	}
	if len(p.pending) > 0 {
		header = append(header, "", "Not in this migration (the level leaves them pending; the down migration does not touch them either):")
		for _, pc := range p.pending {
			header = append(header, "  "+pc.String())
		}
	}
	return p.migrationFile(header, steps)
}

// downFile renders the inverses of the plan's changes in reverse order.
// On a dialect that does not alter in place, an inverse ALTER TABLE cannot
// make becomes a rebuild of the table as the up file left it.
func (p *Plan) downFile() (string, error) {
	header := p.fileHeader("down")
	header = append(header, "It reverts the up migration change by change, in reverse order.")
	shape := newShapes(p.live)
	for _, s := range p.steps {
		shape.apply(p.lex, s.c)
	}
	var lost []string
	var steps []fileStep
	for i := len(p.steps) - 1; i >= 0; i-- {
		c := p.steps[i].c
		if l := c.Loss(); l != "" {
			lost = append(lost, l)
		}
		inv := c.Inverse()
		st := fileStep{title: "revert " + strings.TrimSpace(c.String())}
		if inv == nil {
			st.notes = append(st.notes, "no inverse: write this step by hand (the check below always fails)")
			st.checks = append(st.checks, byHand(subjectOf(c), "",
				"the down migration cannot revert \""+firstLine(c.String())+"\" by itself; replace this check with statements that revert it"))
			steps = append(steps, st)
			continue
		}
		if !p.alter.inPlace() {
			inv = p.viaRebuild(shape, inv)
		}
		stmts, err := p.render.Render(inv)
		if err != nil {
			return "", fmt.Errorf("ferro/migrate: write the down migration of %q: %w", firstLine(c.String()), err)
		}
		st.c = inv
		st.title += "\nby " + inv.String()
		if l := c.Loss(); l != "" {
			st.notes = append(st.notes, "does not come back: "+l)
		}
		if ac, ok := inv.(*schema.AddColumn); ok {
			st.notes = append(st.notes, "comes back as the last column of "+ac.Table+" (ALTER TABLE adds columns at the end)")
		}
		// A guard over a column the change itself creates (a rebuild that
		// re-adds a column with its check or unique) can only look at the
		// rows once the column exists: it runs after the statements, in
		// the same transaction.
		var before, after []*schema.Guard
		next := shape.clone()
		next.apply(p.lex, inv)
		for _, g := range schema.Guards(inv) {
			if g.Kind != schema.GuardRows && !hasColumns(shape[g.Table], g.Columns) || p.readsNewColumn(g, shape[g.Table], next[g.Table]) {
				after = append(after, g)
			} else {
				before = append(before, g)
			}
		}
		st.checks, st.after = p.checksOf(before), p.checksOf(after)
		st.stmts = stmts
		steps = append(steps, st)
		shape.apply(p.lex, inv)
	}
	if len(lost) > 0 {
		header = append(header, "Data that does not come back:")
		for _, l := range lost {
			header = append(header, "  - "+l)
		}
	}
	return p.migrationFile(header, steps)
}

// viaRebuild returns inv, or a rebuild carrying it when the engine makes
// it only by rebuilding its table (the planner's rule, alterRules).
func (p *Plan) viaRebuild(shape shapes, inv schema.Change) schema.Change {
	switch inv.(type) {
	case *schema.RebuildTable, *schema.AddTable, *schema.DropTable, *schema.RenameTable:
		return inv
	}
	table := schema.TableOf(inv)
	from := shape[table]
	next := shape.clone()
	next.apply(p.lex, inv)
	var gone []string
	if dc, ok := inv.(*schema.DropColumn); ok {
		gone = []string{dc.C.Name}
	}
	if !p.alter.rebuilds(inv, next[table], from, gone) {
		return inv
	}
	return &schema.RebuildTable{From: from, To: next[table], Changes: []schema.Change{inv}}
}
