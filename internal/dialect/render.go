package dialect

import (
	"fmt"
	"strings"

	"github.com/ferrosql/ferro/schema"
)

// The DDL shapes both dialects share are rendered here, once; a dialect
// contributes its column definitions and how it quotes a referenced table.

// QuoteList returns the quoted names, comma-separated, in parentheses.
func QuoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = Quote(n)
	}
	return "(" + strings.Join(q, ", ") + ")"
}

// ForeignKeyClause renders `[CONSTRAINT "name"] FOREIGN KEY (...) REFERENCES
// ref (...) [ON DELETE ..] [ON UPDATE ..]`, with quoteRef quoting the
// referenced table.
func ForeignKeyClause(fk *schema.ForeignKey, quoteRef func(string) string) string {
	var b strings.Builder
	if fk.Name != "" {
		b.WriteString("CONSTRAINT " + Quote(fk.Name) + " ")
	}
	b.WriteString("FOREIGN KEY " + QuoteList(fk.Columns) + " REFERENCES " + quoteRef(fk.RefTable) + " " + QuoteList(fk.RefColumns))
	if fk.OnDelete != "" && fk.OnDelete != schema.ActionNoAction {
		b.WriteString(" ON DELETE " + strings.ToUpper(fk.OnDelete))
	}
	if fk.OnUpdate != "" && fk.OnUpdate != schema.ActionNoAction {
		b.WriteString(" ON UPDATE " + strings.ToUpper(fk.OnUpdate))
	}
	switch {
	case fk.InitiallyDeferred:
		b.WriteString(" DEFERRABLE INITIALLY DEFERRED")
	case fk.Deferrable:
		b.WriteString(" DEFERRABLE")
	}
	return b.String()
}

// IndexMethods is implemented by dialects whose indexes take an access
// method (PostgreSQL: CREATE INDEX ... USING gin); CreateIndex refuses an
// index with a Method on the others.
type IndexMethods interface{ IndexMethods() }

// IndexCollations is implemented by dialects whose inspection reads the
// collation of an index's key parts (SQLite); CreateIndex refuses an index
// with a Collate on the others, which would not read it back.
type IndexCollations interface{ IndexCollations() }

// Partitioner is implemented by dialects with partitioned tables
// (PostgreSQL: CREATE TABLE ... PARTITION BY); CreateTable refuses a table
// with a PartitionBy on the others.
type Partitioner interface{ Partitioner() }

// CreateIndex renders CREATE [UNIQUE] INDEX for index x of table in
// dialect d, which names the dialect in the error for an index with
// features ferro does not render. Besides plain columns it renders what
// Inspect reads exactly: expression parts ("(" + the engine's own text +
// ")" in Columns, written back as that text, so the index reads back the
// same), the access method (USING, IndexMethods), descending parts, the
// collation of parts (IndexCollations), INCLUDE columns (read on
// PostgreSQL only) and the predicate of a partial index (Where), so that
// the down migration of a plan that drops such an index can create it
// again.
func CreateIndex(d Dialect, table string, x *schema.Index) (string, error) {
	if !renderableIndex(x) {
		return "", fmt.Errorf("ferro/catalog: %s: index %q of table %q has features ferro does not render (%s); recreate it by hand", d.Name(), x.Name, table, strings.TrimSpace(x.Extra+" where "+x.Where))
	}
	if _, ok := d.(IndexMethods); x.Method != "" && !ok {
		return "", fmt.Errorf("ferro/catalog: %s: index %q of table %q uses method %s, and %s indexes have none; remove Method", d.Name(), x.Name, table, x.Method, d.Name())
	}
	if _, ok := d.(IndexCollations); x.Collate != nil && !ok {
		return "", fmt.Errorf("ferro/catalog: %s: index %q of table %q names collations of its parts, which ferro does not read back on %s; remove Collate", d.Name(), x.Name, table, d.Name())
	}
	u := ""
	if x.Unique {
		u = "UNIQUE "
	}
	parts := IndexParts(x)
	using := ""
	if x.Method != "" {
		using = "USING " + Quote(x.Method) + " "
	}
	s := "CREATE " + u + "INDEX " + Quote(x.Name) + " ON " + Quote(table) + " " + using + "(" + strings.Join(parts, ", ") + ")"
	if len(x.Include) > 0 {
		s += " INCLUDE " + QuoteList(x.Include)
	}
	if x.Where != "" {
		s += " WHERE " + x.Where
	}
	return s, nil
}

