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
		if c.Type.Kind == dialect.KindNumeric && c.Type.Precision > 0 {
			b.WriteString(" CHECK (" + DecimalCheck(c.Name, c.Type.Precision, c.Type.Scale) + ")")
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

// DecimalCheck is the unnamed column CHECK that enforces numeric(p,s) on a
// DECIMAL_TEXT column, where SQLite itself stores any text: the value is
// NULL, or text of the form [-]digits[.digits] with at most p-s integer
// digits (leading zeros aside) and at most s fraction digits (trailing zeros
// aside). Postgres rejects too many integer digits too, but rounds extra
// fraction digits; SQLite refuses them (ferro's coerce writes a decimal with
// its own scale, so a value with more digits than the column holds fails
// loudly instead of being rounded). Inspect recognises exactly this text.
func DecimalCheck(column string, precision, scale int) string {
	c := dialect.Quote(column)
	return fmt.Sprintf(`%[1]s IS NULL OR (typeof(%[1]s) = 'text' AND %[1]s NOT GLOB '*[^-0-9.]*' AND substr(%[1]s, 2) NOT GLOB '*-*'`+
		` AND %[1]s NOT GLOB '*.*.*' AND %[1]s GLOB '*[0-9]' AND %[1]s NOT GLOB '.*' AND %[1]s NOT GLOB '-.*'`+
		` AND length(ltrim(replace(substr(%[1]s, 1, instr(%[1]s || '.', '.') - 1), '-', ''), '0')) <= %[2]d`+
		` AND length(rtrim(substr(%[1]s, instr(%[1]s || '.', '.') + 1), '0')) <= %[3]d)`, c, precision-scale, scale)
}
