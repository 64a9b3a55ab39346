package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// This file holds the statements of SQLite's table-rebuild procedure
// (https://www.sqlite.org/lang_altertable.html#otheralter), used for every
// change ALTER TABLE cannot make: type, nullability and default changes,
// adding or dropping foreign keys and checks, dropping constrained columns.

// What ALTER TABLE can do, asked by the planner (see the capabilities in
// internal/dialect/registry.go): it renames tables and columns, adds a
// column that needs nothing but its definition, and drops a column nothing
// else declares a use of; indexes are created and dropped on their own.
var (
	_ dialect.TableRebuilder = Migrator{}
	_ dialect.ColumnAdder    = Migrator{}
	_ dialect.ColumnDropper  = Migrator{}
)

// NeedsRebuild reports whether c needs the table rebuilt: a change of a
// column's type, nullability or default, of a key, foreign key or check,
// or of a constraint's name, and the creation, drop or rename of the index
// of a UNIQUE constraint declared inside CREATE TABLE. Renames of tables,
// columns and other indexes, and their creation and drop, are made in
// place; so are additions and drops of columns when CanAddColumn and
// CanDropColumn allow them (asked instead).
func (Migrator) NeedsRebuild(c schema.Change) bool {
	switch c := c.(type) {
	case *schema.RenameTable, *schema.RenameColumn:
		return false
	case *schema.AddIndex:
		return c.I.Constraint
	case *schema.DropIndex:
		return c.I.Constraint
	case *schema.RenameIndex:
		return c.To.Constraint
	}
	return true
}

// monotonicKey returns the key column of t declared AUTOINCREMENT
// (Monotonic: the table's sqlite_sequence row holds the highest id it
// gave); nil when it has none.
func monotonicKey(t *schema.Table) *schema.Column {
	if t.PrimaryKey == nil || len(t.PrimaryKey.Columns) != 1 {
		return nil
	}
	c, ok := t.Column(t.PrimaryKey.Columns[0])
	if !ok || !c.AutoIncrement || !c.Monotonic {
		return nil
	}
	return c
}

// CanAddColumn reports whether ALTER TABLE ADD COLUMN makes exactly the
// column a fresh CREATE TABLE would: a plain column, nullable or with a
// default, not part of a key, foreign key or check.
func (Migrator) CanAddColumn(t *schema.Table, c *schema.Column) bool {
	if inKey(t, c.Name) || (!c.Nullable && c.Default == "") {
		return false
	}
	for _, fk := range t.ForeignKeys {
		if slices.Contains(fk.Columns, c.Name) {
			return false
		}
	}
	lx := Dialect{}.Lexicon()
	for _, ck := range t.Checks {
		if ck.Column == c.Name || lx.Mentions(ck.Expr, c.Name) {
			return false
		}
	}
	return true
}

// CanDropColumn reports whether ALTER TABLE DROP COLUMN can drop column
// of t once the columns gone are dropped: no key, foreign key, check,
// UNIQUE constraint or remaining generated column uses it.
func (Migrator) CanDropColumn(t *schema.Table, column string, gone []string) bool {
	for _, x := range t.Indexes {
		if x.Constraint && slices.Contains(x.Columns, column) {
			return false
		}
	}
	for _, fk := range t.ForeignKeys {
		if slices.Contains(fk.Columns, column) {
			return false
		}
	}
	lx := Dialect{}.Lexicon()
	for _, ck := range t.Checks {
		if ck.Column == column || lx.Mentions(ck.Expr, column) {
			return false
		}
	}
	for _, c := range t.Columns {
		if !slices.Contains(gone, c.Name) && lx.Mentions(c.Generated, column) {
			return false
		}
	}
	return true
}

func inKey(t *schema.Table, column string) bool {
	return t.PrimaryKey != nil && slices.Contains(t.PrimaryKey.Columns, column)
}

// Object is one entry of sqlite_schema that a rebuild must keep: an index
// (not the automatic ones), a trigger or a view.
type Object struct {
	Type  string // "index", "trigger" or "view"
	Name  string
	Table string // the table it is attached to (the view's own name for a view)
	SQL   string
}

