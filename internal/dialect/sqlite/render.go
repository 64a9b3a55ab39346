package sqlite

import (
	"fmt"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// CreateTable renders t for SQLite: CREATE TABLE with every column (NOT NULL
// on every non-nullable column, so also on non-integer primary keys, which
// SQLite would otherwise let be NULL), a named PRIMARY KEY, FOREIGN KEY and
// CHECK constraint each, then one CREATE [UNIQUE] INDEX per index. A bigint
// auto-increment key is declared INTEGER and so becomes the rowid alias;
// AUTOINCREMENT is not used (a deleted highest id may be reused, as with the
// rowid; see docs/models.md).
func (d Dialect) CreateTable(t *schema.Table) ([]string, error) {
	return dialect.CreateTable(d, t, d.QuoteRef)
}

// QuoteRef quotes a referenced table: SQLite's are all of the one database.
func (Dialect) QuoteRef(name string) string { return dialect.Quote(name) }

// ColumnDef renders c, a column of table, as CREATE TABLE and ADD COLUMN
// declare it, including the CHECKs that enforce numeric(p,s) and uuid on
// SQLite (see DecimalCheck and UUIDCheck).
func (d Dialect) ColumnDef(table string, c *schema.Column) (string, error) {
	typ, err := d.ColumnType(c)
	if err != nil {
		return "", err
	}
	def := dialect.Quote(c.Name)
	if typ != "" {
		def += " " + typ
	}
	if !c.Nullable {
		def += " NOT NULL"
	}
	if c.Default != "" {
		def += " DEFAULT " + sqliteDefault(c.Default)
	}
	if hasDecimalCheck(c.Type) {
		def += " CHECK (" + DecimalCheck(c.Name, c.Type.Precision, c.Type.Scale) + ")"
	}
	if c.Type.Kind == schema.KindUUID && !c.Type.Array {
		def += " CHECK (" + UUIDCheck(table, c.Name) + ")"
	}
	return def, nil
}

// CreateIndex renders CREATE [UNIQUE] INDEX for index x of table.
func CreateIndex(table string, x *schema.Index) (string, error) {
	return dialect.CreateIndex(schema.SQLite, table, x)
}

// sqliteDefault wraps a call default in parentheses, as SQLite requires for
// any default that is not a literal or CURRENT_* keyword.
func sqliteDefault(d string) string {
	if strings.HasSuffix(d, "()") {
		return "(" + d + ")"
	}
	return d
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

// hasDecimalCheck reports whether a column of type t carries the
// DecimalCheck: ferro's own numeric(p,s), not an array of it nor a
// numeric read from another declaration.
func hasDecimalCheck(t schema.Type) bool {
	return t.Kind == schema.KindNumeric && t.Precision > 0 && !t.Array && t.Raw == ""
}
