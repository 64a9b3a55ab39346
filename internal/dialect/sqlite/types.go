package sqlite

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// Dialect is the SQLite implementation of dialect.Dialect (rendering,
// type spelling, introspection). The zero value is ready; it is stateless.
type Dialect struct{}

var _ dialect.Dialect = Dialect{}

// Name returns "sqlite".
func (Dialect) Name() schema.Dialect { return schema.SQLite }

// DecimalTypeName is the declared type of numeric columns. It contains
// "TEXT", so the column has TEXT affinity and SQLite stores decimal strings
// as written, never converting them to an 8-byte REAL; the (p,s) parameters
// are kept in the declaration for introspection.
const DecimalTypeName = "DECIMAL_TEXT"

// JSONTypeName is the declared type of json columns: TEXT affinity, so a
// document that is a bare number ("1.0", "1e400") is not converted.
const JSONTypeName = "JSON_TEXT"

// JSONTextTypeName is the declared type of jsontext columns (PostgreSQL
// json): TEXT affinity, stored as written, as json is on SQLite.
const JSONTextTypeName = "JSONTEXT"

// ArrayTypePrefix starts the declared type of an array column: SQLite has
// no arrays, so ferro stores one as the JSON array of its elements, in
// text (what the driver writes for a slice, bind.Forms.SliceJSON); the element's declared type
// follows (JSON_ARRAY_BIGINT, JSON_ARRAY_VARCHAR(20)) for introspection.
// Whatever affinity that name gives, a JSON array's text never looks like
// a number, so it is stored as written.
const ArrayTypePrefix = "JSON_ARRAY_"

// ColumnType spells c's type for SQLite. Every spelling maps back to the
// same canonical type through LiveType. A bigint auto-increment key is
// declared INTEGER, which makes it an alias of the 64-bit rowid. A time
// type's precision is kept in the declaration (TIMESTAMP(3)) although
// SQLite stores every precision alike; an array is ArrayTypePrefix and its
// element's declaration.
func (d Dialect) ColumnType(c *schema.Column) (string, error) {
	t := c.Type
	if t.Declared() != "" {
		// A live declaration of other storage (NUMERIC(12,2)) being
		// recreated as it was, e.g. by a table rebuild.
		if !validDeclaredType(t.Raw) {
			return "", fmt.Errorf("ferro/catalog: sqlite: column %q: cannot declare type %q", c.Name, t.Raw)
		}
		return t.Raw, nil
	}
	if t.Array {
		s, err := d.ColumnType(&schema.Column{Name: c.Name, Type: t.Elem()})
		if err != nil {
			return "", err
		}
		return ArrayTypePrefix + s, nil
	}
	if t.Kind.IsTime() && t.FracDigits() < schema.MaxTimePrecision {
		s, err := d.ColumnType(&schema.Column{Name: c.Name, Type: t.WithFrac(schema.MaxTimePrecision)})
		if err != nil {
			return "", err
		}
		return s + "(" + strconv.Itoa(t.FracDigits()) + ")", nil
	}
	switch t.Kind {
	case schema.KindText:
		return "TEXT", nil
	case schema.KindVarchar:
		if t.Length == 0 {
			return "VARCHAR", nil
		}
		return "VARCHAR(" + strconv.Itoa(t.Length) + ")", nil
	case schema.KindChar:
		return "CHAR(" + strconv.Itoa(t.Length) + ")", nil
	case schema.KindSmallint:
		return "SMALLINT", nil
	case schema.KindInt:
		return "INT", nil
	case schema.KindBigint:
		if c.AutoIncrement {
			return "INTEGER", nil
		}
		return "BIGINT", nil
	case schema.KindReal:
		return "REAL", nil
	case schema.KindDouble:
		return "DOUBLE", nil
	case schema.KindNumeric:
		if t.Precision == 0 {
			return DecimalTypeName, nil
		}
		return fmt.Sprintf("%s(%d,%d)", DecimalTypeName, t.Precision, t.Scale), nil
	case schema.KindBoolean:
		return "BOOLEAN", nil
	case schema.KindBytes:
		return "BLOB", nil
	case schema.KindUUID:
		return "UUID", nil
	case schema.KindDate:
		return "DATE", nil
	case schema.KindTime:
		return "TIME", nil
	case schema.KindTimestamp:
		return "TIMESTAMP", nil
	case schema.KindTimestamptz:
		return "TIMESTAMPTZ", nil
	case schema.KindJSON:
		return JSONTypeName, nil
	case schema.KindJSONText:
		return JSONTextTypeName, nil
	case schema.KindUnknown:
		// An inspected column being recreated as it was (e.g. by a table
		// rebuild) keeps its live declaration.
		if !validDeclaredType(t.Raw) {
			return "", fmt.Errorf("ferro/catalog: sqlite: column %q: cannot declare type %q", c.Name, t.Raw)
		}
		return t.Raw, nil
	}
	if t.Kind == schema.KindEnum {
		return "", fmt.Errorf("ferro/catalog: sqlite: column %q: SQLite has no native enum types; %s is stored as text with the enum CHECK: pass the schema through catalog.ForDialect", c.Name, t)
	}
	return "", fmt.Errorf("ferro/catalog: sqlite: column %q: no spelling for type %s", c.Name, t)
}