// Objects reads every index with SQL text (automatic indexes have none),
// trigger and view of the main database, in creation order.
func Objects(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}) ([]Object, error) {
	rows, err := q.QueryContext(ctx, `SELECT type, name, tbl_name, sql FROM main.sqlite_master WHERE type IN ('index', 'trigger', 'view') AND sql IS NOT NULL ORDER BY rowid`)
	if err != nil {
		return nil, fmt.Errorf("read sqlite_master: %w", err)
	}
	defer rows.Close()
	var out []Object
	for rows.Next() {
		var o Object
		if err := rows.Scan(&o.Type, &o.Name, &o.Table, &o.SQL); err != nil {
			return nil, fmt.Errorf("read sqlite_master: %w", err)
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// Mentions reports whether the SQL text of o refers to table (as a whole
// word, case-insensitively, quoted or not). It errs on the side of yes: a
// false positive only means a view or trigger is dropped and recreated
// unchanged.
func (o Object) Mentions(table string) bool {
	re := regexp.MustCompile(`(?i)(^|[^A-Za-z0-9_$])` + regexp.QuoteMeta(table) + `($|[^A-Za-z0-9_$])`)
	return re.MatchString(o.SQL)
}

// Quote quotes an identifier for SQLite.
func Quote(name string) string { return `"` + strings.ReplaceAll(name, `"`, `""`) + `"` }

// CopyColumn is one column of the new table filled from the old one.
type CopyColumn struct {
	// Name is the column of the new table.
	Name string
	// Expr is the SQL expression over the old table's columns that fills
	// it (usually the quoted old column; COALESCE(col, default) to
	// backfill).
	Expr string
}

// Rebuild describes one table rebuild.
type Rebuild struct {
	// Table is the table rebuilt; it keeps its name.
	Table string
	// CreateNew is the CREATE TABLE statement of the new shape, naming the
	// table TempName(Table).
	CreateNew string
	// Copy lists the new table's columns that take data from the old one;
	// the others get their defaults.
	Copy []CopyColumn
	// KeepRowid copies the rowid too, so rows keep their rowids; false
	// when the new table's integer primary key is the rowid (it is then
	// among Copy) or the table is WITHOUT ROWID.
	KeepRowid bool
	// Indexes are the CREATE INDEX statements of the rebuilt table, run
	// after the rename.
	Indexes []string
	// Dependents are the triggers and views that mention the table: they
	// are dropped before the old table and recreated unchanged afterwards,
	// so that the rename never meets a dangling reference.
	Dependents []Object
	// Sequence carries the table's sqlite_sequence row (its AUTOINCREMENT
	// key's highest id ever given) over to the new table: the copy sets
	// the new table's row to the highest id copied only, which is lower
	// when the rows of the highest ids were deleted. DROP TABLE deletes
	// the old table's row and RENAME renames the new one's.
	Sequence bool
}

// TempName is the name of the new table during a rebuild of table.
func TempName(table string) string { return "_ferro_new_" + table }

// CopyAt returns the index, among Statements, of the INSERT that copies the
// rows into the new table, or -1 when the rebuild copies nothing.
func (r Rebuild) CopyAt() int {
	if !r.KeepRowid && len(r.Copy) == 0 {
		return -1
	}
	return len(r.Dependents) + 1 // after the drops of dependents and CreateNew
}

// Statements returns steps 4 to 9 of the procedure; the caller runs them
// inside the migration transaction with foreign keys off (steps 1-2) and
// runs PRAGMA foreign_key_check before COMMIT (step 10).
func (r Rebuild) Statements() []string {
	var out []string
	for _, d := range r.Dependents {
		out = append(out, "DROP "+strings.ToUpper(d.Type)+" "+Quote(d.Name))
	}
	out = append(out, r.CreateNew)
	var cols, exprs []string
	if r.KeepRowid {
		cols, exprs = append(cols, "rowid"), append(exprs, "rowid")
	}
	for _, c := range r.Copy {
		cols = append(cols, Quote(c.Name))
		exprs = append(exprs, c.Expr)
	}
	if len(cols) > 0 {
		out = append(out, "INSERT INTO "+Quote(TempName(r.Table))+" ("+strings.Join(cols, ", ")+") SELECT "+strings.Join(exprs, ", ")+" FROM "+Quote(r.Table))
	}
	if r.Sequence {
		out = append(out, sequenceCarried(r.Table)...)
	}
	out = append(out,
		"DROP TABLE "+Quote(r.Table),
		"ALTER TABLE "+Quote(TempName(r.Table))+" RENAME TO "+Quote(r.Table),
	)
	out = append(out, r.Indexes...)
	for _, d := range r.Dependents {
		out = append(out, d.SQL)
	}
	return out
}

// sequenceCarried are the statements that give the new table of a
// rebuild of table the highest id of the two sqlite_sequence rows (the
// old table's, and the one the copy wrote, when it copied a row), which
// sqlite_sequence keeps by name in no particular way: one UPDATE when the
// copy wrote a row, one INSERT when it did not.
func sequenceCarried(table string) []string {
	old, tmp := dialect.QuoteString(table), dialect.QuoteString(TempName(table))
	return []string{
		"UPDATE sqlite_sequence SET seq = (SELECT max(seq) FROM sqlite_sequence WHERE name IN (" + old + ", " + tmp + ")) WHERE name = " + tmp,
		"INSERT INTO sqlite_sequence (name, seq) SELECT " + tmp + ", seq FROM sqlite_sequence WHERE name = " + old +
			" AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = " + tmp + ")",
	}
}

// Renderer renders typed changes for SQLite. Objects are the live
// indexes, triggers and views (see Objects): a rebuild recreates the
// indexes ferro cannot render (partial, expression) from their live SQL,
// and drops and recreates the triggers and views that mention the table.
// A Renderer is read-only once built and safe for concurrent use.
type Renderer struct {
	Objects []Object
}

var (
	_ dialect.ChangeRenderer = Renderer{}
	_ dialect.RowCopier      = Renderer{}
)

// Render returns the statements of c. SQLite alters in place only what
// RenderCommon spells; every other change must reach it inside a
// RebuildTable.
func (r Renderer) Render(c schema.Change) ([]string, error) {
	if rb, ok := c.(*schema.RebuildTable); ok {
		b, err := r.rebuild(rb)
		if err != nil {
			return nil, err
		}
		return b.Statements(), nil
	}
	if dc, ok := c.(*schema.DropColumn); ok {
		if err := r.usedByViews(dc.Table, dc.Table, []string{dc.C.Name}); err != nil {
			return nil, err
		}
	}
	if stmts, ok, err := dialect.RenderCommon(Dialect{}, c); ok || err != nil {
		return stmts, err
	}
	if ri, ok := c.(*schema.RenameIndex); ok && !ri.To.Constraint {
		// SQLite cannot rename an index: drop it and create it again under
		// the new name (same definition, so the data already fits it).
		create, err := dialect.CreateIndex(Dialect{}, ri.Table, ri.To)
		if err != nil {
			return nil, err
		}
		return []string{"DROP INDEX " + Quote(ri.From), create}, nil
	}
	return nil, dialect.NoRender("sqlite", c, "with ALTER TABLE; the planner must carry it in a table rebuild")
}

// CopyAt implements dialect.RowCopier: the copy of a RebuildTable's rows
// (see Rebuild.CopyAt); -1 for any other change, or a rebuild Render
// refuses.
func (r Renderer) CopyAt(c schema.Change) int {
	rb, ok := c.(*schema.RebuildTable)
	if !ok {
		return -1
	}
	b, err := r.rebuild(rb)
	if err != nil {
		return -1
	}
	return b.CopyAt()
}

func (r Renderer) rebuild(c *schema.RebuildTable) (Rebuild, error) {
	tn := c.To.Name
	nt := *c.To
	nt.Name = TempName(tn)
	// The UNIQUE constraints another tool declared in the table stay
	// constraints of the new table, in the order of their automatic
	// indexes' numbers (sqlite_autoindex_<table>_<n>), so that they come
	// back under the same names; the other indexes are created after the
	// rename.
	nt.Indexes = nil
	for _, x := range c.To.Indexes {
		if inlineUnique(x) {
			nt.Indexes = append(nt.Indexes, x)
		}
	}
	slices.SortStableFunc(nt.Indexes, func(a, b *schema.Index) int { return autoindexOrder(a.Name, b.Name) })
	// CreateTable declares an AUTOINCREMENT (Monotonic) key again, in its
	// column; its sqlite_sequence row is carried over (Rebuild.Sequence).
	key := monotonicKey(c.To)
	stmts, err := Dialect{}.CreateTable(&nt)
	if err != nil {
		return Rebuild{}, fmt.Errorf("ferro/migrate: render the rebuild of %s: %w", tn, err)
	}
	rb := Rebuild{Table: tn, CreateNew: stmts[0], KeepRowid: true, Sequence: key != nil}
	if pk := c.To.PrimaryKey; pk != nil && len(pk.Columns) == 1 {
		if col, ok := c.To.Column(pk.Columns[0]); ok && col.AutoIncrement {
			rb.KeepRowid = false // the rowid alias is copied as a column
		}
	}
	backfill := map[string]string{}
	for _, x := range c.Changes {
		if s, ok := x.(*schema.SetNotNull); ok && s.Backfill != "" {
			backfill[s.Column] = s.Backfill
		}
	}
	for _, col := range c.To.Columns {
		if _, ok := c.From.Column(col.Name); !ok {
			continue
		}
		expr := Quote(col.Name)
		if b, ok := backfill[col.Name]; ok {
			expr = "COALESCE(" + expr + ", " + b + ")"
		}
		rb.Copy = append(rb.Copy, CopyColumn{Name: col.Name, Expr: expr})
	}
	for _, x := range c.To.Indexes {
		if inlineUnique(x) {
			continue // declared in the new table
		}
		if x.Constraint {
			// A UNIQUE constraint with a feature a table constraint does
			// not declare: the rebuilt table would lose it. Refuse rather
			// than drop it silently.
			return Rebuild{}, fmt.Errorf("ferro/migrate: sqlite: table %s must be rebuilt, but it has a UNIQUE constraint on (%s) declared inside its CREATE TABLE (%s, %s), which a rebuild cannot keep; replace it with a unique index (tag unique, or CREATE UNIQUE INDEX) first", tn, strings.Join(x.Columns, ", "), x.Name, x.Extra)
		}
		if x.Extra == "" {
			// Plain, partial, descending or collated: rendered as Inspect
			// reads it back (a partial index's predicate is its live text,
			// or the model's for an index the plan adds).
			s, err := dialect.CreateIndex(Dialect{}, tn, x)
			if err != nil {
				return Rebuild{}, err
			}
			rb.Indexes = append(rb.Indexes, s)
			continue
		}
		sql := ""
		for _, o := range r.Objects {
			if o.Type == "index" && o.Name == x.Name {
				sql = o.SQL
			}
		}
		if sql == "" {
			return Rebuild{}, fmt.Errorf("ferro/migrate: sqlite: the rebuild of %s must recreate index %s, whose live SQL was not found; drop it first or recreate it by hand", tn, x.Name)
		}
		rb.Indexes = append(rb.Indexes, sql)
	}
	var dropped []string
	for _, col := range c.From.Columns {
		if _, ok := c.To.Column(col.Name); !ok {
			dropped = append(dropped, col.Name)
		}
	}
	if err := r.usedByViews(tn, c.From.Name, dropped); err != nil {
		return Rebuild{}, err
	}
	for _, o := range r.Objects {
		if o.Type != "index" && (o.Mentions(tn) || o.Mentions(c.From.Name)) {
			rb.Dependents = append(rb.Dependents, o)
		}
	}
	return rb, nil
}

// inlineUnique reports whether x is a UNIQUE constraint declared inside
// its table that the rebuilt table declares again: of columns (with their
// collations and orders), with nothing ferro does not model.
func inlineUnique(x *schema.Index) bool {
	return x.Constraint && x.Unique && x.Where == "" && x.Extra == "" && x.Method == "" && len(x.Include) == 0 &&
		!slices.ContainsFunc(x.Columns, func(c string) bool { return strings.HasPrefix(c, "(") })
}

// autoindexOrder orders the names of automatic indexes by their number
// (sqlite_autoindex_t_2 before sqlite_autoindex_t_10), others by name.
func autoindexOrder(a, b string) int {
	na, oka := autoindexNumber(a)
	nb, okb := autoindexNumber(b)
	if oka && okb && na != nb {
		return na - nb
	}
	return strings.Compare(a, b)
}

func autoindexNumber(name string) (int, bool) {
	if !strings.HasPrefix(name, "sqlite_autoindex_") {
		return 0, false
	}
	n, err := strconv.Atoi(name[strings.LastIndexByte(name, '_')+1:])
	return n, err == nil
}

// usedByViews refuses to drop columns of table (named from before the
// change) that a view or trigger mentioning the table uses: ferro does not
// manage views and triggers, an in-place DROP COLUMN would fail at apply,
// and a rebuild would recreate the view or trigger broken (SQLite does not
// check a view's columns when it is created). SQLite keeps only their SQL,
// which is resolved as far as the text proves (dialect.ColumnUseOf: the
// tables of FROM and JOIN, aliases, qualifiers, NEW and OLD): a mention
// qualified by another table of the statement is not a use; a mention
// the text cannot resolve (unqualified beside other tables, qualified by
// a subquery or another view) refuses the plan too, and the error says
// that the refusal is conservative. Views and triggers that read the
// table through other views are checked too.
func (r Renderer) usedByViews(table, from string, dropped []string) error {
	if len(dropped) == 0 {
		return nil
	}
	lx := Dialect{}.Lexicon()
	isView := func(name string) bool {
		for _, o := range r.Objects {
			if o.Type == "view" && lx.Same(dialect.Ref{Name: o.Name, Quoted: true}, name) {
				return true
			}
		}
		return false
	}
	// The views that read the table, directly or through other views: a
	// view of a view that selects * from the table passes the column on
	// under the inner view's name.
	names := []string{table, from}
	mentions := func(o Object) bool { return slices.ContainsFunc(names, o.Mentions) }
	for grew := true; grew; {
		grew = false
		for _, o := range r.Objects {
			if o.Type == "view" && !slices.Contains(names, o.Name) && mentions(o) {
				names = append(names, o.Name)
				grew = true
			}
		}
	}
	for _, o := range r.Objects {
		if o.Type == "index" || !mentions(o) {
			continue
		}
		for _, col := range dropped {
			use := max(lx.ColumnUseOf(o.SQL, table, col, isView), lx.ColumnUseOf(o.SQL, from, col, isView))
			switch use {
			case dialect.Uses:
				return &dialect.RefusedError{Table: table, Column: col, Reason: fmt.Sprintf("%s %q uses column %s.%s, which the plan drops; drop or change the %s first (ferro does not manage views and triggers)", o.Type, o.Name, table, col, o.Type)}
			case dialect.MayUse:
				return &dialect.RefusedError{Table: table, Column: col, Reason: fmt.Sprintf("%s %q may use column %s.%s, which the plan drops: its SQL may use %s where the text alone does not tell which table's column it is (unqualified beside other tables, through a subquery or another view, or a NATURAL join), so this refusal is conservative: ferro refuses rather than risk leaving the %s broken; drop or change the %s first, or qualify that %s with its own table's name in the %s's SQL (ferro does not manage views and triggers)", o.Type, o.Name, table, col, col, o.Type, o.Type, col, o.Type)}
			}
		}
	}
	return nil
}
