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
//
// A Monotonic key (SQLite's AUTOINCREMENT) is declared in its column,
// "id" INTEGER CONSTRAINT "pk_t" PRIMARY KEY AUTOINCREMENT, the one place
// SQLite takes the keyword. A generated key is the rowid alias, so it must
// be the table's single bigint primary key.
func (d Dialect) CreateTable(t *schema.Table) ([]string, error) {
	var inline *schema.Column
	for _, c := range t.Columns {
		if !c.AutoIncrement {
			continue
		}
		if t.PrimaryKey == nil || len(t.PrimaryKey.Columns) != 1 || t.PrimaryKey.Columns[0] != c.Name || c.Type != (schema.Type{Kind: schema.KindBigint}) {
			return nil, fmt.Errorf("ferro/catalog: sqlite: table %q, column %q: SQLite generates only the rowid, a single 64-bit INTEGER PRIMARY KEY; make the column the table's only key field, of type int64 (bigint), or drop autoincrement", t.Name, c.Name)
		}
		if c.Monotonic {
			inline = c
		}
	}
	if inline == nil {
		return dialect.CreateTable(d, t, d.QuoteRef)
	}
	nt := *t
	nt.PrimaryKey = nil
	return dialect.CreateTable(inlineKey{Dialect: d, col: inline, name: t.PrimaryKey.Name}, &nt, d.QuoteRef)
}

// inlineKey declares the primary key in the column col (named name), with
// AUTOINCREMENT: the spelling SQLite needs for the keyword.
type inlineKey struct {
	Dialect
	col  *schema.Column
	name string
}

func (k inlineKey) ColumnDef(table string, c *schema.Column) (string, error) {
	def, err := k.Dialect.ColumnDef(table, c)
	if err != nil || c != k.col {
		return def, err
	}
	pk := " PRIMARY KEY AUTOINCREMENT"
	if k.name != "" {
		pk = " CONSTRAINT " + dialect.Quote(k.name) + pk
	}
	return def + pk, nil
}

// IndexCollations says SQLite's inspection reads the collation of an
// index's parts (pragma index_xinfo).
func (Dialect) IndexCollations() {}

// MonotonicKeys says SQLite has the AUTOINCREMENT keyword.
func (Dialect) MonotonicKeys() {}

// DeclaredTypes says SQLite keeps a column's declared type as written.
func (Dialect) DeclaredTypes() {}

// QuoteRef quotes a referenced table: SQLite's are all of the one database.
func (Dialect) QuoteRef(name string) string { return dialect.Quote(name) }

var _ dialect.UniqueConstrainer = Dialect{}

// UniqueConstraint declares a live UNIQUE constraint (its automatic index,
// sqlite_autoindex_<table>_<n>, is the only one SQLite makes for it) as a
// table constraint of its columns: SQLite names its index again, by the
// constraint's place in the statement.
func (Dialect) UniqueConstraint(x *schema.Index) string {
	return "UNIQUE (" + strings.Join(dialect.IndexParts(x), ", ") + ")"
}

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
	return dialect.CreateIndex(Dialect{}, table, x)
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