// IndexParts returns the key parts of index x as SQL: each column quoted
// (an expression part as the engine's own text), with its collation and
// DESC when it has them.
func IndexParts(x *schema.Index) []string {
	parts := make([]string, len(x.Columns))
	for i, c := range x.Columns {
		if strings.HasPrefix(c, "(") {
			parts[i] = c[1 : len(c)-1]
		} else {
			parts[i] = Quote(c)
		}
		if i < len(x.Collate) && x.Collate[i] != "" {
			parts[i] += " COLLATE " + Quote(x.Collate[i])
		}
		if i < len(x.Desc) && x.Desc[i] {
			parts[i] += " DESC"
		}
	}
	return parts
}

// renderableIndex reports whether the only features of x beyond plain
// columns are expression parts (each one noted "expression" in Extra)
// and a predicate.
func renderableIndex(x *schema.Index) bool {
	var want []string
	for _, c := range x.Columns {
		if c == "(expression)" { // SQLite could not read the expression
			return false
		}
		if strings.HasPrefix(c, "(") {
			want = append(want, "expression")
		}
	}
	return x.Extra == strings.Join(want, ", ")
}

// UniqueConstrainer is implemented by dialects that declare a live UNIQUE
// constraint (an index with Constraint set, read from a table another tool
// made) inside CREATE TABLE, as it was declared, rather than as a unique
// index (SQLite: its automatic index can be made no other way).
type UniqueConstrainer interface {
	// UniqueConstraint is the table constraint of unique index x.
	UniqueConstraint(x *schema.Index) string
}

// CreateTable renders t with d's column definitions: CREATE TABLE with
// every column, a named PRIMARY KEY, FOREIGN KEY and CHECK constraint each
// (and UNIQUE constraints, UniqueConstrainer; and PARTITION BY,
// Partitioner), then one CREATE [UNIQUE] INDEX per index.
func CreateTable(d Dialect, t *schema.Table, quoteRef func(string) string) ([]string, error) {
	if _, ok := d.(Partitioner); t.PartitionBy != nil && !ok {
		return nil, fmt.Errorf("ferro/catalog: %s: table %q is partitioned (%s), and %s has no partitioned tables; remove PartitionBy", d.Name(), t.Name, t.PartitionBy, d.Name())
	}
	var b strings.Builder
	b.WriteString("CREATE TABLE ")
	b.WriteString(Quote(t.Name))
	b.WriteString(" (")
	sep := "\n\t"
	for _, c := range t.Columns {
		def, err := d.ColumnDef(t.Name, c)
		if err != nil {
			return nil, fmt.Errorf("%w (table %q)", err, t.Name)
		}
		b.WriteString(sep)
		sep = ",\n\t"
		b.WriteString(def)
	}
	if pk := t.PrimaryKey; pk != nil {
		b.WriteString(sep)
		if pk.Name != "" {
			b.WriteString("CONSTRAINT " + Quote(pk.Name) + " ")
		}
		b.WriteString("PRIMARY KEY " + QuoteList(pk.Columns))
	}
	for _, fk := range t.ForeignKeys {
		b.WriteString(sep)
		b.WriteString(ForeignKeyClause(fk, quoteRef))
	}
	for _, ck := range t.Checks {
		b.WriteString(sep)
		if ck.Name != "" {
			b.WriteString("CONSTRAINT " + Quote(ck.Name) + " ")
		}
		b.WriteString("CHECK (" + ck.Condition() + ")")
	}
	uc, inline := d.(UniqueConstrainer)
	for _, x := range t.Indexes {
		if inline && x.Constraint && x.Unique {
			b.WriteString(sep)
			b.WriteString(uc.UniqueConstraint(x))
		}
	}
	b.WriteString("\n)")
	if p := t.PartitionBy; p != nil {
		b.WriteString(" PARTITION BY " + strings.ToUpper(p.Method) + " " + QuoteList(p.Columns))
	}
	stmts := []string{b.String()}
	for _, x := range t.Indexes {
		if inline && x.Constraint && x.Unique {
			continue
		}
		s, err := CreateIndex(d, t.Name, x)
		if err != nil {
			return nil, err
		}
		stmts = append(stmts, s)
	}
	return stmts, nil
}

