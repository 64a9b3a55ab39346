package sqlite

import (
	"fmt"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
)

// CreateTable renders t for SQLite: CREATE TABLE with every column (NOT NULL
// on every non-nullable column, so also on non-integer primary keys, which
// SQLite would otherwise let be NULL), a named PRIMARY KEY, FOREIGN KEY and
// CHECK constraint each, then one CREATE [UNIQUE] INDEX per index. A bigint
// auto-increment key is declared INTEGER and so becomes the rowid alias;
// AUTOINCREMENT is not used (a deleted highest id may be reused, as with the
// rowid; see docs/catalog.md).
func (d Dialect) CreateTable(t *dialect.Table) ([]string, error) {
	var b strings.Builder
	b.WriteString("CREATE TABLE ")
	b.WriteString(dialect.Quote(t.Name))
	b.WriteString(" (")
	sep := "\n\t"
	for _, c := range t.Columns {
		typ, err := d.ColumnType(c)
		if err != nil {
			return nil, fmt.Errorf("%w (table %q)", err, t.Name)
		}
		b.WriteString(sep)
		sep = ",\n\t"
		b.WriteString(dialect.Quote(c.Name))
		if typ != "" {
			b.WriteString(" " + typ)
		}
		if !c.Nullable {
			b.WriteString(" NOT NULL")
		}
		if c.Default != "" {
			b.WriteString(" DEFAULT " + sqliteDefault(c.Default))
		}
	}
	if pk := t.PrimaryKey; pk != nil {
		b.WriteString(sep)
		if pk.Name != "" {
			b.WriteString("CONSTRAINT " + dialect.Quote(pk.Name) + " ")
		}
		b.WriteString("PRIMARY KEY " + quoteList(pk.Columns))
	}
	for _, fk := range t.ForeignKeys {
		b.WriteString(sep)
		if fk.Name != "" {
			b.WriteString("CONSTRAINT " + dialect.Quote(fk.Name) + " ")
		}
		b.WriteString("FOREIGN KEY " + quoteList(fk.Columns) + " REFERENCES " + dialect.Quote(fk.RefTable) + " " + quoteList(fk.RefColumns))
		if fk.OnDelete != "" && fk.OnDelete != dialect.ActionNoAction {
			b.WriteString(" ON DELETE " + strings.ToUpper(fk.OnDelete))
		}
		if fk.OnUpdate != "" && fk.OnUpdate != dialect.ActionNoAction {
			b.WriteString(" ON UPDATE " + strings.ToUpper(fk.OnUpdate))
		}
	}
	for _, ck := range t.Checks {
		b.WriteString(sep)
		if ck.Name != "" {
			b.WriteString("CONSTRAINT " + dialect.Quote(ck.Name) + " ")
		}
		b.WriteString("CHECK (" + CheckExpr(ck) + ")")
	}
	b.WriteString("\n)")
	stmts := []string{b.String()}
	for _, x := range t.Indexes {
		s, err := CreateIndex(t.Name, x)
		if err != nil {
			return nil, err
		}
		stmts = append(stmts, s)
	}
	return stmts, nil
}

// CreateIndex renders CREATE [UNIQUE] INDEX for index x of table.
func CreateIndex(table string, x *dialect.Index) (string, error) {
	if x.Extra != "" || x.Where != "" {
		return "", fmt.Errorf("ferro/catalog: sqlite: index %q of table %q has features ferro does not render (%s); recreate it by hand", x.Name, table, strings.TrimSpace(x.Extra+" where "+x.Where))
	}
	u := ""
	if x.Unique {
		u = "UNIQUE "
	}
	return "CREATE " + u + "INDEX " + dialect.Quote(x.Name) + " ON " + dialect.Quote(table) + " " + quoteList(x.Columns), nil
}

// CheckExpr renders the expression of a check: `"col" IN ('a', 'b')` for an
// enum check, else the check's live expression unchanged.
func CheckExpr(ck *dialect.Check) string {
	if ck.Values == nil {
		return ck.Expr
	}
	vals := make([]string, len(ck.Values))
	for i, v := range ck.Values {
		vals[i] = dialect.QuoteString(v)
	}
	return dialect.Quote(ck.Column) + " IN (" + strings.Join(vals, ", ") + ")"
}

// sqliteDefault wraps a call default in parentheses, as SQLite requires for
// any default that is not a literal or CURRENT_* keyword.
func sqliteDefault(d string) string {
	if strings.HasSuffix(d, "()") {
		return "(" + d + ")"
	}
	return d
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = dialect.Quote(n)
	}
	return "(" + strings.Join(q, ", ") + ")"
}
