package postgres

import (
	"encoding/hex"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// Dialect is the PostgreSQL implementation of dialect.Dialect (rendering,
// type spelling, introspection). The zero value is ready; it is stateless.
type Dialect struct{}

var (
	_ dialect.Dialect         = Dialect{}
	_ dialect.ForeignKeyAdder = Dialect{}
	_ dialect.EnumCreator     = Dialect{}
)

// Name returns "postgres".
func (Dialect) Name() schema.Dialect { return schema.Postgres }

// ColumnType spells c's type for Postgres: json is jsonb (binary, indexable,
// keys normalised) and jsontext json, bytes is bytea, double is double
// precision, an array its element's spelling followed by [].
func (d Dialect) ColumnType(c *schema.Column) (string, error) {
	t := c.Type
	if t.Declared() != "" {
		return "", fmt.Errorf("ferro/catalog: postgres: column %q: type %s is another engine's declaration", c.Name, t)
	}
	if t.Array {
		s, err := d.ColumnType(&schema.Column{Name: c.Name, Type: t.Elem()})
		if err != nil {
			return "", err
		}
		return s + "[]", nil
	}
	switch t.Kind {
	case schema.KindTime, schema.KindTimestamp, schema.KindTimestamptz:
		if p := t.FracDigits(); p < schema.MaxTimePrecision {
			return pgSpelling[t.Kind] + "(" + strconv.Itoa(p) + ")", nil
		}
	case schema.KindVarchar:
		if t.Length == 0 {
			return "varchar", nil
		}
		return "varchar(" + strconv.Itoa(t.Length) + ")", nil
	case schema.KindChar:
		return "char(" + strconv.Itoa(t.Length) + ")", nil
	case schema.KindNumeric:
		if t.Precision == 0 {
			return "numeric", nil
		}
		return fmt.Sprintf("numeric(%d,%d)", t.Precision, t.Scale), nil
	case schema.KindUnknown:
		// A type outside the vocabulary that a model keeps
		// (type=unknown(tsvector)), declared as the catalog printed it.
		if err := dialect.CheckTypeSpelling(t.Raw); err != nil {
			return "", fmt.Errorf("ferro/catalog: postgres: column %q: %w", c.Name, err)
		}
		return t.Raw, nil
	case schema.KindEnum:
		return dialect.Quote(t.Raw), nil
	}
	if s, ok := pgSpelling[t.Kind]; ok {
		return s, nil
	}
	return "", fmt.Errorf("ferro/catalog: postgres: column %q: no spelling for type %s", c.Name, t)
}

var pgSpelling = map[schema.Kind]string{
	schema.KindText: "text", schema.KindSmallint: "smallint", schema.KindInt: "integer", schema.KindBigint: "bigint",
	schema.KindReal: "real", schema.KindDouble: "double precision", schema.KindBoolean: "boolean", schema.KindBytes: "bytea",
	schema.KindUUID: "uuid", schema.KindDate: "date", schema.KindTime: "time", schema.KindTimestamp: "timestamp",
	schema.KindTimestamptz: "timestamptz", schema.KindJSON: "jsonb", schema.KindJSONText: "json",
}

// LiveType maps a Postgres type spelling (as format_type prints it, or a
// common alias) to the canonical vocabulary: character varying(n) and
// varchar(n) are varchar(n), integer/int4 int, int8 bigint, float8 double,
// timestamp with time zone timestamptz, jsonb json, json jsontext,
// character varying without a length varchar, character(n) and bpchar(n)
// char(n), timestamp(p) without time zone timestamp(p) (timestamp(6) is
// timestamp), an array of any of them (integer[], character
// varying(200)[]) that type followed by [], and so on. Native enums,
// domains, arrays of those and other types are unknown(...).
func (d Dialect) LiveType(spelling string) schema.Type {
	norm := strings.ToLower(strings.Join(strings.Fields(spelling), " "))
	unknown := schema.Unknown(spelling)
	if elem, ok := strings.CutSuffix(norm, "[]"); ok {
		t := d.LiveType(elem)
		if !t.Kind.ArrayElem() || t.Array || t.Declared() != "" {
			return unknown
		}
		t.Array = true
		return t
	}
	if m := timeWithPrecision(norm); m != nil {
		k := schema.KindTime
		switch {
		case m[1] == "timestamptz" || m[1] == "timestamp" && m[3] == " with time zone":
			k = schema.KindTimestamptz
		case m[1] == "timestamp":
			k = schema.KindTimestamp
		case m[3] == " with time zone": // timetz
			return unknown
		}
		if m[1] == "timestamptz" && m[3] != "" {
			return unknown
		}
		p, _ := strconv.Atoi(m[2])
		return schema.Type{Kind: k}.WithFrac(min(p, schema.MaxTimePrecision))
	}
	if i := strings.IndexByte(norm, '('); i >= 0 && strings.HasSuffix(norm, ")") {
		name, params := strings.TrimSpace(norm[:i]), norm[i+1:len(norm)-1]
		var canon string
		switch name {
		case "character varying", "varchar":
			canon = "varchar(" + params + ")"
		case "character", "char", "bpchar":
			canon = "char(" + params + ")"
		case "numeric", "decimal":
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
	if k, ok := pgNames[norm]; ok {
		return schema.Type{Kind: k}
	}
	return unknown
}

var pgNames = map[string]schema.Kind{
	"text": schema.KindText, "character varying": schema.KindVarchar, "varchar": schema.KindVarchar,
	"smallint": schema.KindSmallint, "int2": schema.KindSmallint,
	"integer": schema.KindInt, "int": schema.KindInt, "int4": schema.KindInt,
	"bigint": schema.KindBigint, "int8": schema.KindBigint,
	"real": schema.KindReal, "float4": schema.KindReal,
	"double precision": schema.KindDouble, "float8": schema.KindDouble,
	"numeric": schema.KindNumeric, "decimal": schema.KindNumeric,
	"boolean": schema.KindBoolean, "bool": schema.KindBoolean,
	"bytea":                  schema.KindBytes,
	"uuid":                   schema.KindUUID,
	"date":                   schema.KindDate,
	"time without time zone": schema.KindTime, "time": schema.KindTime,
	"timestamp without time zone": schema.KindTimestamp, "timestamp": schema.KindTimestamp,
	"timestamp with time zone": schema.KindTimestamptz, "timestamptz": schema.KindTimestamptz,
	"jsonb": schema.KindJSON, "json": schema.KindJSONText,
}

// timeWithPrecision matches norm against pgTimeRe, only when it can
// match: inspection maps every column's spelling, and most are not times
// with a precision.
func timeWithPrecision(norm string) []string {
	if !strings.HasPrefix(norm, "time") || strings.IndexByte(norm, '(') < 0 {
		return nil
	}
	return pgTimeRe.FindStringSubmatch(norm)
}

// pgTimeRe matches the time types with a precision as format_type prints
// them (timestamp(3) without time zone) and as they are written
// (timestamptz(3), time(0)).
var pgTimeRe = regexp.MustCompile(`^(timestamptz|timestamp|time) ?\(([0-9])\)( with time zone| without time zone)?$`)

// serialDefault reports whether a live default is what serial, bigserial
// and smallserial columns get: nextval of a sequence, nothing else, as
// PostgreSQL prints nextval('s'::regclass) and the older spelling
// nextval(('s'::text)::regclass) (Roundcube's hand-made keys, whose
// sequences no column owns). Such a column is read as an auto-increment
// one without a default, as an identity column is, so a model of it
// matches whichever way the key was made.
func serialDefault(dflt string) bool {
	name, ok := strings.CutPrefix(dflt, "nextval('")
	if ok {
		name, ok = strings.CutSuffix(name, "'::regclass)")
	} else if name, ok = strings.CutPrefix(dflt, "nextval(('"); ok {
		name, ok = strings.CutSuffix(name, "'::text)::regclass)")
	}
	return ok && !strings.Contains(strings.ReplaceAll(name, "''", ""), "'")
}

// byteaDefault puts the default of a bytea column back in the form a model
// writes it: PostgreSQL prints a bytea constant in hex ('\x616263' for
// default='abc', '\x' for default=”), so a hex literal whose bytes are
// printable ASCII (no backslash) reads as that text. Without it a model's
// default=” never matched the live '\x' and every plan re-issued SET
// DEFAULT (issue 12).
func byteaDefault(def string, t schema.Type) string {
	if t.Kind != schema.KindBytes || !strings.HasPrefix(def, `'\x`) || !strings.HasSuffix(def, "'") || len(def) < 4 {
		return def
	}
	b, err := hex.DecodeString(def[3 : len(def)-1])
	if err != nil {
		return def
	}
	for _, c := range b {
		if c < 0x20 || c > 0x7e || c == '\\' {
			return def
		}
	}
	return "'" + strings.ReplaceAll(string(b), "'", "''") + "'"
}

// CreateEnum renders the CREATE TYPE of a native enum, labels in order.
func (Dialect) CreateEnum(e *schema.Enum) string {
	return "CREATE TYPE " + dialect.Quote(e.Name) + " AS ENUM " + dialect.EnumLabels(e.Values)
}