// ChangeRenderer turns typed changes into SQL statements (no trailing
// semicolons). Each dialect's migrator has one; the planner never writes
// SQL.
type ChangeRenderer interface {
	Render(c schema.Change) ([]string, error)
}

// RowCopier is the optional capability of a ChangeRenderer whose engine
// rebuilds tables by copying their rows (SQLite): CopyAt returns the index,
// among the statements Render(c) returns, of the one that copies the rows,
// whose rows affected are the rows copied, or -1 when c copies none. The
// other statements' counts mean nothing (SQLite reports the last INSERT's
// count for DDL).
type RowCopier interface {
	CopyAt(c schema.Change) int
}

// RenderCommon renders the changes both dialects spell the same way:
// tables, columns added, dropped and renamed, plain indexes. ok is false
// for the others, which the dialect renders itself.
func RenderCommon(d Dialect, c schema.Change) (stmts []string, ok bool, err error) {
	alter := func(table string) string { return "ALTER TABLE " + Quote(table) + " " }
	switch c := c.(type) {
	case *schema.AddTable:
		stmts, err = d.CreateTable(c.T)
		if err != nil {
			return nil, true, fmt.Errorf("ferro/migrate: render table %s: %w", c.T.Name, err)
		}
		return stmts, true, nil
	case *schema.DropTable:
		return []string{"DROP TABLE " + Quote(c.T.Name)}, true, nil
	case *schema.RenameTable:
		return []string{alter(c.From) + "RENAME TO " + Quote(c.To)}, true, nil
	case *schema.AddColumn:
		def, err := d.ColumnDef(c.Table, c.C)
		if err != nil {
			return nil, true, fmt.Errorf("ferro/migrate: %s.%s: %w", c.Table, c.C.Name, err)
		}
		return []string{alter(c.Table) + "ADD COLUMN " + def}, true, nil
	case *schema.DropColumn:
		return []string{alter(c.Table) + "DROP COLUMN " + Quote(c.C.Name)}, true, nil
	case *schema.RenameColumn:
		return []string{alter(c.Table) + "RENAME COLUMN " + Quote(c.From) + " TO " + Quote(c.To)}, true, nil
	case *schema.AddIndex:
		s, err := CreateIndex(d, c.Table, c.I)
		if err != nil {
			return nil, true, err
		}
		return []string{s}, true, nil
	case *schema.DropIndex:
		if !c.I.Constraint {
			return []string{"DROP INDEX " + Quote(c.I.Name)}, true, nil
		}
	}
	return nil, false, nil
}

// NoRender is the error of a change a dialect cannot make as such.
func NoRender(dialect string, c schema.Change, what string) error {
	return fmt.Errorf("ferro/migrate: %s cannot make %q %s", dialect, c.String(), what)
}

// RefusedError is returned by a ChangeRenderer for a change the engine
// would refuse, or make leaving an object broken, because of something no
// typed change describes (on SQLite, a view or trigger that uses a column
// the change drops). The migrator reports it as a blocking problem of the
// plan, naming Table and Column, instead of failing to plan.
type RefusedError struct {
	Table, Column string
	// Reason says what stands in the way and what to do.
	Reason string
}

// Error returns "ferro/migrate: table.column: reason".
func (e *RefusedError) Error() string {
	return "ferro/migrate: " + e.Table + "." + e.Column + ": " + e.Reason
}