// validDeclaredType accepts the declared types SQLite itself accepts and
// reports (names and parenthesised numbers), nothing that could end the
// column definition.
func validDeclaredType(s string) bool {
	if s == "" {
		return true
	}
	for _, r := range s {
		if !(r == ' ' || r == '_' || r == '(' || r == ')' || r == ',' || r == '+' || r == '-' ||
			(r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')) {
			return false
		}
	}
	return strings.Count(s, "(") == strings.Count(s, ")") && strings.Count(s, "(") <= 1
}

// LiveType maps a declared SQLite column type to the canonical vocabulary.
// The mapping is by exact name (case and blanks aside), never by SQLite's
// affinity rules: INTEGER and BIGINT (and INT8) are bigint, INT and INT4
// int, SMALLINT and INT2 smallint, REAL and FLOAT4 real, DOUBLE, DOUBLE
// PRECISION, FLOAT and FLOAT8 double, DATETIME and TIMESTAMP timestamp,
// BLOB and BYTEA bytes, BOOLEAN and BOOL boolean, VARCHAR(n) and CHARACTER
// VARYING(n) varchar(n) (without a length: varchar), CHAR(n) and
// CHARACTER(n) char(n), DECIMAL_TEXT(p,s) numeric(p,s), JSON_TEXT json,
// JSONTEXT jsontext, TIMESTAMP(p), DATETIME(p), TIMESTAMPTZ(p) and TIME(p)
// their type with precision p (6 and more: the default), and
// ArrayTypePrefix followed by any of them an array of it.
// NUMERIC(p,s), NUMERIC(p), DECIMAL(p,s) and DECIMAL are numeric(p,s) (or
// numeric) declared so (Type.Raw): a model's numeric type matches them
// without DDL, but their NUMERIC affinity keeps values as REAL or INTEGER,
// not exact decimals. A bare NUMERIC, which tools use for booleans and
// anything else (GORM), JSON and everything else are unknown(...).
func (d Dialect) LiveType(spelling string) schema.Type {
	norm := strings.ToUpper(strings.Join(strings.Fields(spelling), " "))
	name, params, hasParams := norm, "", false
	if i := strings.IndexByte(norm, '('); i >= 0 && strings.HasSuffix(norm, ")") {
		name, params, hasParams = strings.TrimSpace(norm[:i]), norm[i+1:len(norm)-1], true
	}
	unknown := schema.Unknown(spelling)
	if elem, ok := strings.CutPrefix(norm, ArrayTypePrefix); ok {
		t := d.LiveType(elem)
		if !t.Kind.ArrayElem() || t.Array || t.Declared() != "" {
			return unknown
		}
		t.Array = true
		return t
	}
	if norm == "DECIMAL" && validDeclaredType(spelling) {
		return schema.Type{Kind: schema.KindNumeric, Raw: spelling}
	}
	if hasParams {
		var canon string
		switch name {
		case "VARCHAR", "CHARACTER VARYING":
			canon = "varchar(" + params + ")"
		case "CHAR", "CHARACTER":
			canon = "char(" + params + ")"
		case "DATETIME", "TIMESTAMP", "TIMESTAMPTZ", "TIME":
			// Rails' datetime(6): the fraction digits are cosmetic on
			// SQLite, as is the whole declaration beyond its affinity.
			p, err := strconv.Atoi(strings.TrimSpace(params))
			if err != nil || p < 0 || len(params) > 3 {
				return unknown
			}
			t := schema.Type{Kind: sqliteNames[name]}
			return t.WithFrac(min(p, schema.MaxTimePrecision))
		case "NUMERIC", "DECIMAL":
			// NUMERIC affinity: read as numeric(p,s), declared so.
			t, err := schema.ParseType("numeric(" + params + ")")
			if err != nil || !validDeclaredType(spelling) {
				return unknown // kept as written: it must be declarable again
			}
			t.Raw = spelling
			return t
		case DecimalTypeName:
			if strings.Count(params, ",") != 1 {
				return unknown
			}
			canon = "numeric(" + params + ")"
		default:
			return unknown
		}
		t, err := schema.ParseType(canon)
		if err != nil || t.Kind == schema.KindUnknown {
			return unknown
		}
		return t
	}
	if k, ok := sqliteNames[name]; ok {
		return schema.Type{Kind: k}
	}
	return unknown
}

var sqliteNames = map[string]schema.Kind{
	"TEXT": schema.KindText, "VARCHAR": schema.KindVarchar, "CHARACTER VARYING": schema.KindVarchar,
	"SMALLINT": schema.KindSmallint, "INT2": schema.KindSmallint,
	"INT": schema.KindInt, "INT4": schema.KindInt,
	"INTEGER": schema.KindBigint, "BIGINT": schema.KindBigint, "INT8": schema.KindBigint,
	"REAL": schema.KindReal, "FLOAT4": schema.KindReal,
	"DOUBLE": schema.KindDouble, "DOUBLE PRECISION": schema.KindDouble, "FLOAT": schema.KindDouble, "FLOAT8": schema.KindDouble,
	DecimalTypeName: schema.KindNumeric,
	"BOOLEAN":       schema.KindBoolean, "BOOL": schema.KindBoolean,
	"BLOB": schema.KindBytes, "BYTEA": schema.KindBytes,
	"UUID":      schema.KindUUID,
	"DATE":      schema.KindDate,
	"TIME":      schema.KindTime,
	"TIMESTAMP": schema.KindTimestamp, "DATETIME": schema.KindTimestamp, "TIMESTAMP WITHOUT TIME ZONE": schema.KindTimestamp,
	"TIMESTAMPTZ": schema.KindTimestamptz, "TIMESTAMP WITH TIME ZONE": schema.KindTimestamptz,
	JSONTypeName: schema.KindJSON, JSONTextTypeName: schema.KindJSONText,
}

// Affinity returns the column affinity SQLite gives a declared type
// (https://www.sqlite.org/datatype3.html#determination_of_column_affinity):
// INTEGER, TEXT, BLOB, REAL or NUMERIC, by the same rules in the same
// order.
func Affinity(declared string) string {
	d := strings.ToUpper(declared)
	switch {
	case strings.Contains(d, "INT"):
		return "INTEGER"
	case strings.Contains(d, "CHAR"), strings.Contains(d, "CLOB"), strings.Contains(d, "TEXT"):
		return "TEXT"
	case strings.Contains(d, "BLOB"), strings.TrimSpace(d) == "":
		return "BLOB"
	case strings.Contains(d, "REAL"), strings.Contains(d, "FLOA"), strings.Contains(d, "DOUB"):
		return "REAL"
	}
	return "NUMERIC"
}

// storageClass is the storage a type shares with others on SQLite: "TEXT"
// for text, varchar, char and every unknown TEXT-affinity spelling
// (NVARCHAR(n), CLOB ...); "REAL" for real, double and unknown REAL-affinity
// spellings; "BLOB" for bytes and unknown BLOB-affinity spellings;
// "NUMERIC" for boolean (declared BOOLEAN, no check) and unknown
// NUMERIC-affinity spellings (a bare NUMERIC, as GORM declares a bool).
// Other types ("") share storage with nothing: integers keep their ranges
// (the model's range is checked on a change), numeric and uuid carry a
// check, and json and the time types have meanings beyond their affinity
// (modernc returns DATE, DATETIME and TIMESTAMP text as time.Time).
func storageClass(t schema.Type) string {
	switch t.Kind {
	case schema.KindText, schema.KindVarchar, schema.KindChar:
		return "TEXT"
	case schema.KindReal, schema.KindDouble:
		return "REAL"
	case schema.KindBytes:
		return "BLOB"
	case schema.KindBoolean:
		return "NUMERIC"
	case schema.KindUnknown:
		if a := Affinity(t.Raw); a == "TEXT" || a == "REAL" || a == "BLOB" || a == "NUMERIC" {
			return a
		}
	}
	return ""
}

// SameStorage reports whether a model of one type matches a live column of
// the other without DDL, because SQLite stores both identically (a
// declared type is cosmetic beyond its affinity, and SQLite enforces no
// length): text, varchar, char(n) and every TEXT-affinity spelling outside
// the vocabulary (NVARCHAR(100), CLOB ...) are one storage; real, double
// and REAL-affinity spellings another; bytes and BLOB-affinity spellings
// a third; boolean and NUMERIC-affinity spellings (a bare NUMERIC, GORM's
// bool) a fourth. The exception is varchar(n) against text, varchar or char(n):
// the declaration follows the model there (a rebuild whose data check
// counts the values longer than n), so a migrated database declares the
// lengths a fresh one does.
//
// Beyond storage classes, what SQLite does not enforce is cosmetic too: a
// time type's precision (timestamp(3) and timestamp), json and jsontext
// (both text kept as written), arrays whose elements match so (all are
// JSON text). And a numeric(p,s) declared NUMERIC(p,s) or DECIMAL(p,s)
// (Type.Raw) matches a model's numeric(p,s) without DDL although it does
// not store the same: NUMERIC affinity keeps REAL or INTEGER values, not
// exact decimals (the plan notes it).
func SameStorage(a, b schema.Type) bool {
	if a.Array || b.Array {
		if !a.Array || !b.Array {
			return false
		}
		ea, eb := a.Elem(), b.Elem()
		return ea == eb || SameStorage(ea, eb)
	}
	if cosmetic(a) == cosmetic(b) {
		return true
	}
	ca := storageClass(a)
	if ca == "" || ca != storageClass(b) {
		return false
	}
	bounded := func(t schema.Type) bool { return t.Kind == schema.KindVarchar && t.Length > 0 }
	known := a.Kind != schema.KindUnknown && b.Kind != schema.KindUnknown
	return !(known && (bounded(a) || bounded(b)))
}

// cosmetic is t without what SQLite does not enforce beyond storage: a
// time type's precision, json versus jsontext, and the declaration of a
// numeric read from NUMERIC(p,s) or DECIMAL(p,s).
func cosmetic(t schema.Type) schema.Type {
	switch {
	case t.Kind.IsTime():
		t = t.WithFrac(schema.MaxTimePrecision)
	case t.Kind == schema.KindJSONText:
		t.Kind = schema.KindJSON
	case t.Kind == schema.KindNumeric:
		t.Raw = ""
	}
	return t
}
